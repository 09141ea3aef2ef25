// The outcome of the last backup and restore made in this session, kept while the administrator moves
// between pages.
import { create } from 'zustand';
import type { BackupView, RestoreView } from '../../electron/ipc/contract';

interface BackupState {
  lastBackup: BackupView | null;
  restored: RestoreView | null;
  /** A restore is under way: the session ended as it started, which is not an idle lock. */
  restoring: boolean;
  setBackup(v: BackupView): void;
  setRestored(v: RestoreView | null): void;
  setRestoring(restoring: boolean): void;
}

export const useBackup = create<BackupState>()((set) => ({
  lastBackup: null,
  restored: null,
  restoring: false,
  setBackup: (lastBackup) => set({ lastBackup }),
  setRestored: (restored) => set({ restored }),
  setRestoring: (restoring) => set({ restoring }),
}));
