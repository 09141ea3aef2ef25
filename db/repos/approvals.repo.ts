import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { approvals } from '../schema';

export type ApprovalRow = typeof approvals.$inferSelect;
export type ApprovalInsert = typeof approvals.$inferInsert;

export function insertApproval(db: Pick<Db, 'insert'>, row: ApprovalInsert): ApprovalRow {
  return db.insert(approvals).values(row).returning().get();
}

export function getApproval(db: Pick<Db, 'select'>, id: number): ApprovalRow | undefined {
  return db.select().from(approvals).where(eq(approvals.id, id)).get();
}

export function approvalsFor(db: Pick<Db, 'select'>, subjectType: string, subjectId: string): ApprovalRow[] {
  return db
    .select()
    .from(approvals)
    .where(and(eq(approvals.subjectType, subjectType), eq(approvals.subjectId, subjectId)))
    .orderBy(desc(approvals.decidedAt))
    .all();
}

export function listApprovals(db: Pick<Db, 'select'>, limit: number, offset: number): ApprovalRow[] {
  return db
    .select()
    .from(approvals)
    .orderBy(desc(approvals.decidedAt), desc(approvals.id))
    .limit(limit)
    .offset(offset)
    .all();
}
