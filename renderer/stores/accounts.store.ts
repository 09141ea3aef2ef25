// The accounts the security administrator manages: a cache of accounts:list, read again after each write to
// accounts once it has been read.
import { create } from 'zustand';
import type { AccountView } from '../../electron/ipc/contract';
import { call } from '../api';
import { subscribe } from './changes';

interface AccountsState {
  rows: AccountView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
}

export const useAccounts = create<AccountsState>()((set) => ({
  rows: [],
  loaded: false,
  loading: false,
  error: null,
  async load() {
    set({ loading: true });
    const r = await call('accounts:list', {});
    set(
      r.ok
        ? { rows: r.value, loaded: true, loading: false, error: null }
        : { loading: false, error: r.error.message },
    );
  },
}));

subscribe(['accounts'], () => {
  if (useAccounts.getState().loaded) void useAccounts.getState().load();
});
