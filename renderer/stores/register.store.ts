// One store per register (STYLE.md 7), all made by this factory: the query the clerk set up (page, sort,
// filters, search) survives leaving the page and coming back; rows are a cache of what the core returned.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Page, Result } from '../../electron/ipc/contract';

export interface RegisterQuery {
  page: number;
  pageSize: number;
  sort: { field: string; order: 'asc' | 'desc' } | null;
  filters: Record<string, string | undefined>;
  search: string;
}

export interface RegisterState<T> {
  query: RegisterQuery;
  rows: T[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Merge a change into the query (any change but paging goes back to page 1) and reload. */
  setQuery(change: Partial<RegisterQuery>, fetcher: RegisterFetcher<T>): Promise<void>;
  reload(fetcher: RegisterFetcher<T>): Promise<void>;
}

export type RegisterFetcher<T> = (q: RegisterQuery) => Promise<Result<Page<T>>>;
export type RegisterStore<T> = UseBoundStore<StoreApi<RegisterState<T>>>;

export function createRegisterStore<T>(initial: Partial<RegisterQuery> = {}): RegisterStore<T> {
  let seq = 0;
  return create<RegisterState<T>>()((set, get) => ({
    query: { page: 1, pageSize: 50, sort: null, filters: {}, search: '', ...initial },
    rows: [],
    total: 0,
    loading: false,
    error: null,
    async setQuery(change, fetcher) {
      const paging = Object.keys(change).every((k) => k === 'page' || k === 'pageSize');
      set({ query: { ...get().query, ...change, ...(paging ? {} : { page: 1 }) } });
      await get().reload(fetcher);
    },
    async reload(fetcher) {
      // Only the newest request may fill the table (typing in the search box sends several).
      const mine = ++seq;
      set({ loading: true });
      const r = await fetcher(get().query);
      if (mine !== seq) return;
      set(
        r.ok
          ? { rows: r.value.rows, total: r.value.total, loading: false, error: null }
          : { loading: false, error: r.error.message },
      );
    },
  }));
}
