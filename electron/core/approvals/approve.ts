// The approval an action rests on, recorded inside the action's own write (the floor: every domain uses it).
import { AppException } from '../../../db/domain/errors';
import type { ApprovalKind } from '../../../db/domain/vocab';
import { getApproval } from '../../../db/repos/approvals.repo';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import type { Tx, WriteCtx } from '../app-core';
import { recordApproval } from './approvals.service';
import { consumeRequest } from './requests.service';

/** Who acts and when; `touch` is there inside `core.write`, which then reports the approvals changed. */
export type ApprovalCtx = Pick<WriteCtx, 'accountId' | 'now'> & Partial<Pick<WriteCtx, 'touch'>>;

type ApprovalTx = Pick<Tx, 'select' | 'insert' | 'update'>;

/** Record the approval an action rests on, about this carrier (or another subject such as a batch). */
export function approve(
  tx: ApprovalTx,
  approval: ActionApprovalInput,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  ctx: ApprovalCtx,
): number {
  return approveRecord(tx, approval, kind, subject, ctx).id;
}

/**
 * The approval an action rests on, as recorded: a request a 领导 approved in the app (consumed now), or a
 * paper approval recorded now. Its date and decision are the approval's own, whichever way it came in.
 */
export function approveRecord(
  tx: ApprovalTx,
  approval: ActionApprovalInput,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  ctx: ApprovalCtx,
): { id: number; decidedAt: string; decision: 'approved' | 'rejected' } {
  ctx.touch?.('approvals');
  if (approval.requestId !== undefined) {
    const id = consumeRequest(tx, approval.requestId, kind, subject, ctx.now);
    const row = getApproval(tx, id);
    if (!row) throw new AppException('INTERNAL', '审批记录缺失。');
    return { id, decidedAt: row.decidedAt, decision: row.decision };
  }
  const { approver, decidedAt } = approval;
  if (!approver || !decidedAt) {
    throw new AppException('VALIDATION', '请填写审批人和审批日期，或选择已批准的审批申请。', {
      fields: [{ path: 'approval.approver', message: '请填写审批人' }],
    });
  }
  const row = recordApproval(
    tx,
    { ...approval, approver, decidedAt, kind, subjectType: subject.type, subjectId: String(subject.id) },
    ctx.accountId,
    ctx.now,
  );
  return { id: row.id, decidedAt: row.decidedAt, decision: row.decision };
}
