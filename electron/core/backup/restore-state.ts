// What a restore must not roll back, and the trace it leaves (issue 22, point 3). A backup is an old file: its
// keyring holds the lockouts, pending failures and password slots of its day, its database the password history
// of its day. Restoring it must not lift a lockout, forget failed attempts, bring back a password that was
// changed since, or happen without a record in the database that is then in use.
import { existsSync } from 'node:fs';
import type { Db } from '../../../db/open';
import { closeDatabase, openDatabase } from '../../../db/open';
import { appendAudit, auditHead, type ChainHead } from '../audit/audit';
import type { Keyring } from '../vault/keyring';

/** What the database being replaced can tell, when the backup's data key opens it (the same installation). */
export interface CurrentState {
  head: ChainHead | null;
  passwordHistory: { accountId: number; mac: string; createdAt: string }[];
}

export function readCurrentState(dbPath: string, key: Uint8Array): CurrentState {
  if (!existsSync(dbPath)) return { head: null, passwordHistory: [] };
  let db: Db;
  try {
    db = openDatabase(dbPath, key);
  } catch {
    // Another installation's database (another data key), or damaged: nothing of it can be read.
    return { head: null, passwordHistory: [] };
  }
  try {
    const passwordHistory = db.$client
      .prepare(
        'SELECT account_id AS accountId, mac, created_at AS createdAt FROM password_history ORDER BY id',
      )
      .all() as CurrentState['passwordHistory'];
    return { head: auditHead(db), passwordHistory };
  } finally {
    closeDatabase(db);
  }
}

/**
 * The keyring put in place with the restored database. The same installation (same keyring id, so the same
 * data key): the current keyring stays whole, with today's passwords, lockouts and pending events. Another
 * installation of the unit: the backup's slots (only they open its data key), with each account's lockout and
 * failure count taken from the current keyring where that is stricter, and the current pending events kept.
 */
export function mergeSecurityState(current: Keyring | null, restored: Keyring): Keyring {
  if (!current) return restored;
  if (current.keyringId === restored.keyringId) return current;
  const slots = restored.slots.map((s) => {
    const now = current.slots.find((c) => c.kind === 'password' && c.username === s.username);
    if (s.kind !== 'password' || !now) return s;
    const failed = Math.max(s.failedAttempts ?? 0, now.failedAttempts ?? 0);
    const lockedAt = now.lockedAt ?? s.lockedAt;
    return { ...s, ...(failed ? { failedAttempts: failed } : {}), ...(lockedAt ? { lockedAt } : {}) };
  });
  const maxes = [current.maxFailures, restored.maxFailures].filter((m): m is number => m !== undefined);
  const pending = [...(restored.pendingEvents ?? []), ...(current.pendingEvents ?? [])].slice(-500);
  return {
    ...restored,
    slots,
    ...(maxes.length ? { maxFailures: Math.min(...maxes) } : {}),
    ...(pending.length ? { pendingEvents: pending } : {}),
    ...((current.unitCode ?? restored.unitCode) ? { unitCode: current.unitCode ?? restored.unitCode } : {}),
  };
}

export interface RestoreTrace {
  file: string;
  backupCreatedAt: string;
  backupHead: ChainHead;
  replacedHead: ChainHead | null;
  safetyCopy: string | null;
  by: string;
}

/**
 * Into the restored database, before it is put in place: the current password history (so an old password
 * stays refused) and the restore's own audit entry, which therefore survives a kill after the decision.
 */
export function recordRestore(db: Db, now: string, state: CurrentState, trace: RestoreTrace): void {
  db.transaction((tx) => {
    const has = db.$client.prepare('SELECT 1 FROM password_history WHERE account_id = ? AND mac = ?').pluck();
    const accountExists = db.$client.prepare('SELECT 1 FROM accounts WHERE id = ?').pluck();
    const insert = db.$client.prepare(
      'INSERT INTO password_history (account_id, mac, created_at) VALUES (?, ?, ?)',
    );
    let merged = 0;
    for (const r of state.passwordHistory) {
      if (!accountExists.get(r.accountId) || has.get(r.accountId, r.mac)) continue;
      insert.run(r.accountId, r.mac, r.createdAt);
      merged++;
    }
    appendAudit(tx, { accountId: null, actor: trace.by }, now, {
      action: 'restore',
      entity: 'database',
      detail: { ...trace, passwordHistoryMerged: merged },
    });
  });
}
