// The unit's departments: a small cache every personnel form and picker shares, read again after a write
// to departments or persons (each department shows how many people it has) once it has been read.
import { create } from 'zustand';
import type { DepartmentView } from '../../electron/ipc/contract';
import { call } from '../api';
import { subscribe } from './changes';

interface DepartmentsState {
  items: DepartmentView[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
}

export const useDepartments = create<DepartmentsState>()((set) => ({
  items: [],
  loaded: false,
  error: null,
  async load() {
    const r = await call('departments:list', {});
    set(r.ok ? { items: r.value, loaded: true, error: null } : { error: r.error.message });
  },
}));

subscribe(['departments', 'persons'], () => {
  if (useDepartments.getState().loaded) void useDepartments.getState().load();
});
