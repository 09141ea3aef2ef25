import { describe, expect, it } from 'vitest';
import { insertApproval } from '../../../db/repos/approvals.repo';
import { approvalPageQuery } from '../../../electron/core/approvals/approvals.service';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { ApprovalListInput } from '../../../electron/ipc/schemas/approvals';
import { callsOn } from '../../helpers/calls';
import { setUpCore } from '../../helpers/temp';

const paper = {
  kind: 'borrow',
  subjectType: 'carrier',
  subjectId: '17',
  approver: { type: 'person', name: '李建国', title: '办公室主任' },
  decision: 'approved',
  decidedAt: '2026-11-20',
  documentNo: '保借〔2026〕12号',
};

describe('approvals', () => {
  it('a paper approval by a named person is recorded with its audit entry', async () => {
    const { api, core } = await setUpCore();
    const before = verifyAuditChain(core.session().db).count;
    const r = await api.dispatch('approvals:record', paper);
    expect(r).toMatchObject({
      ok: true,
      value: { approverName: '李建国', approverTitle: '办公室主任', decision: 'approved', hasScan: false },
    });
    const after = verifyAuditChain(core.session().db);
    expect(after).toMatchObject({ ok: true, count: before + 1 });
    expect(await api.dispatch('approvals:list', { page: 1, pageSize: 10 })).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ documentNo: '保借〔2026〕12号' }] },
    });
  });

  it('approval_by_own_login: an account is named as approver only when it decides itself', async () => {
    const { api, core } = await setUpCore();
    const r = await api.dispatch('approvals:record', {
      ...paper,
      approver: { type: 'account', accountId: core.session().account.id },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', rule: 'approval_by_own_login' } });
  });

  it('an approval names an approver that exists; an impossible date is refused', async () => {
    const { api } = await setUpCore();
    expect(
      await api.dispatch('approvals:record', { ...paper, approver: { type: 'account', accountId: 99 } }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await api.dispatch('approvals:record', { ...paper, approver: { type: 'person', name: ' ' } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'approver.name' }] } });
    expect(await api.dispatch('approvals:record', { ...paper, decidedAt: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'decidedAt' }] },
    });
    expect(await api.dispatch('approvals:record', { ...paper, scanAttachmentId: 5 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('finds the approvals of one subject however many newer approvals of other subjects there are', async () => {
    const { api, core } = await setUpCore();
    const db = core.session().db;
    const own = await api.dispatch('approvals:record', { ...paper, subjectId: '7', decidedAt: '2024-03-01' });
    expect(own.ok).toBe(true);
    db.transaction((tx) => {
      for (let i = 0; i < 500; i++)
        insertApproval(tx, {
          kind: 'borrow',
          subjectType: 'carrier',
          subjectId: String(100 + i),
          approverName: '李建国',
          decision: 'approved',
          decidedAt: '2026-05-01',
          createdAt: core.now(),
        });
    });
    // The newest 500 of the unit no longer hold carrier 7's approval …
    const { call } = callsOn(api);
    const newest = await call('approvals:list', { page: 1, pageSize: 500 });
    expect(newest.total).toBe(501);
    expect(newest.rows.map((a) => a.subjectId)).not.toContain('7');
    // … asked by subject, it is still there (and only it).
    expect(
      await api.dispatch('approvals:list', { page: 1, subjectType: 'carrier', subjectId: '7' }),
    ).toMatchObject({ ok: true, value: { total: 1, rows: [{ subjectId: '7', decidedAt: '2024-03-01' }] } });
    expect(
      await api.dispatch('approvals:list', { page: 1, subjectType: 'destruction', subjectId: '7' }),
    ).toMatchObject({ ok: true, value: { total: 0, rows: [] } });
    expect(await api.dispatch('approvals:list', { page: 1, subjectId: '7' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'subjectId' }] },
    });

    // The subject filter is a search of the subject index, never a scan of every approval.
    const q = approvalPageQuery(
      db,
      ApprovalListInput.parse({ page: 1, pageSize: 50, subjectType: 'carrier', subjectId: '7' }),
    ).toSQL();
    const plan = (
      db.$client.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan[0]).toMatch(
      /^SEARCH approvals USING INDEX approvals_subject_idx \(subject_type=\? AND subject_id=\?\)/,
    );
    expect(plan.join('\n')).not.toMatch(/SCAN approvals/);
  });
});
