// 奖惩 (issue 16 point 4): of a person or a department, approved by the committee, linked to the incident or the
// check finding it arose from; the link names a record that exists and reads as its words.
import { describe, expect, it } from 'vitest';
import { lostDocument } from '../incidents/helpers';
import { answerAll, monthlySelfCheck, nth } from '../inspections/helpers';
import { openDesk, postedPerson } from './helpers';

const penalty = {
  kind: 'penalty' as const,
  matter: '机密级文件遗失',
  on: '2026-06-20',
  category: '警告',
  basis: '单位保密工作奖惩办法第十二条',
  approver: 'committee' as const,
  approvedOn: '2026-06-18',
};

describe('奖惩', () => {
  it('sanction_source_known: a 奖惩 linked to an incident or a finding names one on record', async () => {
    const desk = await openDesk('2026-06-20');
    const p = await postedPerson(desk, { name: '赵敏' });
    const noIncident = await desk.refused('trainings:sanction', {
      ...penalty,
      personId: p.id,
      sourceRef: 'incident:999',
    });
    expect(noIncident).toMatchObject({ code: 'RULE', rule: 'sanction_source_known' });
    expect(noIncident.message).toContain('泄密事件不存在');
    const noFinding = await desk.refused('trainings:sanction', {
      ...penalty,
      personId: p.id,
      sourceRef: 'finding:999',
    });
    expect(noFinding.rule).toBe('sanction_source_known');
    expect((await desk.call('trainings:sanctions', { year: 2026 })).total).toBe(0);
  });

  it('links a penalty to its incident and a department’s reward to a check finding, read back as their words', async () => {
    const desk = await openDesk('2026-06-20');
    const p = await postedPerson(desk, { name: '赵敏' });
    const incident = await desk.call('incidents:open', lostDocument());
    const { check, departmentId } = await monthlySelfCheck(desk);
    const finding = nth((await answerAll(desk, check, [3])).findings, 0);

    await desk.call('trainings:sanction', {
      ...penalty,
      personId: p.id,
      sourceRef: `incident:${incident.id}`,
    });
    await desk.call('trainings:sanction', {
      kind: 'reward',
      matter: '自查发现问题后立即整改',
      departmentId,
      on: '2026-06-19',
      category: '通报表扬',
      basis: '单位保密工作奖惩办法第五条',
      approver: 'leading_group',
      approvedOn: '2026-06-19',
      sourceRef: `finding:${finding.id}`,
    });
    const rows = (await desk.call('trainings:sanctions', { year: 2026 })).rows;
    expect(rows).toMatchObject([
      { kind: 'penalty', subject: '赵敏', source: '泄密事件：机密级文件一份遗失' },
      { kind: 'reward', subject: '办公室', departmentId, source: `检查发现问题：${finding.what}` },
    ]);
    // Not every 奖惩 arose from a record.
    await desk.call('trainings:sanction', { ...penalty, personId: p.id, on: '2026-06-18' });
    expect((await desk.call('trainings:sanctions', { year: 2026 })).rows.at(-1)?.source).toBeNull();
  });
});
