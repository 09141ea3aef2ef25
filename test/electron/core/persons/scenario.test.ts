// The whole life of a cleared person, as the clerk records it: registration, the clearance chain, vetting,
// training and pledge, 上岗, a leaving refused while a carrier is held, 清退, approval, the separation period.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { readKeyring } from '../../../../electron/core/vault/keyring';
import { approval, clearThroughChain, idNumber, makeReady, openDesk, received } from './helpers';

describe('a cleared person from vetting to the end of the separation period', () => {
  it('goes through every step, and leaving waits until the carrier is returned', async () => {
    const desk = await openDesk('2026-01-05');
    const dept = await desk.call('departments:create', { name: '机要科', keyDept: true });
    const p = await desk.call('persons:create', {
      name: '刘洋',
      gender: 'male',
      idNumber: idNumber('19880709', '031'),
      departmentId: dept.id,
      politicalStatus: '中共党员',
      proposedOn: '2026-01-05',
      isKeyDeptStaff: true,
      posts: [{ post: '机要员', level: 'secret', startedOn: '2026-01-05' }],
    });
    expect(p).toMatchObject({
      status: 'proposed',
      clearanceByPosts: 'important',
      holderKey: `person:${p.id}`,
    });

    // 部门提名 → 部门负责人审核 → 单位领导审批 → 备案.
    let d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      clearance: 'important',
      reason: '机要岗位',
      nomination: approval('2026-01-06', '赵敏', '科长'),
    });
    d = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'dept_review',
      approval: approval('2026-01-07', '赵敏', '科长'),
    });
    d = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-01-08'),
    });
    d = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'file',
      approval: approval('2026-01-09', '保密办'),
    });
    expect(d.status).toBe('filed');

    await desk.call('persons:vet', {
      personId: p.id,
      vettedOn: '2026-01-10',
      result: 'passed',
      form: { foreignContacts: '无', conduct: '良好' },
    });
    desk.clock.set('2026-01-11');
    await desk.call('persons:train', {
      personId: p.id,
      kind: 'pre_post',
      trainedOn: '2026-01-11',
      hours: 4,
      content: '保密法规与机要工作制度',
      recorder: '王丽',
    });
    await desk.call('trainings:appraise', {
      personId: p.id,
      kind: 'pre_post',
      year: 2026,
      appraisedOn: '2026-01-11',
      result: 'excellent',
      score: 92,
      appraiser: '王丽',
    });
    await desk.call('persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: '2026-01-11' });
    const posted = await desk.call('persons:post', {
      personId: p.id,
      postedOn: '2026-01-12',
      postCertNo: '上岗2026-007',
    });
    expect(posted).toMatchObject({
      status: 'in_post',
      clearance: 'important',
      clearedOn: '2026-01-08',
      nextVettingOn: '2029-01-10',
    });

    // He signs for a 机密 document.
    desk.clock.set('2026-06-01');
    const c = await desk.call(
      'carriers:register',
      received({
        department: '机要科',
        custodian: '刘洋',
        copyCount: 1,
        copyNos: [3],
        receipt: { fromUnit: '省保密办', signedBy: '刘洋', countedCopies: 1 },
      }),
    );

    const l = await desk.call('leaving:start', {
      personId: p.id,
      kind: 'off_post',
      startedOn: '2026-06-01',
      reason: '调整到非涉密岗位',
    });
    await desk.call('leaving:talk', {
      leavingId: l.id,
      talkOn: '2026-06-02',
      present: [
        { name: '王丽', title: '保密员' },
        { name: '赵敏', title: '科长' },
      ],
      notes: '提醒脱密期义务',
    });
    await desk.call('leaving:devices', { leavingId: l.id, returnedOn: '2026-06-02', devices: [] });
    await desk.call('leaving:account', { leavingId: l.id, doneOn: '2026-06-02' });
    await desk.call('leaving:pledge', { leavingId: l.id, signedOn: '2026-06-02' });
    const shown = await desk.call('leaving:get', { leavingId: l.id });
    expect(shown.holds.map((h) => h.carrierNo)).toEqual([c.carrierNo]);
    expect(shown.todo).toEqual(['carriers']);

    const refused = await desk.refused('leaving:approve', {
      leavingId: l.id,
      approval: approval('2026-06-03'),
    });
    expect(refused.rule).toBe('leaving_carriers_returned');
    expect(refused.message).toContain(`${c.carrierNo}《${c.name}》第 3 份`);

    await desk.call('carriers:returnToIssuer', {
      carrierId: c.id,
      copyNos: [3],
      returnedOn: '2026-06-03',
      receiver: '省保密办',
    });
    await desk.call('leaving:carriers', { leavingId: l.id, checkedOn: '2026-06-03' });
    // The approval is recorded on the day it is made (a later date would be in the future).
    desk.clock.set('2026-06-05');
    const approved = await desk.call('leaving:approve', {
      leavingId: l.id,
      approval: approval('2026-06-05'),
    });
    expect(approved).toMatchObject({
      status: 'approved',
      separationYears: 2,
      separationEndsOn: '2028-06-05',
    });

    const after = await desk.call('persons:get', { id: p.id });
    expect(after).toMatchObject({
      status: 'separation',
      inSeparation: true,
      leftOn: '2026-06-05',
      separationEndsOn: '2028-06-05',
    });
    expect(after.posts.every((x) => x.endedOn === '2026-06-05')).toBe(true);

    const dossier = await desk.call('persons:dossier', { id: p.id });
    expect(dossier.clearanceHistory).toMatchObject([{ on: '2026-01-08', from: null, to: 'important' }]);
    expect(dossier.pledges.map((x) => x.kind).sort()).toEqual(['leaving', 'onboarding']);
    expect(dossier.holds).toEqual([]);
    expect(dossier.incidents).toEqual([]);
    expect(dossier.leaving[0]?.status).toBe('approved');

    // The last day of the period is still inside it; the day after, 脱密期满 (README "Dates").
    desk.clock.set('2028-06-05');
    expect(await desk.call('persons:get', { id: p.id })).toMatchObject({
      status: 'separation',
      inSeparation: true,
    });
    desk.clock.set('2028-06-06');
    expect((await desk.call('persons:get', { id: p.id })).status).toBe('released');
    expect(verifyAuditChain(desk.core.session().db).ok).toBe(true);
  });

  it('leaving disables the linked account and removes its key slot', async () => {
    const desk = await openDesk('2026-01-05');
    const acc = await desk.call('accounts:create', {
      username: 'liuyang',
      displayName: '刘洋',
      role: 'clerk',
      initialPassword: 'Baomi#2026ok2',
    });
    const dept = await desk.call('departments:create', { name: '机要科' });
    const p = await desk.call('persons:create', {
      name: '刘洋',
      gender: 'male',
      idNumber: idNumber('19880709', '031'),
      departmentId: dept.id,
      proposedOn: '2026-01-05',
      posts: [{ post: '机要员', level: 'confidential', startedOn: '2026-01-05' }],
    });
    await desk.call('persons:linkAccount', { personId: p.id, accountId: acc.id });
    // Not in post yet: there is nothing to leave.
    const notYet = await desk.refused('leaving:start', {
      personId: p.id,
      kind: 'off_post',
      startedOn: '2026-06-01',
      reason: '轮岗',
    });
    expect(notYet.rule).toBe('leaving_from_post');
    const slots = () => readKeyring(desk.core.keyringPath).slots.map((s) => s.id);
    expect(slots()).toContain(`account:${acc.id}`);
    await clearThroughChain(desk, p.id);
    await makeReady(desk, p.id);
    await desk.call('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    const lv = await desk.call('leaving:start', {
      personId: p.id,
      kind: 'resign',
      startedOn: '2026-06-01',
      reason: '辞职',
    });
    await desk.call('leaving:talk', {
      leavingId: lv.id,
      talkOn: '2026-06-01',
      present: [{ name: '王丽' }, { name: '赵敏' }],
    });
    const done = await desk.call('leaving:account', { leavingId: lv.id, doneOn: '2026-06-02' });
    expect(done.accountDisabledId).toBe(acc.id);
    expect(slots()).not.toContain(`account:${acc.id}`);
    const accounts = await desk.call('accounts:list', {});
    expect(accounts.find((a) => a.id === acc.id)?.status).toBe('disabled');
  });
});
