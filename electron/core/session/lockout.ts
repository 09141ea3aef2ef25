import { DEFAULT_MAX_FAILURES, type Keyring, type PendingEvent } from '../vault/keyring';

/**
 * Lockout after repeated wrong passwords (DOMAIN.md: lock after 5 failed attempts). The counters live in the
 * keyring file because the database is still locked when a password is wrong; they survive restarts.
 * The slot's wrapped key is authenticated, these counters are not: someone who can edit the file can reset
 * them, but such a person can attack the file offline anyway, where only the Argon2id cost protects it.
 */
export function slotFor(keyring: Keyring, username: string) {
  return keyring.slots.find((s) => s.kind === 'password' && s.username === username);
}

export function isLockedOut(keyring: Keyring, username: string): boolean {
  return slotFor(keyring, username)?.lockedAt !== undefined;
}

function withEvents(keyring: Keyring, events: PendingEvent[]): Keyring {
  // Bounded, so a flood of wrong guesses cannot grow the file without limit; the newest are kept.
  return { ...keyring, pendingEvents: [...(keyring.pendingEvents ?? []), ...events].slice(-500) };
}

/** Count one wrong password; returns the new keyring and how many attempts are left (0 = now locked). */
export function recordFailure(
  keyring: Keyring,
  username: string,
  now: string,
  action: 'login_failed' | 'password_change_failed' | 'restore_password_failed' = 'login_failed',
): { keyring: Keyring; left: number | null } {
  const slot = slotFor(keyring, username);
  const max = keyring.maxFailures ?? DEFAULT_MAX_FAILURES;
  if (!slot) return { keyring: withEvents(keyring, [{ at: now, username, action }]), left: null };
  const failed = (slot.failedAttempts ?? 0) + 1;
  const locked = failed >= max;
  const next = { ...slot, failedAttempts: failed, ...(locked ? { lockedAt: now } : {}) };
  const events: PendingEvent[] = [{ at: now, username, action }];
  if (locked) events.push({ at: now, username, action: 'account_locked' });
  return {
    keyring: withEvents({ ...keyring, slots: keyring.slots.map((s) => (s === slot ? next : s)) }, events),
    left: Math.max(0, max - failed),
  };
}

export function recordRefusedLocked(keyring: Keyring, username: string, now: string): Keyring {
  return withEvents(keyring, [{ at: now, username, action: 'login_refused_locked' }]);
}

/** After a successful login: reset the counter and hand over the pending events for the audit chain. */
export function recordSuccess(
  keyring: Keyring,
  username: string,
): { keyring: Keyring; events: PendingEvent[] } {
  const events = keyring.pendingEvents ?? [];
  const slots = keyring.slots.map((s) => {
    if (s.kind !== 'password' || s.username !== username || !s.failedAttempts) return s;
    const { failedAttempts: _f, ...rest } = s;
    return rest;
  });
  const { pendingEvents: _p, ...rest } = keyring;
  return { keyring: { ...rest, slots }, events };
}

/** The security administrator lifts a lockout. */
export function liftLockout(keyring: Keyring, accountId: number): Keyring {
  return {
    ...keyring,
    slots: keyring.slots.map((s) => {
      if (s.accountId !== accountId) return s;
      const { failedAttempts: _f, lockedAt: _l, ...rest } = s;
      return rest;
    }),
  };
}
