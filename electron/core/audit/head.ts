// The audit chain's head as something to carry outside the machine (issue 22, point 2): its seq, hash and count,
// and the hash the chain holds at an earlier seq, which is what lets a copy of an earlier head be compared.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog } from '../../../db/schema';
import { auditAnchor, auditHead, GENESIS_HASH, type ChainHead } from './audit';

type Reader = Pick<Db, 'select'>;

/** The hash the chain holds at `seq` (0 = genesis; the retention anchor's seq its hash); null when pruned away. */
export function hashAt(db: Reader, seq: number): string | null {
  if (seq === 0) return GENESIS_HASH;
  const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, seq)).get();
  if (row) return row.hash;
  const anchor = auditAnchor(db);
  return anchor?.seq === seq ? anchor.hash : null;
}

/** Does the chain as it is now extend `earlier` (the entry at its seq still has its hash)? */
export function extendsHead(db: Reader, earlier: ChainHead): 'extends' | 'rewritten' | 'pruned' | 'shorter' {
  const head = auditHead(db as Db);
  if (earlier.seq > head.seq) return 'shorter';
  const h = hashAt(db, earlier.seq);
  if (h === null) return 'pruned';
  return h === earlier.hash ? 'extends' : 'rewritten';
}

export interface AuditHeadView {
  seq: number;
  hash: string;
  /** Entries in the retained chain (the head's seq less any pruned by retention). */
  count: number;
}

export function auditHeadView(db: Db): AuditHeadView {
  const head = auditHead(db);
  return { ...head, count: head.seq - (auditAnchor(db)?.seq ?? 0) };
}
