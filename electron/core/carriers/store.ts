// Building blocks every carrier action shares inside its one transaction: load, approve, record history,
// and re-derive the carrier's status from its copies so the register can never disagree with them.
import { and, eq, isNull, min, sql } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { CarrierEventKind, CopyStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { carrierCopies, carrierEvents, carrierMovements, carriers } from '../../../db/schema';
import type { WriteCtx } from '../app-core';
import { canonicalJson } from '../util/canonical-json';
import { statement } from '../util/statements';
import { isNational } from './rules';
import { inList } from '../util/in-list';

export type Tx = Pick<Db, 'select' | 'selectDistinct' | 'insert' | 'update'>;
export type CarrierRecord = typeof carriers.$inferSelect;
export type CopyRecord = typeof carrierCopies.$inferSelect;

/** Copies still held somewhere in the unit (the others have left the register for good). */
export const LIVE_STATUSES: readonly CopyStatus[] = ['in_custody', 'on_loan', 'carried_out'];

/** A person as the clerk writes them on a form: name, and department when known. */
export interface Person {
  name: string;
  department?: string | undefined;
}

export const personLabel = (p: Person) => (p.department ? `${p.department} ${p.name}` : p.name);

/** National-level secrets still classified need the approvals the regulations ask for. */
export function isControlled(c: CarrierRecord): boolean {
  return isNational(c.level) && c.classState === 'classified';
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
    .where(and(eq(carrierCopies.carrierId, carrierId), inList(carrierCopies.copyNo, copyNos)))
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

export interface EventInput {
  carrierId: number;
  copyId?: number | null;
  kind: CarrierEventKind;
  on: string;
  counterpart?: string | null;
  approvalId?: number | null;
  detail?: unknown;
}

export function addEvent(tx: Tx, ctx: Pick<WriteCtx, 'accountId' | 'now'>, e: EventInput): void {
  // Prepared once per connection: every carrier action writes one, an import one per row.
  const insert = statement(tx, 'carriers:addEvent', () =>
    tx
      .insert(carrierEvents)
      .values({
        carrierId: sql.placeholder('carrierId'),
        copyId: sql.placeholder('copyId'),
        kind: sql.placeholder('kind'),
        on: sql.placeholder('on'),
        at: sql.placeholder('at'),
        accountId: sql.placeholder('accountId'),
        counterpart: sql.placeholder('counterpart'),
        approvalId: sql.placeholder('approvalId'),
        detail: sql.placeholder('detail'),
      })
      .prepare(),
  );
  insert.run({
    carrierId: e.carrierId,
    copyId: e.copyId ?? null,
    kind: e.kind,
    on: e.on,
    at: ctx.now,
    accountId: ctx.accountId,
    counterpart: e.counterpart ?? null,
    approvalId: e.approvalId ?? null,
    detail: canonicalJson(e.detail ?? {}),
  });
}

export function setCopy(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now'>,
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
export function refreshCarrier(tx: Tx, ctx: Pick<WriteCtx, 'now'>, carrierId: number): void {
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

/** Copies 份号 by 份号, all with the custodian. */
export function insertCopies(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now'>,
  carrierId: number,
  copyNos: number[],
  holder: { name: string; department: string; key: string },
  /** The printed 份号 where it is not the number's digits, one per copy (copy-numbers.ts). */
  labels?: readonly (string | null)[],
): void {
  const insert = statement(tx, 'carriers:insertCopy', () =>
    tx
      .insert(carrierCopies)
      .values({
        carrierId: sql.placeholder('carrierId'),
        copyNo: sql.placeholder('copyNo'),
        copyLabel: sql.placeholder('copyLabel'),
        status: 'in_custody',
        holderName: sql.placeholder('holderName'),
        holderDept: sql.placeholder('holderDept'),
        holderKey: sql.placeholder('holderKey'),
        updatedAt: sql.placeholder('updatedAt'),
      })
      .prepare(),
  );
  for (const [i, copyNo] of copyNos.entries()) {
    insert.run({
      carrierId,
      copyNo,
      copyLabel: labels?.[i] ?? null,
      holderName: holder.name,
      holderDept: holder.department,
      holderKey: holder.key,
      updatedAt: ctx.now,
    });
  }
}
