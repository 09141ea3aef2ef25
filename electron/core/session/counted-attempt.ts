import { AppException } from '../../../db/domain/errors';
import { readKeyring, writeKeyring, type Keyring, type PendingEvent } from '../vault/keyring';
import { recordFailure } from './lockout';

export type Attempt<T> =
  { ok: true; value: T; keyring: Keyring } | { ok: false; left: number | null; keyring: Keyring };

/**
 * One password check, counted before it runs. Call it holding the keyring lock (withKeyringLock): the keyring
 * is re-read under the lock, the attempt is written down as a failure (counter and pending audit event) before
 * the key derivation starts, so a process killed during the derivation still leaves the failure behind; if
 * the password proves right, the keyring as it was before the attempt is written back.
 * `check` rejects with FORBIDDEN for a wrong password; any other error also undoes the count.
 */
export async function countedAttempt<T>(
  keyringPath: string,
  username: string,
  now: string,
  action: 'login_failed' | 'password_change_failed' | 'restore_password_failed',
  check: (keyring: Keyring) => Promise<T>,
): Promise<Attempt<T>> {
  const before = readKeyring(keyringPath);
  const failed = recordFailure(before, username, now, action);
  writeKeyring(keyringPath, failed.keyring);
  try {
    const value = await check(before);
    writeKeyring(keyringPath, before);
    return { ok: true, value, keyring: before };
  } catch (e) {
    if (e instanceof AppException && e.code === 'FORBIDDEN') {
      return { ok: false, left: failed.left, keyring: failed.keyring };
    }
    writeKeyring(keyringPath, before);
    throw e;
  }
}

/** Take the pending events out of the keyring (holding its lock) to append them to the open audit chain. */
export function drainPendingEvents(keyringPath: string): PendingEvent[] {
  const { pendingEvents, ...rest } = readKeyring(keyringPath);
  if (pendingEvents?.length) writeKeyring(keyringPath, rest);
  return pendingEvents ?? [];
}
