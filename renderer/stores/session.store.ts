// Who is logged in and what the shell shows: setup, unlock, forced password change, or the main layout.
// The core is the truth; this store only caches session:state and the role's actions.
import { create } from 'zustand';
import type { Action, AppState, LockedBy, SessionAccount, UnitInfo } from '../../electron/ipc/contract';
import { api, onLocked } from '../api';

export type Phase = 'loading' | 'offline' | 'setup' | 'incomplete' | 'locked' | 'unlocked';

interface SessionState {
  phase: Phase;
  account: SessionAccount | null;
  unit: UnitInfo | null;
  actions: Action[];
  /** An interrupted first run, when that is what the core found (the clean-start screen shows it). */
  leftover: Extract<AppState, { phase: 'incomplete' }> | null;
  /**
   * Who locked the app, as the session:state that found it locked said (null: no one in this run, as at a cold
   * start), so the unlock screen shows it at once rather than asking again; undefined where the store has no
   * such answer (a lock in this run: the screen asks).
   */
  lockedBy: LockedBy | null | undefined;
  /** Why the unlock screen is showing, when it was not the user's own choice (idle lock, lost session). */
  notice: string | null;
  /** A fatal problem loading the state, shown instead of the screens. */
  error: string | null;
  refresh(): Promise<void>;
  lock(): Promise<void>;
  lockedByCore(message: string): void;
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  account: null,
  unit: null,
  actions: [],
  leftover: null,
  lockedBy: undefined,
  notice: null,
  error: null,

  async refresh() {
    if (!api) {
      set({ phase: 'offline' });
      return;
    }
    const r = await api.session.state({});
    if (!r.ok) {
      set({ error: r.error.message });
      return;
    }
    const s = r.value;
    if (s.phase !== 'unlocked') {
      set({
        phase: s.phase,
        account: null,
        unit: null,
        actions: [],
        leftover: s.phase === 'incomplete' ? s : null,
        lockedBy: s.phase === 'locked' ? (s.lockedBy ?? null) : undefined,
      });
      return;
    }
    const acts = await api.session.actions({});
    set({
      phase: 'unlocked',
      account: s.account,
      unit: s.unit,
      actions: acts.ok ? acts.value : [],
      lockedBy: undefined,
      notice: null,
      error: null,
    });
  },

  async lock() {
    await api?.session.lock({});
    set({ phase: 'locked', account: null, actions: [], lockedBy: undefined, notice: null });
  },

  lockedByCore(message) {
    if (get().phase === 'unlocked')
      set({ phase: 'locked', account: null, actions: [], lockedBy: undefined, notice: message });
  },
}));

onLocked((e) => useSession.getState().lockedByCore(e.message));

export function useCan(action: Action): boolean {
  return useSession((s) => s.actions.includes(action));
}
