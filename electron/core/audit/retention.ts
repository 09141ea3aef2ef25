// The audit log's retention setting (default: keep everything). When the unit sets a period (five years at
// least), entries older than it are removed at login by the system, in one transaction that records the
// prune in the chain and moves the chain's anchor to the last removed entry, so verification still walks an
// unbroken chain and a removal nobody recorded is still detected.
import { lt, lte } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { auditLog, settings } from '../../../db/schema';
import { AUDIT_ANCHOR_KEY, appendAudit } from './audit';

type Tx = Pick<Db, 'select' | 'insert' | 'delete'>;

/** The calendar cut-off: entries strictly before this instant are older than `years`. */
export function retentionCutoff(now: string, years: number): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString();
}

/** Remove what the retention period allows; returns how many entries went (0 when nothing is due). */
export function applyAuditRetention(tx: Tx, years: number | null, now: string): number {
  if (years === null) return 0;
  const cutoff = retentionCutoff(now, years);
  const last = tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(lt(auditLog.at, cutoff))
    .orderBy(auditLog.seq)
    .all()
    .at(-1);
  if (!last) return 0;
  const removed = tx
    .delete(auditLog)
    .where(lte(auditLog.seq, last.seq))
    .returning({ seq: auditLog.seq })
    .all().length;
  const anchor = { seq: last.seq, hash: last.hash };
  const value = JSON.stringify(anchor);
  tx.insert(settings)
    .values({ key: AUDIT_ANCHOR_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
  appendAudit(tx, { accountId: null, actor: 'system' }, now, {
    action: 'audit_prune',
    entity: 'audit',
    detail: { anchor, removed, before: cutoff, retentionYears: years },
  });
  return removed;
}
