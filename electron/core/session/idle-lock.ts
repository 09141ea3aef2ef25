import type { AppCore } from '../app-core';
import { lock } from './session.service';

/** DOMAIN.md: authenticate again after 10 idle minutes. A floor the unit may tighten. */
export const DEFAULT_IDLE_LIMIT_MS = 10 * 60_000;

/**
 * Locks the session when the user has been idle too long. Where the idle time comes from is the caller's
 * business: Electron's powerMonitor (keyboard and mouse, system-wide) in the app; the time since the last
 * API call in the Chromium fallback and in tests.
 */
export class IdleLock {
  constructor(
    private readonly core: AppCore,
    private readonly idleMs: () => number,
    private readonly limitMs: () => number = () => DEFAULT_IDLE_LIMIT_MS,
  ) {}

  /** Call periodically (every few seconds). Returns true when it locked. */
  tick(): boolean {
    if (!this.core.isUnlocked() || this.idleMs() < this.limitMs()) return false;
    lock(this.core, 'idle_lock');
    return true;
  }
}
