// The personnel registers' stores (STYLE.md 7): the query of each register survives leaving the page, and
// the departments list is a small cache every personnel form shares.
import { create } from 'zustand';
import type {
  AllowanceStatementView,
  DepartmentView,
  PersonRow,
  TravelView,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const usePersons = createRegisterStore<PersonRow>({ sort: { field: 'name', order: 'asc' } });
export const useTravel = createRegisterStore<TravelView>();
export const useAllowance = createRegisterStore<AllowanceStatementView>();

interface DepartmentsState {
  items: DepartmentView[];
  error: string | null;
  load(): Promise<void>;
}

export const useDepartments = create<DepartmentsState>()((set) => ({
  items: [],
  error: null,
  async load() {
    const r = await call('departments:list', {});
    set(r.ok ? { items: r.value, error: null } : { error: r.error.message });
  },
}));
