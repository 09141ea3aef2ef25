import { and, count, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog, settings } from '../../../db/schema';
import { canonicalJson } from '../util/canonical-json';
import { keptAuditTotal } from './day-counts';
import { pageOf } from '../util/paging';
import { sha256Hex, walkChain, type ChainHead, type ChainReport, type WalkStep } from './walk';

export type { ChainHead, ChainReport, WalkStep } from './walk';

/** The hash that stands before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  accountId: number | null;
  /** Username, or a fixed name such as `system` / `cli` for actions without a logged-in account. */
  actor: string;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** What changed: any JSON value; stored canonically so the hash is reproducible. */
  detail?: unknown;
}

type Row = typeof auditLog.$inferSelect;

/**
 * SHA-256 over the canonical JSON of the entry's fields in a fixed order. The fields are strings, numbers and
 * null, so plain JSON of the array is already canonical (test: audit_hash_canonical); the native hash keeps a
 * million entries within the verification's ten seconds.
 */
export function entryHash(e: Omit<Row, 'hash'>): string {
  return sha256Hex(
    JSON.stringify([e.seq, e.at, e.accountId, e.actor, e.action, e.entity, e.entityId, e.detail, e.prevHash]),
  );
}

/** Database handle or the transaction inside `db.transaction(...)`: both expose the same builders. */
type Tx = Pick<Db, 'select' | 'insert'>;

/**
 * Append one entry. Call it inside the transaction that makes the change, so the change and its audit
 * entry commit together or not at all.
 */
export function appendAudit(tx: Tx, who: AuditActor, at: string, input: AuditInput): Row {
  const last = tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1)
    .get();
  const entry = {
    seq: (last?.seq ?? 0) + 1,
    at,
    accountId: who.accountId,
    actor: who.actor,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId == null ? null : String(input.entityId),
    detail: canonicalJson(input.detail ?? {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const row = { ...entry, hash: entryHash(entry) };
  tx.insert(auditLog).values(row).run();
  return row;
}

/**
 * Where the retained chain starts: after a retention prune, the last removed entry (its seq and hash);
 * otherwise the genesis. The prune that set it is itself an entry of the chain, so an anchor nobody pruned
 * to is caught by `verifyAuditChain`.
 */
export const AUDIT_ANCHOR_KEY = 'audit.anchor';

export function auditAnchor(db: Pick<Db, 'select'>): ChainHead | null {
  const row = db.select().from(settings).where(eq(settings.key, AUDIT_ANCHOR_KEY)).get();
  return row ? (JSON.parse(row.value) as ChainHead) : null;
}

/** Where a full walk starts, and the anchor it must find vouched for on the way. */
function fullWalk(db: Db): Generator<WalkStep, ChainReport> {
  const anchor = auditAnchor(db);
  return walkChain(db, anchor ?? { seq: 0, hash: GENESIS_HASH }, anchor);
}

/** Walk the whole chain in order; stop at the first break. */
export function verifyAuditChain(db: Db): ChainReport {
  const walk = fullWalk(db);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * The same walk in steps: `onStep` hears how many entries are verified and gives the event loop its turn (see
 * util/jobs.ts), so the window answers and the auditor sees the bar move over a million entries.
 */
export async function verifyAuditChainStepwise(
  db: Db,
  onStep: (done: number) => Promise<void>,
): Promise<ChainReport> {
  const walk = fullWalk(db);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await onStep(step.value.done);
  }
}

/** How many entries a full walk reads: from the anchor to the head. */
export function auditLength(db: Db): number {
  return auditHead(db).seq - (auditAnchor(db)?.seq ?? 0);
}

export function auditHead(db: Db): ChainHead {
  const last = db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1)
    .get();
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

export interface AuditFilter {
  page: number;
  pageSize: number;
  from?: string | undefined;
  to?: string | undefined;
  accountId?: number | undefined;
  action?: string | undefined;
  entity?: string | undefined;
}

/** The auditor's view as its two queries, the total and the page (test/electron/core/audit-list pins their plans). */
export function auditListQueries(db: Db, f: AuditFilter) {
  const conds = [
    f.from ? gte(auditLog.at, `${f.from}T00:00:00`) : undefined,
    // `to` is inclusive: everything before the next day starts.
    f.to ? lt(auditLog.at, `${f.to}T99`) : undefined,
    f.accountId !== undefined ? eq(auditLog.accountId, f.accountId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
  ].filter((c) => c !== undefined);
  const where = conds.length ? and(...conds) : undefined;
  return {
    total: db.select({ n: count() }).from(auditLog).where(where),
    // Within a period, newest first by time: the time index gives that order as it is (entries are appended in
    // time order, so it is the chain's order but for a clock set back), where sorting a month of a million
    // entries by number cost a hundred milliseconds.
    page: pageOf(
      db
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(...(f.from || f.to ? [desc(auditLog.at), desc(auditLog.seq)] : [desc(auditLog.seq)])),
      f,
    ),
  };
}

/** The auditor's view: newest first, filtered by time, account, action and entity. */
export function listAudit(db: Db, f: AuditFilter): { rows: Row[]; total: number } {
  const filtered = f.from || f.to || f.accountId !== undefined || f.action || f.entity;
  if (!filtered) {
    // The whole log: its entries are numbered without a gap from the anchor to the head (the unlock's check
    // and the full walk say so when not), so the total and any page are found by number, not by counting a
    // million entries or skipping half of them.
    const head = auditHead(db).seq;
    const first = (auditAnchor(db)?.seq ?? 0) + 1;
    const top = head - (f.page - 1) * f.pageSize;
    const rows = db
      .select()
      .from(auditLog)
      .where(and(lte(auditLog.seq, top), gte(auditLog.seq, first)))
      .orderBy(desc(auditLog.seq))
      .limit(f.pageSize)
      .all();
    return { rows, total: Math.max(0, head - first + 1) };
  }
  const q = auditListQueries(db, f);
  return { rows: q.page.all(), total: keptAuditTotal(db, f) ?? q.total.get()?.n ?? 0 };
}
