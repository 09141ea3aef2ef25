// The unit's settings (settings:get is open to every role; each half is changed by its own administrator).
import { create } from 'zustand';
import type { UnitSettings } from '../../electron/ipc/contract';
import { call } from '../api';

interface SettingsState {
  value: UnitSettings | null;
  error: string | null;
  load(): Promise<void>;
  set(value: UnitSettings): void;
}

export const useSettings = create<SettingsState>()((set) => ({
  value: null,
  error: null,
  async load() {
    const r = await call('settings:get', {});
    set(r.ok ? { value: r.value, error: null } : { error: r.error.message });
  },
  set(value) {
    set({ value });
  },
}));
