import { createHash } from 'node:crypto';
import { and, count, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog, settings } from '../../../db/schema';
import { canonicalJson } from '../util/canonical-json';
import { keptAuditTotal } from './day-counts';
import { pageOf } from '../util/paging';

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
  const material = JSON.stringify([
    e.seq,
    e.at,
    e.accountId,
    e.actor,
    e.action,
    e.entity,
    e.entityId,
    e.detail,
    e.prevHash,
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
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

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  count: number;
  head: ChainHead;
  /** The first entry at which the chain breaks, and why (in Chinese, for the auditor). */
  problem?: { seq: number; reason: string };
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

/** Entries read per step of a walk: big enough to be cheap, small enough to report progress and yield. */
const WALK_CHUNK = 20_000;

/** One step of a walk: how far it got; the report once it ends. */
export interface WalkStep {
  done: number;
  report?: ChainReport;
}

/**
 * Walk the chain from `from` (an entry already trusted: the anchor, the genesis or a verified checkpoint) to
 * its head, `WALK_CHUNK` entries per step; stop at the first break. `vouch`: the anchor whose prune entry
 * must appear on the way (the full walk), or null. Rows are read as arrays: the hashed material is the row
 * itself, in column order.
 */
export function* walkChain(
  db: Db,
  from: ChainHead,
  vouch: ChainHead | null,
): Generator<WalkStep, ChainReport> {
  const stmt = db.$client
    .prepare(
      'SELECT seq, at, account_id, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?',
    )
    .raw();
  let prevHash = from.hash;
  let expectSeq = from.seq + 1;
  let count = 0;
  let anchorVouched = vouch === null;
  const head = (): ChainHead => ({ seq: expectSeq - 1, hash: prevHash });
  for (;;) {
    const rows = stmt.all(expectSeq - 1, WALK_CHUNK) as unknown[][];
    for (const r of rows) {
      const seq = r[0] as number;
      const fail = (reason: string): ChainReport => ({
        ok: false,
        count,
        head: head(),
        problem: { seq, reason },
      });
      if (seq !== expectSeq)
        return fail(`第 ${expectSeq} 条审计记录缺失（记录序号跳到 ${seq}），可能被删除。`);
      if (r[8] !== prevHash) return fail(`第 ${seq} 条审计记录与前一条不衔接，记录可能被删除或调换了顺序。`);
      const hash = r[9] as string;
      if (
        createHash('sha256')
          .update(JSON.stringify(r.slice(0, 9)), 'utf8')
          .digest('hex') !== hash
      )
        return fail(`第 ${seq} 条审计记录的内容与其哈希不符，记录可能被修改。`);
      if (!anchorVouched && r[4] === 'audit_prune') {
        const d = JSON.parse(r[7] as string) as { anchor?: ChainHead };
        anchorVouched = d.anchor?.seq === vouch?.seq && d.anchor?.hash === vouch?.hash;
      }
      prevHash = hash;
      expectSeq++;
      count++;
    }
    if (rows.length < WALK_CHUNK) break;
    yield { done: count };
  }
  if (!anchorVouched) {
    const seq = (vouch?.seq ?? 0) + 1;
    const reason = `审计记录从第 ${seq} 条开始，但没有按保留期限清理的记录，之前的记录可能被删除。`;
    return { ok: false, count, head: head(), problem: { seq, reason } };
  }
  return { ok: true, count, head: head() };
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
