import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
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
});
