// Approvals in the app (issue 7): the clerk files a request, a 领导 decides it with his own login, and the
// action it allows uses it exactly once. A paper approval stays the other way in.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { CLERK } from '../../helpers/temp';
import { openDesk, received, type Desk } from './carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from './carriers/staff';

const INITIAL = 'Chushi#2026a';
const LEADER_PW = 'Lingdao#2026b';

async function deskWithLeader(): Promise<Desk & { as(who: 'clerk' | 'leader'): Promise<void> }> {
  const desk = await openDesk('2026-06-15');
  await desk.call('accounts:create', {
    username: 'chenju',
    displayName: '陈国庆',
    role: 'leader',
    initialPassword: INITIAL,
  });
  await desk.call('session:lock', {});
  await desk.call('session:unlock', { username: 'chenju', password: INITIAL });
  await desk.call('session:changePassword', { oldPassword: INITIAL, newPassword: LEADER_PW });
  const as = async (who: 'clerk' | 'leader') => {
    await desk.call('session:lock', {});
    await desk.call(
      'session:unlock',
      who === 'clerk'
        ? { username: CLERK.username, password: CLERK.password }
        : { username: 'chenju', password: LEADER_PW },
    );
  };
  await as('clerk');
  return Object.assign(desk, { as });
}

const borrow = (carrierId: number, requestId: number, copyNo = 12) => ({
  carrierId,
  copyNos: [copyNo],
  borrower: { name: '赵敏', department: '档案科' },
  lentOn: '2026-06-16',
  dueOn: '2026-06-19',
  approval: { requestId },
});

async function requestBorrow(desk: Desk, carrierId: number) {
  return desk.call('approvals:request', {
    kind: 'borrow',
    subjectType: 'carrier',
    subjectId: String(carrierId),
    summary: '赵敏借阅《关于做好2026年度保密检查工作的通知》第12份，至2026-06-19',
    detail: { borrower: '赵敏', copyNos: [12], dueOn: '2026-06-19' },
  });
}

describe('approval requests', () => {
  it('a 领导 decides a request with his own login; the borrow uses it once, never twice', async () => {
    const desk = await deskWithLeader();
    await onStaff(desk); // 赵敏 borrows: a 涉密人员 in post, her 档案科 in the 知悉范围
    const { id } = await desk.call('carriers:register', received(ARCHIVES_IN_RANGE));
    const req = await requestBorrow(desk, id);
    expect(req).toMatchObject({ status: 'pending', requestedBy: '王丽', approval: null });

    await desk.as('leader');
    expect(await desk.call('approvals:requests', { status: 'pending' })).toMatchObject({ total: 1 });
    const decided = await desk.call('approvals:decide', {
      requestId: req.id,
      decision: 'approved',
      opinion: '同意',
    });
    expect(decided).toMatchObject({
      status: 'approved',
      approval: { approverName: '陈国庆', decision: 'approved', decidedAt: '2026-06-15', opinion: '同意' },
    });
    expect((await desk.refused('carriers:borrow', borrow(id, req.id))).code).toBe('FORBIDDEN');

    await desk.as('clerk');
    expect(await desk.call('carriers:borrow', borrow(id, req.id))).toMatchObject({ status: 'on_loan' });
    expect(await desk.call('approvals:requests', { status: 'used' })).toMatchObject({ total: 1 });
    await desk.call('carriers:return', { carrierId: id, copyNos: [12], returnedOn: '2026-06-17' });
    expect(await desk.refused('carriers:borrow', borrow(id, req.id))).toMatchObject({
      code: 'RULE',
      rule: 'approval_already_used',
    });
    expect(verifyAuditChain(desk.core.session().db).ok).toBe(true);
  });

  it('a request not yet decided, or refused, allows nothing', async () => {
    const desk = await deskWithLeader();
    const { id } = await desk.call('carriers:register', received());
    const pending = await requestBorrow(desk, id);
    expect(await desk.refused('carriers:borrow', borrow(id, pending.id))).toMatchObject({
      rule: 'approval_pending',
    });
    await desk.as('leader');
    await desk.call('approvals:decide', { requestId: pending.id, decision: 'rejected', opinion: '暂不借阅' });
    await desk.as('clerk');
    expect(await desk.refused('carriers:borrow', borrow(id, pending.id))).toMatchObject({
      rule: 'approval_not_granted',
    });
  });

  it('an approval for one carrier or one matter cannot be used for another', async () => {
    const desk = await deskWithLeader();
    const a = await desk.call('carriers:register', received());
    const b = await desk.call(
      'carriers:register',
      received({ docNo: '省保办〔2026〕13号', copyNos: [1, 2] }),
    );
    const req = await requestBorrow(desk, a.id);
    await desk.as('leader');
    await desk.call('approvals:decide', { requestId: req.id, decision: 'approved' });
    await desk.as('clerk');
    expect(await desk.refused('carriers:borrow', borrow(b.id, req.id, 1))).toMatchObject({
      rule: 'approval_wrong_matter',
    });
    const carry = await desk.refused('carriers:carryOut', {
      carrierId: a.id,
      copyNos: [12],
      carrier: { name: '赵敏', department: '档案科' },
      destination: '省保密办',
      purpose: '汇报',
      startedOn: '2026-06-16',
      dueOn: '2026-06-16',
      approval: { requestId: req.id },
    });
    expect(carry).toMatchObject({ rule: 'approval_wrong_matter' });
  });

  it("approval_by_own_login: the clerk cannot put a leader's account on an approval", async () => {
    const desk = await deskWithLeader();
    const leader = (await desk.call('accounts:list', {})).find((a) => a.role === 'leader');
    const { id } = await desk.call('carriers:register', received());
    const forged = await desk.refused('carriers:borrow', {
      ...borrow(id, 1),
      approval: { approver: { type: 'account', accountId: leader?.id ?? 0 }, decidedAt: '2026-06-15' },
    });
    expect(forged).toMatchObject({ code: 'RULE', rule: 'approval_by_own_login' });
  });

  it('only a 领导 decides, and only once; the clerk may withdraw what is still pending', async () => {
    const desk = await deskWithLeader();
    const { id } = await desk.call('carriers:register', received());
    const req = await requestBorrow(desk, id);
    expect((await desk.refused('approvals:decide', { requestId: req.id, decision: 'approved' })).code).toBe(
      'FORBIDDEN',
    );
    await desk.as('leader');
    await desk.call('approvals:decide', { requestId: req.id, decision: 'approved' });
    expect((await desk.refused('approvals:decide', { requestId: req.id, decision: 'rejected' })).code).toBe(
      'CONFLICT',
    );
    await desk.as('clerk');
    const other = await requestBorrow(desk, id);
    expect(await desk.call('approvals:withdraw', { requestId: other.id })).toMatchObject({
      status: 'withdrawn',
    });
    expect((await desk.refused('approvals:withdraw', { requestId: req.id })).code).toBe('CONFLICT');
  });

  it('a 领导 is reminded of the requests waiting for him on the home page; the clerk is not; it goes once decided', async () => {
    const desk = await deskWithLeader();
    await onStaff(desk);
    const { id } = await desk.call('carriers:register', received(ARCHIVES_IN_RANGE));
    const req = await requestBorrow(desk, id);
    const pendingOf = async () =>
      (await desk.call('reminders:list', {})).find((r) => r.id === 'approval_requests_pending');
    expect(await pendingOf()).toBeUndefined();
    await desk.as('leader');
    expect(await pendingOf()).toMatchObject({ title: '1 件审批申请等待审批', target: 'approvals' });
    await desk.call('approvals:decide', { requestId: req.id, decision: 'approved', opinion: '同意' });
    expect(await pendingOf()).toBeUndefined();
  });
});
