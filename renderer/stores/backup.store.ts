// The outcome of the last backup and restore made in this session, kept while the administrator moves
// between pages.
import { create } from 'zustand';
import type { BackupView, RestoreView } from '../../electron/ipc/contract';

interface BackupState {
  lastBackup: BackupView | null;
  restored: RestoreView | null;
  setBackup(v: BackupView): void;
  setRestored(v: RestoreView | null): void;
}

export const useBackup = create<BackupState>()((set) => ({
  lastBackup: null,
  restored: null,
  setBackup: (lastBackup) => set({ lastBackup }),
  setRestored: (restored) => set({ restored }),
}));
