// Building blocks every carrier action shares inside its one transaction: load, approve, record history,
// and re-derive the carrier's status from its copies so the register can never disagree with them.
import { and, desc, eq, gte, inArray, isNull, lt, min, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppException } from '../../../db/domain/errors';
import type { ApprovalKind, CarrierEventKind, CopyStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { carrierCopies, carrierEvents, carrierMovements, carriers } from '../../../db/schema';
import type { ActionApprovalInput } from '../../ipc/schemas/carriers';
import { recordApproval } from '../approvals/approvals.service';
import { consumeRequest } from '../approvals/requests.service';
import { getApproval } from '../../../db/repos/approvals.repo';
import { canonicalJson } from '../util/canonical-json';

export type Tx = Pick<Db, 'select' | 'selectDistinct' | 'insert' | 'update'>;
export type CarrierRecord = typeof carriers.$inferSelect;
export type CopyRecord = typeof carrierCopies.$inferSelect;

/** Copies still held somewhere in the unit (the others have left the register for good). */
export const LIVE_STATUSES: readonly CopyStatus[] = ['in_custody', 'on_loan', 'carried_out'];

/** Who acts and when: the logged-in account and the recording time. */
export interface Ctx {
  accountId: number;
  now: string;
}

export function loadCarrier(tx: Pick<Db, 'select'>, id: number): CarrierRecord {
  const c = tx.select().from(carriers).where(eq(carriers.id, id)).get();
  if (!c) {
    throw new AppException('NOT_FOUND', '找不到该载体，可能编号有误。', {
      fields: [{ path: 'carrierId', message: '载体不存在' }],
    });
  }
  return c;
}

/** The named copies of a carrier, in the order asked; an unknown 份号 is NOT_FOUND. */
export function loadCopies(tx: Pick<Db, 'select'>, carrierId: number, copyNos: number[]): CopyRecord[] {
  const rows = tx
    .select()
    .from(carrierCopies)
    .where(and(eq(carrierCopies.carrierId, carrierId), inArray(carrierCopies.copyNo, copyNos)))
    .all();
  const byNo = new Map(rows.map((r) => [r.copyNo, r]));
  return copyNos.map((n) => {
    const r = byNo.get(n);
    if (!r) {
      throw new AppException('NOT_FOUND', `该载体没有第 ${n} 份。`, {
        fields: [{ path: 'copyNos', message: `没有第 ${n} 份` }],
      });
    }
    return r;
  });
}

export function allCopies(tx: Pick<Db, 'select'>, carrierId: number): CopyRecord[] {
  return tx
    .select()
    .from(carrierCopies)
    .where(eq(carrierCopies.carrierId, carrierId))
    .orderBy(carrierCopies.copyNo)
    .all();
}

/** Record the approval an action rests on, about this carrier (or another subject such as a batch). */
export function approve(
  tx: Tx,
  approval: ActionApprovalInput,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  ctx: Ctx,
): number {
  return approveRecord(tx, approval, kind, subject, ctx).id;
}

/**
 * The approval an action rests on, as recorded: a request a 领导 approved in the app (consumed now), or a
 * paper approval recorded now. Its date and decision are the approval's own, whichever way it came in.
 */
export function approveRecord(
  tx: Tx,
  approval: ActionApprovalInput,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  ctx: Ctx,
): { id: number; decidedAt: string; decision: 'approved' | 'rejected' } {
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

export interface EventInput {
  carrierId: number;
  copyId?: number | null;
  kind: CarrierEventKind;
  on: string;
  counterpart?: string | null;
  approvalId?: number | null;
  detail?: unknown;
}

export function addEvent(tx: Tx, ctx: Ctx, e: EventInput): void {
  tx.insert(carrierEvents)
    .values({
      carrierId: e.carrierId,
      copyId: e.copyId ?? null,
      kind: e.kind,
      on: e.on,
      at: ctx.now,
      accountId: ctx.accountId,
      counterpart: e.counterpart ?? null,
      approvalId: e.approvalId ?? null,
      detail: canonicalJson(e.detail ?? {}),
    })
    .run();
}

export function setCopy(
  tx: Tx,
  ctx: Ctx,
  copyId: number,
  patch: Partial<Pick<CopyRecord, 'status' | 'holderName' | 'holderDept' | 'holderKey'>>,
): void {
  tx.update(carrierCopies)
    .set({ ...patch, updatedAt: ctx.now })
    .where(eq(carrierCopies.id, copyId))
    .run();
}

/** Order in which a carrier's status shows its copies: anything out first, then held, then how it left. */
const STATUS_ORDER: readonly CopyStatus[] = [
  'on_loan',
  'carried_out',
  'in_custody',
  'destroyed',
  'handed_over',
  'returned_to_issuer',
];

export function deriveStatus(statuses: Iterable<CopyStatus>): CopyStatus {
  const present = new Set(statuses);
  return STATUS_ORDER.find((s) => present.has(s)) ?? 'in_custody';
}

/** Re-derive status, live copies and the earliest due date of a carrier from its copies and movements. */
export function refreshCarrier(tx: Tx, ctx: Ctx, carrierId: number): void {
  const counts = tx
    .select({ status: carrierCopies.status, n: sql<number>`count(*)` })
    .from(carrierCopies)
    .where(eq(carrierCopies.carrierId, carrierId))
    .groupBy(carrierCopies.status)
    .all();
  const live = counts.filter((c) => LIVE_STATUSES.includes(c.status)).reduce((a, c) => a + c.n, 0);
  const due = tx
    .select({ due: min(carrierMovements.dueOn) })
    .from(carrierMovements)
    .where(and(eq(carrierMovements.carrierId, carrierId), isNull(carrierMovements.returnedOn)))
    .get();
  tx.update(carriers)
    .set({
      status: deriveStatus(counts.map((c) => c.status)),
      liveCopies: live,
      copyCount: counts.reduce((a, c) => a + c.n, 0),
      loanDueOn: due?.due ?? null,
      updatedAt: ctx.now,
    })
    .where(eq(carriers.id, carrierId))
    .run();
}

export function ctxOf(core: { session(): { account: { id: number } }; now(): string }): Ctx {
  return { accountId: core.session().account.id, now: core.now() };
}

/** The next number in a series such as 收2026-00017 or 销2026-003: one more than the highest under `head`. */
export function nextSerial(
  tx: Pick<Db, 'select'>,
  table: SQLiteTable,
  column: SQLiteColumn,
  head: string,
  width: number,
): string {
  const last = tx
    .select({ no: column })
    .from(table)
    .where(and(gte(column, head), lt(column, `${head}\uffff`)))
    .orderBy(desc(column))
    .limit(1)
    .get() as { no: string } | undefined;
  const n = last ? Number.parseInt(last.no.slice(head.length), 10) : 0;
  return `${head}${String((Number.isFinite(n) ? n : 0) + 1).padStart(width, '0')}`;
}

/** Copies 份号 by 份号, all with the custodian. */
export function insertCopies(
  tx: Tx,
  ctx: Ctx,
  carrierId: number,
  copyNos: number[],
  holder: { name: string; department: string; key: string },
): void {
  for (const copyNo of copyNos) {
    tx.insert(carrierCopies)
      .values({
        carrierId,
        copyNo,
        status: 'in_custody',
        holderName: holder.name,
        holderDept: holder.department,
        holderKey: holder.key,
        updatedAt: ctx.now,
      })
      .run();
  }
}
