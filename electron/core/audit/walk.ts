// Walking the audit chain (issue 20 point 4: a million entries verified within ten seconds). Each entry's hash is
// SHA-256 of the JSON array of its fields in column order (audit.ts, entryHash). SQLite writes that array for every
// entry of a step, as lines of one string: reading ten values an entry into JavaScript and making the JSON there
// took most of a whole-chain verification. Any doubt in a step (a field SQLite writes otherwise than
// JSON.stringify would, a line out of place) checks the step again field by field, which alone decides.
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { Db } from '../../../db/open';

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

/** One step of a walk: how far it got; the report once it ends. */
export interface WalkStep {
  done: number;
  report?: ChainReport;
}

/**
 * SHA-256 of a string's UTF-8, in hex. Node's one-shot hash (Node ≥ 20.12, Electron's Node too) skips the hash
 * object each of a million entries would make.
 */
export const sha256Hex: (text: string) => string =
  typeof oneShotHash === 'function'
    ? (text) => oneShotHash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Entries read per step of a walk: big enough to be cheap, small enough to report progress and yield. */
const WALK_CHUNK = 20_000;

/** The hashed fields, in the order entryHash hashes them. */
const FIELDS = 'seq, at, account_id, actor, action, entity, entity_id, detail, prev_hash';

/** Where a walk stands: the last entry trusted, how many were checked, whether the anchor was vouched for. */
interface Walk {
  prevHash: string;
  expectSeq: number;
  count: number;
  vouched: boolean;
}

/** A retention prune's entry names the anchor it left: the full walk must meet the one on file. */
function vouches(row: unknown[], vouch: ChainHead | null): boolean {
  if (row[4] !== 'audit_prune') return false;
  const d = JSON.parse(row[7] as string) as { anchor?: ChainHead };
  return d.anchor?.seq === vouch?.seq && d.anchor?.hash === vouch?.hash;
}

/**
 * A step as SQLite wrote it: one line an entry, its hash then the JSON array of its fields. True when every entry
 * follows the one before and hashes to its hash; false at the first doubt, with `w` left part way.
 */
function quickStep(text: string, lines: number, w: Walk, vouch: ChainHead | null): boolean {
  let seen = 0;
  for (let from = 0; ;) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const hash = text.slice(from, from + 64);
    const material = text.slice(from + 64, end);
    if (
      !material.startsWith(`[${w.expectSeq},`) ||
      !material.endsWith(`,"${w.prevHash}"]`) ||
      sha256Hex(material) !== hash
    ) {
      return false;
    }
    if (!w.vouched && material.includes('"audit_prune"')) {
      w.vouched = vouches(JSON.parse(material) as unknown[], vouch);
    }
    w.prevHash = hash;
    w.expectSeq++;
    w.count++;
    seen++;
    if (end === text.length) return seen === lines;
    from = end + 1;
  }
}

/** The same step field by field, each read into JavaScript; the report of the first break, or null. */
function exactStep(rows: unknown[][], w: Walk, vouch: ChainHead | null): ChainReport | null {
  for (const r of rows) {
    const seq = r[0] as number;
    const fail = (reason: string): ChainReport => ({
      ok: false,
      count: w.count,
      head: { seq: w.expectSeq - 1, hash: w.prevHash },
      problem: { seq, reason },
    });
    if (seq !== w.expectSeq)
      return fail(`第 ${w.expectSeq} 条审计记录缺失（记录序号跳到 ${seq}），可能被删除。`);
    if (r[8] !== w.prevHash) return fail(`第 ${seq} 条审计记录与前一条不衔接，记录可能被删除或调换了顺序。`);
    // The row less its last column (the hash) is the hashed material, as the entry was written.
    const hash = r.pop() as string;
    if (sha256Hex(JSON.stringify(r)) !== hash)
      return fail(`第 ${seq} 条审计记录的内容与其哈希不符，记录可能被修改。`);
    if (!w.vouched) w.vouched = vouches(r, vouch);
    w.prevHash = hash;
    w.expectSeq++;
    w.count++;
  }
  return null;
}

/**
 * Walk the chain from `from` (an entry already trusted: the anchor, the genesis or a verified checkpoint) to
 * its head, `WALK_CHUNK` entries per step; stop at the first break. `vouch`: the anchor whose prune entry
 * must appear on the way (the full walk), or null.
 */
export function* walkChain(
  db: Db,
  from: ChainHead,
  vouch: ChainHead | null,
): Generator<WalkStep, ChainReport> {
  const lines = db.$client
    .prepare(
      `SELECT group_concat(line, char(10)), count(*) FROM (
         SELECT hash || json_array(${FIELDS}) AS line FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${WALK_CHUNK})`,
    )
    .raw();
  const rows = db.$client
    .prepare(`SELECT ${FIELDS}, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${WALK_CHUNK}`)
    .raw();
  const w: Walk = { prevHash: from.hash, expectSeq: from.seq + 1, count: 0, vouched: vouch === null };
  for (;;) {
    const at = { ...w };
    const [text, n] = lines.get(at.expectSeq - 1) as [string | null, number];
    let stepped = n;
    if (text === null || !quickStep(text, n, w, vouch)) {
      Object.assign(w, at);
      const step = rows.all(at.expectSeq - 1) as unknown[][];
      const broken = exactStep(step, w, vouch);
      if (broken) return broken;
      stepped = step.length;
    }
    if (stepped < WALK_CHUNK) break;
    yield { done: w.count };
  }
  const head = { seq: w.expectSeq - 1, hash: w.prevHash };
  if (!w.vouched) {
    const seq = (vouch?.seq ?? 0) + 1;
    const reason = `审计记录从第 ${seq} 条开始，但没有按保留期限清理的记录，之前的记录可能被删除。`;
    return { ok: false, count: w.count, head, problem: { seq, reason } };
  }
  return { ok: true, count: w.count, head };
}
