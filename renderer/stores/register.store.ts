// One store per register (STYLE.md 7), all made by this factory: the query the clerk set up (page, sort,
// filters, search) survives leaving the page and coming back; rows are a cache of what the core returned.
// The scrolling register table reads blocks of BLOCK rows as they scroll into view, so 100k rows never
// cross the channel at once. While a register is shown, a write that changed one of its domains reloads it
// in place: the blocks read last are read again, so the rows in view update without a jump to the top.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Domain } from '../../db/domain/domains';
import type { Page, Result } from '../../electron/ipc/contract';
import { subscribe } from './changes';

export interface RegisterQuery {
  page: number;
  pageSize: number;
  sort: { field: string; order: 'asc' | 'desc' } | null;
  filters: Record<string, string | undefined>;
  search: string;
}

/** Rows per block of the scrolling table: a page of the channel with `pageSize: BLOCK`. */
export const BLOCK = 100;

/** The blocks that hold rows `first` to `last`. */
export function blocksOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let b = Math.floor(first / BLOCK); b * BLOCK <= last; b++) out.push(b);
  return out;
}

/**
 * How many blocks a change reads again: those read last, which hold the rows in view and the ones beside
 * them. Blocks read earlier are dropped and read again if they scroll back into view.
 */
export const REFRESH_BLOCKS = 6;

export interface RegisterState<T> {
  query: RegisterQuery;
  rows: T[];
  /** Rows of the current query by block number (block i = page i + 1 of BLOCK rows); reset by each reload. */
  blocks: Record<number, T[]>;
  total: number;
  loading: boolean;
  error: string | null;
  /** Merge a change into the query (any change but paging goes back to page 1) and reload. */
  setQuery(change: Partial<RegisterQuery>): Promise<void>;
  reload(): Promise<void>;
  /**
   * Read blocks `is` of the current query, but those loaded or on their way; the rows they bring are shown
   * together (a window across two blocks is drawn once, not once per block).
   */
  loadBlocks(is: readonly number[]): Promise<void>;
  /** Read again what is shown (the page, or the blocks read last), keeping the rows until the answer comes. */
  refresh(): Promise<void>;
  /** A view shows the register from now until the returned function is called (changes refresh it meanwhile). */
  watch(): () => void;
}

export type RegisterFetcher<T> = (q: RegisterQuery) => Promise<Result<Page<T>>>;
export type RegisterStore<T> = UseBoundStore<StoreApi<RegisterState<T>>>;

export interface RegisterOptions<T> {
  /** The register's list channel, called with the query. */
  read: RegisterFetcher<T>;
  /** The domains whose data its rows show (domains.ts): a write to one of them refreshes the register. */
  domains: readonly Domain[];
  query?: Partial<RegisterQuery>;
}

export function createRegisterStore<T>({ read, domains, query }: RegisterOptions<T>): RegisterStore<T> {
  let seq = 0;
  // Blocks asked for under the current reload (`seq`), so a block is fetched once however often it is wanted.
  let asked = new Set<number>();
  // Blocks in the order they were read, newest last: a refresh reads the newest again.
  let order: number[] = [];
  let watchers = 0;
  // The question the blocks answer (all of the query but its page): reading the same again (the register
  // opened anew) keeps its rows on screen without the spinner until the answer replaces them.
  let blocksFor = '';
  const questionOf = (q: RegisterQuery) => JSON.stringify([q.pageSize, q.sort, q.filters, q.search]);
  const noteRead = (i: number) => {
    order = [...order.filter((b) => b !== i), i];
  };
  const store = create<RegisterState<T>>()((set, get) => ({
    query: { page: 1, pageSize: 50, sort: null, filters: {}, search: '', ...query },
    rows: [],
    blocks: {},
    total: 0,
    loading: false,
    error: null,
    async setQuery(change) {
      const paging = Object.keys(change).every((k) => k === 'page' || k === 'pageSize');
      set({ query: { ...get().query, ...change, ...(paging ? {} : { page: 1 }) } });
      await get().reload();
    },
    async reload() {
      // Only the newest request may fill the table (typing in the search box sends several).
      const mine = ++seq;
      asked = new Set();
      order = [];
      const q = get().query;
      const shown = blocksFor === questionOf(q) && Boolean(get().blocks[q.page - 1]);
      if (!shown) set({ loading: true });
      const r = await read(q);
      if (mine !== seq) return;
      if (r.ok && q.pageSize === BLOCK) noteRead(q.page - 1);
      if (r.ok) blocksFor = questionOf(q);
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
    async loadBlocks(is) {
      const wanted = [...new Set(is)].filter((i) => !get().blocks[i] && !asked.has(i));
      if (!wanted.length) return;
      for (const i of wanted) asked.add(i);
      const mine = seq;
      const q = get().query;
      const answers = await Promise.all(wanted.map((i) => read({ ...q, page: i + 1, pageSize: BLOCK })));
      // A reload since (new filters, sort or search) makes these blocks belong to another query.
      if (mine !== seq) return;
      const blocks = { ...get().blocks };
      let total = get().total;
      let error: string | null = null;
      answers.forEach((r, k) => {
        const i = wanted[k] as number;
        if (!r.ok) {
          asked.delete(i);
          error = r.error.message;
          return;
        }
        noteRead(i);
        blocks[i] = r.value.rows;
        total = r.value.total;
      });
      set(error === null ? { blocks, total } : { blocks, total, error });
    },
    async refresh() {
      const q = get().query;
      if (q.pageSize !== BLOCK) {
        const mine = ++seq;
        const r = await read(q);
        if (mine !== seq) return;
        set(
          r.ok
            ? { rows: r.value.rows, total: r.value.total, loading: false, error: null }
            : { loading: false, error: r.error.message },
        );
        return;
      }
      // The blocks read last and those on their way (a reload discards these, so they are asked again here).
      const mine = ++seq;
      const loaded = get().blocks;
      const onTheirWay = [...asked].filter((i) => !loaded[i]);
      const wanted = [...new Set([...order.slice(-REFRESH_BLOCKS), ...onTheirWay])];
      if (!wanted.length) wanted.push(q.page - 1);
      asked = new Set(wanted);
      const answers = await Promise.all(
        wanted.map((i) => read({ ...q, page: i + 1, pageSize: BLOCK }).then((r) => [i, r] as const)),
      );
      if (mine !== seq) return;
      const blocks: Record<number, T[]> = {};
      let total = get().total;
      let error: string | null = null;
      order = [];
      for (const [i, r] of answers) {
        if (r.ok) {
          blocks[i] = r.value.rows;
          total = r.value.total;
          noteRead(i);
        } else {
          asked.delete(i);
          error = r.error.message;
        }
      }
      set({ blocks, rows: blocks[q.page - 1] ?? [], total, loading: false, error });
    },
    watch() {
      watchers++;
      return () => {
        watchers--;
      };
    },
  }));
  // A register no view shows is not read again: the next view to show it reloads it anyway.
  subscribe(domains, () => {
    if (watchers > 0) void store.getState().refresh();
  });
  return store;
}
