import { create } from 'zustand';
import type { Reminder } from '../../electron/ipc/contract';
import { api } from '../api';

interface RemindersState {
  items: Reminder[];
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
}

export const useReminders = create<RemindersState>()((set) => ({
  items: [],
  loading: false,
  error: null,
  async load() {
    if (!api) return;
    set({ loading: true });
    const r = await api.reminders.list({});
    set(r.ok ? { items: r.value, loading: false, error: null } : { loading: false, error: r.error.message });
  },
}));
