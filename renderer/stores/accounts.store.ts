// The accounts the security administrator manages: a cache of accounts:list, reloaded after each change.
import { create } from 'zustand';
import type { AccountView } from '../../electron/ipc/contract';
import { call } from '../api';

interface AccountsState {
  rows: AccountView[];
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
}

export const useAccounts = create<AccountsState>()((set) => ({
  rows: [],
  loading: false,
  error: null,
  async load() {
    set({ loading: true });
    const r = await call('accounts:list', {});
    set(r.ok ? { rows: r.value, loading: false, error: null } : { loading: false, error: r.error.message });
  },
}));
