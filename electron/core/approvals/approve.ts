// The approval an action rests on, recorded inside the action's own write (the floor: every domain uses it).
import { AppException } from '../../../db/domain/errors';
import type { ApprovalKind } from '../../../db/domain/vocab';
import { getApproval } from '../../../db/repos/approvals.repo';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import type { Tx, WriteCtx } from '../app-core';
import { dateOf } from '../util/dates';
import { refuse } from '../util/refuse';
import { recordApproval } from './approvals.service';
import { consumeRequest } from './requests.service';

/** Who acts and when; `touch` is there inside `core.write`, which then reports the approvals changed. */
export type ApprovalCtx = Pick<WriteCtx, 'accountId' | 'now'> & Partial<Pick<WriteCtx, 'touch' | 'today'>>;

/**
 * The days an approval's date may fall on, for the action it permits (both ends inclusive). Given, the date is
 * also never after today: an approval is a fact of the past, whichever way it came in.
 */
export interface ApprovalDates {
  /** The action's own date: the approval comes first (on that day at the latest). */
  notAfter?: string | undefined;
  /** The start of the procedure it belongs to. */
  notBefore?: string | undefined;
  /** The field the date was entered in, for the refusal (default `approval.decidedAt`). */
  path?: string | undefined;
}

function checkDated(decidedAt: string, dates: ApprovalDates, ctx: ApprovalCtx, path: string): void {
  const day = decidedAt.slice(0, 10);
  const today = ctx.today ?? dateOf(new Date(ctx.now));
  if (day > today) {
    refuse('approval_date_in_range', `审批日期（${day}）晚于今天（${today}），请核对审批日期。`, path);
  }
  if (dates.notAfter !== undefined && day > dates.notAfter) {
    refuse(
      'approval_date_in_range',
      `审批日期（${day}）晚于办理日期（${dates.notAfter}）：应先审批、后办理，请核对日期。`,
      path,
    );
  }
  if (dates.notBefore !== undefined && day < dates.notBefore) {
    refuse(
      'approval_date_in_range',
      `审批日期（${day}）早于该事项开始的日期（${dates.notBefore}），不能作为本次办理的审批，请核对日期。`,
      path,
    );
  }
}

type ApprovalTx = Pick<Tx, 'select' | 'insert' | 'update'>;

/** Record the approval an action rests on, about this carrier (or another subject such as a batch). */
export function approve(
  tx: ApprovalTx,
  approval: ActionApprovalInput,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  ctx: ApprovalCtx,
  dates?: ApprovalDates,
): number {
  return approveRecord(tx, approval, kind, subject, ctx, dates).id;
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
  dates?: ApprovalDates,
): { id: number; decidedAt: string; decision: 'approved' | 'rejected' } {
  ctx.touch?.('approvals');
  if (approval.requestId !== undefined) {
    const id = consumeRequest(tx, approval.requestId, kind, subject, ctx.now);
    const row = getApproval(tx, id);
    if (!row) throw new AppException('INTERNAL', '审批记录缺失。');
    if (dates) checkDated(row.decidedAt, dates, ctx, 'approval.requestId');
    return { id, decidedAt: row.decidedAt, decision: row.decision };
  }
  const { approver, decidedAt } = approval;
  if (!approver || !decidedAt) {
    throw new AppException('VALIDATION', '请填写审批人和审批日期，或选择已批准的审批申请。', {
      fields: [{ path: 'approval.approver', message: '请填写审批人' }],
    });
  }
  if (dates) checkDated(decidedAt, dates, ctx, dates.path ?? 'approval.decidedAt');
  const row = recordApproval(
    tx,
    { ...approval, approver, decidedAt, kind, subjectType: subject.type, subjectId: String(subject.id) },
    ctx.accountId,
    ctx.now,
  );
  return { id: row.id, decidedAt: row.decidedAt, decision: row.decision };
}
