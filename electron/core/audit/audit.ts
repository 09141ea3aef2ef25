import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog, settings } from '../../../db/schema';
import { canonicalJson } from '../util/canonical-json';
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

export function entryHash(e: Omit<Row, 'hash'>): string {
  const material = canonicalJson([
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
  return bytesToHex(sha256(new TextEncoder().encode(material)));
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

/** Walk the whole chain in order; stop at the first break. Streams rows so 1M entries stay cheap. */
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

/** Walk the whole chain in order; stop at the first break. Streams rows so 1M entries stay cheap. */
export function verifyAuditChain(db: Db): ChainReport {
  const anchor = auditAnchor(db);
  let prevHash = anchor?.hash ?? GENESIS_HASH;
  let expectSeq = (anchor?.seq ?? 0) + 1;
  let count = 0;
  let anchorVouched = anchor === null;
  const stmt = db.$client.prepare(
    'SELECT seq, at, account_id AS accountId, actor, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq',
  );
  for (const r of stmt.iterate() as Iterable<Row>) {
    const fail = (reason: string): ChainReport => ({
      ok: false,
      count,
      head: { seq: expectSeq - 1, hash: prevHash },
      problem: { seq: r.seq, reason },
    });
    if (r.seq !== expectSeq)
      return fail(`第 ${expectSeq} 条审计记录缺失（记录序号跳到 ${r.seq}），可能被删除。`);
    if (r.prevHash !== prevHash)
      return fail(`第 ${r.seq} 条审计记录与前一条不衔接，记录可能被删除或调换了顺序。`);
    if (entryHash(r) !== r.hash) return fail(`第 ${r.seq} 条审计记录的内容与其哈希不符，记录可能被修改。`);
    if (!anchorVouched && r.action === 'audit_prune') {
      const d = JSON.parse(r.detail) as { anchor?: ChainHead };
      anchorVouched = d.anchor?.seq === anchor?.seq && d.anchor?.hash === anchor?.hash;
    }
    prevHash = r.hash;
    expectSeq++;
    count++;
  }
  if (!anchorVouched) {
    return {
      ok: false,
      count,
      head: { seq: expectSeq - 1, hash: prevHash },
      problem: {
        seq: (anchor?.seq ?? 0) + 1,
        reason: `审计记录从第 ${(anchor?.seq ?? 0) + 1} 条开始，但没有按保留期限清理的记录，之前的记录可能被删除。`,
      },
    };
  }
  return { ok: true, count, head: { seq: expectSeq - 1, hash: prevHash } };
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
    page: pageOf(db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)), f),
  };
}

/** The auditor's view: newest first, filtered by time, account, action and entity. */
export function listAudit(db: Db, f: AuditFilter): { rows: Row[]; total: number } {
  const q = auditListQueries(db, f);
  return { rows: q.page.all(), total: q.total.get()?.n ?? 0 };
}
