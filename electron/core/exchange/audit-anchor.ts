// Anchoring the unit's audit chain at the supervisor (issue 22, point 2; FORMAT.md "Audit anchor"). Whoever can
// log in holds the data key and could rewrite an audit entry and recompute every later hash; the chain on this
// machine would still verify. But each package carries, signed, the chain's head and the hash the chain holds
// *now* at the seq of the head the previous package carried. The supervisor keeps every head it received: if an
// entry at or before that seq was rewritten, the hash there changed and the package is refused
// (AUDIT_NOT_EXTENDED). A rewrite after the last package is caught by the next one.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { exchangeIncoming, settings } from '../../../db/schema';
import { hashAt } from '../audit/head';
import type { Manifest } from './manifest';
import { refusal, type Refusal } from './refusals';

type Tx = Pick<Db, 'select' | 'insert'>;

const sentKey = (receiver: string) => `exchange.auditHeadSent.${receiver}`;

export interface AuditAnchor {
  /** The head the previous package to this receiver carried, with the hash the chain holds there now. */
  since: { seq: number; hash: string | null } | null;
}

/** Built into each package's manifest (signed with it). */
export function anchorFor(db: Tx, receiver: string): AuditAnchor {
  const row = db
    .select()
    .from(settings)
    .where(eq(settings.key, sentKey(receiver)))
    .get();
  if (!row) return { since: null };
  const sent = JSON.parse(row.value) as { seq: number };
  return { since: { seq: sent.seq, hash: hashAt(db, sent.seq) } };
}

/** In the export's transaction: the head this package carries is the next package's `since`. */
export function rememberSentHead(
  tx: Tx,
  receiver: string,
  head: { seq: number; hash: string },
  now: string,
): void {
  const value = JSON.stringify(head);
  tx.insert(settings)
    .values({ key: sentKey(receiver), value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
}

export const AUDIT_NOT_EXTENDED = (seq: number) =>
  `报送单位的审计记录与上次报送时不衔接：第 ${seq} 条审计记录的哈希与上次收到的不同（或缺少审计锚定），审计记录可能在报送单位被改写。数据包已拒收，请核查该单位的审计日志。`;

/** Supervisor side: does the package's chain extend the head this unit's previous package carried? */
export function checkAnchor(db: Db, m: Manifest & { auditAnchor?: AuditAnchor }): Refusal | null {
  const prev = db
    .select({ auditHead: exchangeIncoming.auditHead })
    .from(exchangeIncoming)
    .where(eq(exchangeIncoming.unitCode, m.sender.unitCode))
    .orderBy(desc(exchangeIncoming.seq))
    .limit(1)
    .get();
  if (!prev) return null;
  const head = JSON.parse(prev.auditHead) as { seq: number; hash: string };
  const since = m.auditAnchor?.since;
  if (!since || since.seq !== head.seq || since.hash !== head.hash || m.auditHead.seq < head.seq)
    return refusal('AUDIT_NOT_EXTENDED', AUDIT_NOT_EXTENDED(head.seq));
  return null;
}
