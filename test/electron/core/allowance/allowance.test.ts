// 保密津贴 by the day.
import { describe, expect, it } from 'vitest';
import { approval, clearThroughChain, newPerson, makeReady, openDesk } from '../persons/helpers';

describe('allowance', () => {
  it('a clearance change mid-month is prorated by calendar day; deductions are subtracted', async () => {
    const desk = await openDesk('2026-01-05');
    const p = await newPerson(desk, { name: '黄敏', level: 'confidential' });
    await clearThroughChain(desk, p.id, '2026-01-10');
    await makeReady(desk, p.id);
    await desk.call('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    // From 一般 to 重要 on 2026-06-16 (a 机密 post added, the chain run again).
    await desk.call('persons:addPost', {
      personId: p.id,
      post: '机要员',
      level: 'secret',
      startedOn: '2026-06-10',
    });
    const d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      reason: '兼任机要',
      nomination: approval('2026-06-12'),
    });
    await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'dept_review',
      approval: approval('2026-06-13'),
    });
    await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-06-16'),
    });
    const s = await desk.call('allowance:create', {
      period: '2026-06',
      deductions: [{ personId: p.id, amount: 50, reason: '保密检查发现违规存放' }],
    });
    const line = s.lines[0];
    // June has 30 days: 15 days at 300, 15 days at 450.
    expect(line?.segments.map((x) => [x.clearance, x.days, x.amount])).toEqual([
      ['general', 15, 15000],
      ['important', 15, 22500],
    ]);
    expect(line).toMatchObject({ due: 37500, deducted: 5000, paid: 32500, clearance: 'important' });
    expect(line?.changeNote).toContain('06-16 起由一般调为重要');
    expect(line?.appraisal).toBeNull();
    // The latest 年度考核 stands beside the amount; it changes nothing by itself (扣发 stays by hand).
    await desk.call('trainings:appraise', {
      personId: p.id,
      kind: 'annual',
      year: 2025,
      appraisedOn: '2026-01-05',
      result: 'basic_pass',
      appraiser: '保密委员会',
    });
    const again = await desk.call('allowance:create', {
      period: '2026-06',
      deductions: [{ personId: p.id, amount: 50, reason: '保密检查发现违规存放' }],
    });
    expect(again.lines[0]).toMatchObject({ appraisal: { year: 2025, result: 'basic_pass' }, paid: 32500 });
    const final = await desk.call('allowance:create', { period: '2026-06', final: true });
    expect(final.id).toBe(s.id);
    expect((await desk.refused('allowance:create', { period: '2026-06' })).rule).toBe(
      'allowance_final_unchanged',
    );
  });
});
