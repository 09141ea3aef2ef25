// The steps of an approval chain (a person's clearance, a trip) as the renderer sees them: the approval row
// behind each step. On the floor because every chain of approvals, in any domain, shows its steps this way.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { accounts, approvals } from '../../../db/schema';
import type { StepView } from '../../ipc/schemas/approvals';

export function stepViews(db: Pick<Db, 'select'>, steps: { step: string; approvalId: number }[]): StepView[] {
  if (!steps.length) return [];
  const rows = db
    .select({ a: approvals, accountName: accounts.displayName })
    .from(approvals)
    .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
    .where(
      inArray(
        approvals.id,
        steps.map((s) => s.approvalId),
      ),
    )
    .orderBy(asc(approvals.id))
    .all();
  const byId = new Map(rows.map((r) => [r.a.id, r]));
  return steps.flatMap((s) => {
    const r = byId.get(s.approvalId);
    if (!r) return [];
    return [
      {
        step: s.step,
        approvalId: r.a.id,
        approverName: r.accountName ?? r.a.approverName ?? '',
        approverTitle: r.a.approverTitle,
        decision: r.a.decision,
        decidedAt: r.a.decidedAt,
        documentNo: r.a.documentNo,
        opinion: r.a.opinion,
        hasScan: r.a.scanAttachmentId !== null,
      },
    ];
  });
}
