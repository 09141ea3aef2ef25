// The steps of an approval chain (a person's clearance, a trip) as the renderer sees them: the approval row
// behind each step. On the floor because every chain of approvals, in any domain, shows its steps this way.
import { asc, eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { accounts, approvals } from '../../../db/schema';
import type { StepView } from '../../ipc/schemas/approvals';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

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
  const q = statement(db, 'approvals:stepViews', () =>
    db
      .select(stepColumns)
      .from(approvals)
      .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
      .where(inListOf(approvals.id, 'ids'))
      .prepare(),
  );
  const rows = q.all({ ids: listParam(steps.map((s) => s.approvalId)) });
  const byId = new Map(rows.map((r) => [r.approvalId, r]));
  return steps.flatMap((s) => {
    const r = byId.get(s.approvalId);
    return r ? [toStepView(s.step, r)] : [];
  });
}

/** A register's table of steps: its rows' id, the id of the record the step belongs to, the step, its approval. */
export interface StepsTable {
  table: SQLiteTable;
  id: SQLiteColumn;
  owner: SQLiteColumn;
  step: SQLiteColumn;
  approvalId: SQLiteColumn;
}

/**
 * The steps of each of `ids`, in the order they were taken: one query, the steps joined to their approvals, however
 * many records a page shows (a query per record, or steps then approvals, cost a page of reviews or trips 8–18
 * times the plain query).
 */
export function stepsOfMany(db: Pick<Db, 'select'>, t: StepsTable, ids: number[]): Map<number, StepView[]> {
  const out = new Map<number, StepView[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const q = statement(db, `approvals:stepsOf:${getTableName(t.table)}`, () =>
    db
      .select({ owner: t.owner, step: t.step, ...stepColumns })
      .from(t.table)
      .innerJoin(approvals, eq(approvals.id, t.approvalId))
      .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
      .where(inListOf(t.owner, 'ids'))
      .orderBy(asc(t.id))
      .prepare(),
  );
  const rows = q.all({ ids: listParam(ids) }) as (StepColumns & { owner: number; step: string })[];
  for (const r of rows) out.get(r.owner)?.push(toStepView(r.step, r));
  return out;
}
