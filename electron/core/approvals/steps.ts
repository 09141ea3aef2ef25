// The steps of an approval chain (a person's clearance, a trip) as the renderer sees them: the approval row
// behind each step. On the floor because every chain of approvals, in any domain, shows its steps this way.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { accounts, approvals } from '../../../db/schema';
import type { StepView } from '../../ipc/schemas/approvals';

/**
 * The columns of an approval a step shows, and the approver's account name (to be left-joined on
 * `approvals.approverAccountId`): a register that reads its steps joined to its own rows selects these.
 */
export const stepColumns = {
  approvalId: approvals.id,
  accountName: accounts.displayName,
  approverName: approvals.approverName,
  approverTitle: approvals.approverTitle,
  decision: approvals.decision,
  decidedAt: approvals.decidedAt,
  documentNo: approvals.documentNo,
  opinion: approvals.opinion,
  scanAttachmentId: approvals.scanAttachmentId,
};

interface StepColumns {
  approvalId: number;
  accountName: string | null;
  approverName: string | null;
  approverTitle: string | null;
  decision: StepView['decision'];
  decidedAt: string;
  documentNo: string | null;
  opinion: string | null;
  scanAttachmentId: number | null;
}

/** A step's view from the columns above. */
export function toStepView(step: string, r: StepColumns): StepView {
  return {
    step,
    approvalId: r.approvalId,
    approverName: r.accountName ?? r.approverName ?? '',
    approverTitle: r.approverTitle,
    decision: r.decision,
    decidedAt: r.decidedAt,
    documentNo: r.documentNo,
    opinion: r.opinion,
    hasScan: r.scanAttachmentId !== null,
  };
}

export function stepViews(db: Pick<Db, 'select'>, steps: { step: string; approvalId: number }[]): StepView[] {
  if (!steps.length) return [];
  const rows = db
    .select(stepColumns)
    .from(approvals)
    .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
    .where(
      inArray(
        approvals.id,
        steps.map((s) => s.approvalId),
      ),
    )
    .all();
  const byId = new Map(rows.map((r) => [r.approvalId, r]));
  return steps.flatMap((s) => {
    const r = byId.get(s.approvalId);
    return r ? [toStepView(s.step, r)] : [];
  });
}
