// The demo's 审批申请 are what the app makes: filed by the clerk about carriers, decided by a 领导's own account,
// the used ones the approvals their loans rest on; and the demo's leader, once given a password, decides a pending
// one which the clerk then uses for the loan it asks for, through every rule of the borrow. A page of requests
// reads its decisions together.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { listApprovals } from '../../../electron/core/approvals/approvals.service';
import { DEMO_LEADER, REQUEST_SCALES, seedApprovalRequests } from '../../../electron/core/approvals/demo';
import { listRequests } from '../../../electron/core/approvals/requests.service';
import { seedCarriers } from '../../../electron/core/carriers/demo';
import { seedPersons } from '../../../electron/core/persons/demo';
import { REQUEST_STATUSES } from '../../../db/domain/vocab';
import { RequestListInput } from '../../../electron/ipc/schemas/approvals';
import { seededRng } from '../../../scripts/cli/commands/demo';
import { CLERK } from '../../helpers/temp';
import { openDesk } from './carriers/helpers';

const LEADER_PW = 'Lingdao#2026b';

describe('demo approval requests', () => {
  it('seeds requests in every state, and a pending one goes through the real decision and borrow', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', seededRng(20261124), now);
    seedCarriers(db, { count: 400, rng: seededRng(20261123), now });
    const audit = verifyAuditChain(db).count;
    const clerk = desk.core.session().account.id;
    const r = seedApprovalRequests(db, 'small', seededRng(20261210), now, clerk);
    expect(r.requests).toBe(REQUEST_SCALES.small.total);
    expect(r.leader).toBe(DEMO_LEADER.username);
    const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    const none = (what: string, sql: string) => expect(q(sql), what).toBe(0);

    // The page's filter, state by state: each holds what was seeded, filed by the clerk.
    for (const status of REQUEST_STATUSES) {
      expect(r.byStatus[status], status).toBeGreaterThan(0);
      const page = await desk.call('approvals:requests', { status, pageSize: 100 });
      expect(page.total, status).toBe(r.byStatus[status]);
      for (const v of page.rows) expect(v.requestedBy).toBe(CLERK.displayName);
      const decided = status !== 'pending' && status !== 'withdrawn';
      for (const v of page.rows) {
        if (decided) expect(v.approval).toMatchObject({ approverName: DEMO_LEADER.displayName });
        else expect(v.approval).toBeNull();
      }
    }
    none(
      'a decision is the request’s own: its kind, its carrier, its outcome, after it was filed',
      `SELECT count(*) FROM approval_requests r JOIN approvals a ON a.id = r.approval_id
       WHERE a.kind <> r.kind OR a.subject_type <> r.subject_type OR a.subject_id <> r.subject_id
       OR a.decision <> (CASE r.status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END)
       OR a.decided_at < substr(r.requested_at, 1, 10) OR r.closed_at < r.requested_at`,
    );
    none(
      'a used request is the approval of exactly one loan of its carrier, lent on or after the decision',
      `SELECT count(*) FROM approval_requests r WHERE r.status = 'used' AND (SELECT count(*) FROM carrier_movements m
       JOIN approvals a ON a.id = m.approval_id WHERE m.approval_id = r.approval_id
       AND m.carrier_id = CAST(r.subject_id AS INTEGER) AND m.started_on >= a.decided_at) <> 1`,
    );
    none(
      'no 绝密 copying or carrying out waits or is allowed',
      `SELECT count(*) FROM approval_requests r JOIN carriers c ON c.id = CAST(r.subject_id AS INTEGER)
       WHERE r.kind IN ('copy', 'carry_out') AND r.status IN ('pending', 'approved') AND c.level = 'top_secret'`,
    );
    expect(verifyAuditChain(db).count).toBe(audit);

    // The clerk (the administrator, in a small unit) gives the demo's leader a password; he decides.
    const leader = q(`SELECT id FROM accounts WHERE username = '${DEMO_LEADER.username}'`);
    await desk.call('accounts:resetPassword', { accountId: leader, newPassword: 'Chushi#2026a' });
    await desk.call('session:lock', {});
    await desk.call('session:unlock', { username: DEMO_LEADER.username, password: 'Chushi#2026a' });
    await desk.call('session:changePassword', { oldPassword: 'Chushi#2026a', newPassword: LEADER_PW });
    const pending = await desk.call('approvals:requests', { status: 'pending', kind: 'borrow' });
    const p = pending.rows[0];
    if (!p) throw new Error('no pending borrow request');
    const decided = await desk.call('approvals:decide', {
      requestId: p.id,
      decision: 'approved',
      opinion: '同意',
    });
    expect(decided).toMatchObject({
      status: 'approved',
      approval: { approverName: DEMO_LEADER.displayName },
    });

    // The clerk lends what it asked for: the copy, to the person, until the day.
    await desk.call('session:lock', {});
    await desk.call('session:unlock', { username: CLERK.username, password: CLERK.password });
    const d = p.detail as { copyNos: number[]; person: string; dueOn: string };
    const carrier = await desk.call('carriers:get', { id: Number(p.subjectId) });
    const lent = await desk.call('carriers:borrow', {
      carrierId: carrier.id,
      copyNos: d.copyNos,
      borrower: { name: d.person, department: carrier.department },
      lentOn: '2026-06-15',
      dueOn: d.dueOn,
      approval: { requestId: p.id },
    });
    expect(lent.copies.find((k) => k.copyNo === d.copyNos[0])?.status).toBe('on_loan');
    expect((await desk.call('approvals:requests', { status: 'used' })).total).toBe(r.byStatus.used + 1);
  });

  it('approval_requests_page_decisions_at_once: a page reads its decisions together, each as it reads alone', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', seededRng(20261124), now);
    seedCarriers(db, { count: 400, rng: seededRng(20261123), now });
    seedApprovalRequests(db, 'small', seededRng(20261210), now, desk.core.session().account.id);
    // Each query drizzle runs asks its session for the statement once, compiled anew or kept.
    const session = (db as unknown as { session: { client: typeof db.$client } }).session.client;
    const ask = session.prepare.bind(session);
    let statements = 0;
    session.prepare = ((sql: string) => {
      statements++;
      return ask(sql);
    }) as typeof session.prepare;
    let page;
    try {
      page = listRequests(db, RequestListInput.parse({ pageSize: 100 }));
    } finally {
      session.prepare = ask;
    }
    expect(page.rows).toHaveLength(REQUEST_SCALES.small.total);
    // The count, the page, then the decisions and their subjects: not three queries per request.
    expect(statements).toBeLessThanOrEqual(4);
    for (const r of page.rows) {
      const alone = r.approval && listApprovals(db, { page: 1, pageSize: 1, id: r.approval.id }).rows[0];
      expect(r.approval, `request ${r.id}`).toEqual(alone ?? null);
    }
  });
});
