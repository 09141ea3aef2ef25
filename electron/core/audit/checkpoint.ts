// The chain checked at every unlock, in milliseconds however long it is: the last entry found sound is kept
// as a checkpoint, and each unlock walks only what was added since. A break found there enters the chain
// itself (`audit_chain_broken`, by the system), for the auditor, and the checkpoint stays where the chain was
// last sound. The full walk (the auditor's 校验, backups, the audit export) still covers everything.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog, settings } from '../../../db/schema';
import { auditAnchor, GENESIS_HASH } from './audit';
import { walkChain, type ChainHead, type ChainReport } from './walk';

export const AUDIT_CHECKPOINT_KEY = 'audit.verified';

type Tx = Pick<Db, 'select' | 'insert'>;

function checkpoint(db: Pick<Db, 'select'>): ChainHead | null {
  const row = db.select().from(settings).where(eq(settings.key, AUDIT_CHECKPOINT_KEY)).get();
  return row ? (JSON.parse(row.value) as ChainHead) : null;
}

/**
 * Walk from the checkpoint to the head. Without a checkpoint yet (a new database, or one from before
 * checkpoints) the walk starts at the anchor, once. A checkpoint whose entry no longer carries its hash is
 * itself a break: that entry was changed or removed.
 */
export function verifySinceCheckpoint(db: Db): ChainReport {
  const cp = checkpoint(db);
  const anchor = auditAnchor(db);
  // A prune may have removed the checkpoint's entry: the anchor is then the later trusted point.
  const from = cp && (!anchor || cp.seq > anchor.seq) ? cp : null;
  if (from) {
    const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, from.seq)).get();
    if (row?.hash !== from.hash) {
      return {
        ok: false,
        count: 0,
        head: from,
        problem: { seq: from.seq, reason: `第 ${from.seq} 条审计记录在上次校验后被修改或删除。` },
      };
    }
  }
  const walk = from
    ? walkChain(db, from, null)
    : walkChain(db, anchor ?? { seq: 0, hash: GENESIS_HASH }, anchor);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Record what the unlock found, inside the unlock's transaction: a new checkpoint, or the break. */
export function recordUnlockCheck(tx: Tx, report: ChainReport, now: string, append: () => void): void {
  if (!report.ok) {
    append();
    return;
  }
  const value = JSON.stringify(report.head);
  tx.insert(settings)
    .values({ key: AUDIT_CHECKPOINT_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
}
