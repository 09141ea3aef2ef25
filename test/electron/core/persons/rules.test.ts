// Each personnel rule of DOMAIN.md has a test named after it that fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import {
  approval,
  clearThroughChain,
  idNumber,
  leavingReady,
  newPerson,
  openDesk,
  postedPerson,
} from './helpers';

describe('personnel rules', () => {
  it('ID number checksum: a wrong check digit is refused with the digit it should be', async () => {
    const desk = await openDesk();
    const dept = await desk.call('departments:create', { name: '办公室' });
    const good = idNumber('19900101', '235');
    const last = good.slice(-1);
    const bad = good.slice(0, 17) + (last === '0' ? '1' : '0');
    const base = { name: '李娜', gender: 'male' as const, departmentId: dept.id, proposedOn: '2026-01-05' };
    const e = await desk.refused('persons:create', { ...base, idNumber: bad });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain(`校验位不符：按前 17 位应为 ${last}`);
    expect(
      (await desk.refused('persons:create', { ...base, idNumber: '11010119901301235X' })).message,
    ).toContain('出生日期');
    // The 17th digit is odd: male; claiming female is caught as a typing error.
    expect(
      (await desk.refused('persons:create', { ...base, gender: 'female', idNumber: good })).message,
    ).toContain('性别');
    const p = await desk.call('persons:create', { ...base, idNumber: good.toLowerCase() });
    expect(p.idNumber).toBe(good);
  });

  it('clearance follows the highest post: several posts take the highest, anything else is refused', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk, { level: 'confidential' });
    await desk.call('persons:addPost', {
      personId: p.id,
      post: '定密责任人助理',
      level: 'top_secret',
      startedOn: '2026-01-06',
    });
    const detail = await desk.call('persons:get', { id: p.id });
    expect(detail.clearanceByPosts).toBe('core');
    const e = await desk.refused('persons:nominateClearance', {
      personId: p.id,
      clearance: 'important',
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'clearance_follows_highest_post' });
    const d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(d.toClearance).toBe('core');
  });

  it('the 4-step chain order is enforced: no approval before the department head reviewed, nothing after filing', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk);
    const d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(d.nextStep).toBe('dept_review');
    const e = await desk.refused('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-01-10'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'clearance_chain_order' });
    expect(e.message).toContain('部门负责人审核');
    expect((await desk.call('persons:get', { id: p.id })).clearance).toBeNull();
    await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'dept_review',
      approval: approval('2026-01-10'),
    });
    await desk.refused('persons:clearanceStep', {
      decisionId: d.id,
      step: 'file',
      approval: approval('2026-01-10'),
    });
    const approved = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-01-11'),
    });
    expect(approved.approvedOn).toBe('2026-01-11');
    const filed = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'file',
      approval: approval('2026-01-12'),
    });
    expect(filed.steps.map((s) => s.step)).toEqual(['nominate', 'dept_review', 'leader_approve', 'file']);
    expect(filed.status).toBe('filed');
    expect(
      (
        await desk.refused('persons:clearanceStep', {
          decisionId: d.id,
          step: 'file',
          approval: approval('2026-01-12'),
        })
      ).rule,
    ).toBe('clearance_chain_order');
    const person = await desk.call('persons:get', { id: p.id });
    expect(person).toMatchObject({ clearance: 'important', clearedOn: '2026-01-11' });
  });

  it('先培训后上岗: nobody becomes 在岗 without vetting, pre-post training and an onboarding pledge', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk);
    await clearThroughChain(desk, p.id);
    const e = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(e).toMatchObject({ code: 'RULE', rule: 'train_before_post' });
    expect(e.message).toContain('保密审查');
    expect(e.message).toContain('岗前保密教育培训记录');
    expect(e.message).toContain('上岗保密承诺书');
    await desk.call('persons:vet', { personId: p.id, vettedOn: '2026-01-12', result: 'passed' });
    await desk.call('persons:train', {
      personId: p.id,
      kind: 'pre_post',
      trainedOn: '2026-01-12',
      hours: 2,
      content: '保密法规',
    });
    await desk.call('trainings:appraise', {
      personId: p.id,
      kind: 'pre_post',
      year: 2026,
      appraisedOn: '2026-01-12',
      result: 'pass',
      appraiser: '王丽',
    });
    const e2 = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(e2.message).toContain('上岗保密承诺书');
    expect(e2.message).not.toContain('岗前保密教育培训记录');
    await desk.call('persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: '2026-01-12' });
    expect((await desk.call('persons:post', { personId: p.id, postedOn: '2026-01-15' })).status).toBe(
      'in_post',
    );
  });

  it('a transfer inside the separation period needs a recorded exception', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '郑强' });
    const l = await leavingReady(desk, p.id, 'transfer');
    await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
    const e = await desk.refused('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2026-09-01',
      destination: '市发改委',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'departure_in_separation_needs_exception' });
    const done = await desk.call('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2026-09-01',
      destination: '市发改委',
      exception: approval('2026-08-20'),
    });
    expect(done).toMatchObject({ status: 'transferred', inSeparation: true, departedOn: '2026-09-01' });
    const dossier = await desk.call('persons:dossier', { id: p.id });
    expect(dossier.history[0]?.summary).toContain('经单位领导批准例外');
    expect(dossier.history[0]?.approvalId).not.toBeNull();
  });
});
