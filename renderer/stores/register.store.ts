// One store per register (STYLE.md 7), all made by this factory: the query the clerk set up (page, sort,
// filters, search) survives leaving the page and coming back; rows are a cache of what the core returned.
// The scrolling register table reads blocks of BLOCK rows as they scroll into view, so 100k rows never
// cross the channel at once.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Page, Result } from '../../electron/ipc/contract';

export interface RegisterQuery {
  page: number;
  pageSize: number;
  sort: { field: string; order: 'asc' | 'desc' } | null;
  filters: Record<string, string | undefined>;
  search: string;
}

/** Rows per block of the scrolling table: a page of the channel with `pageSize: BLOCK`. */
export const BLOCK = 100;

export interface RegisterState<T> {
  query: RegisterQuery;
  rows: T[];
  /** Rows of the current query by block number (block i = page i + 1 of BLOCK rows); reset by each reload. */
  blocks: Record<number, T[]>;
  total: number;
  loading: boolean;
  error: string | null;
  /** Merge a change into the query (any change but paging goes back to page 1) and reload. */
  setQuery(change: Partial<RegisterQuery>, fetcher: RegisterFetcher<T>): Promise<void>;
  reload(fetcher: RegisterFetcher<T>): Promise<void>;
  /** Read block `i` of the current query unless it is loaded or on its way. */
  loadBlock(i: number, fetcher: RegisterFetcher<T>): Promise<void>;
}

export type RegisterFetcher<T> = (q: RegisterQuery) => Promise<Result<Page<T>>>;
export type RegisterStore<T> = UseBoundStore<StoreApi<RegisterState<T>>>;

export function createRegisterStore<T>(initial: Partial<RegisterQuery> = {}): RegisterStore<T> {
  let seq = 0;
  // Blocks asked for under the current reload (`seq`), so a block is fetched once however often it is wanted.
  let asked = new Set<number>();
  return create<RegisterState<T>>()((set, get) => ({
    query: { page: 1, pageSize: 50, sort: null, filters: {}, search: '', ...initial },
    rows: [],
    blocks: {},
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
      asked = new Set();
      set({ loading: true });
      const q = get().query;
      const r = await fetcher(q);
      if (mine !== seq) return;
      set(
        r.ok
          ? {
              rows: r.value.rows,
              blocks: q.pageSize === BLOCK ? { [q.page - 1]: r.value.rows } : {},
              total: r.value.total,
              loading: false,
              error: null,
            }
          : { loading: false, error: r.error.message },
      );
    },
    async loadBlock(i, fetcher) {
      if (get().blocks[i] || asked.has(i)) return;
      asked.add(i);
      const mine = seq;
      const r = await fetcher({ ...get().query, page: i + 1, pageSize: BLOCK });
      // A reload since (new filters, sort or search) makes this block belong to another query.
      if (mine !== seq) return;
      if (!r.ok) {
        asked.delete(i);
        set({ error: r.error.message });
        return;
      }
      set({ blocks: { ...get().blocks, [i]: r.value.rows }, total: r.value.total });
    },
  }));
}
