import type { AppCore } from '../app-core';
import { idleLimitMs } from '../settings';
import { lock } from './session.service';

/**
 * Locks the session when the user has been idle too long. Where the idle time comes from is the caller's
 * business: Electron's powerMonitor (keyboard and mouse, system-wide) in the app; the time since the last
 * API call in the Chromium fallback and in tests.
 */
export class IdleLock {
  constructor(
    private readonly core: AppCore,
    private readonly idleMs: () => number,
    private readonly limitMs: () => number = () => idleLimitMs(core),
  ) {}

  /** Call periodically (every few seconds). Returns true when it locked. */
  tick(): boolean {
    if (!this.core.isUnlocked() || this.idleMs() < this.limitMs()) return false;
    lock(this.core, 'idle_lock');
    return true;
  }
}
