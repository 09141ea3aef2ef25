// A register store reloads itself after a write to one of its domains while a view shows it: the rows in
// view are read again in place (same query, no jump to the top), blocks read long ago are dropped.
import { describe, expect, it } from 'vitest';
import type { Page, Result } from '../../../electron/ipc/contract';
import { publish } from '../../../renderer/stores/changes';
import {
  BLOCK,
  createRegisterStore,
  REFRESH_BLOCKS,
  type RegisterQuery,
} from '../../../renderer/stores/register.store';

interface Row {
  id: number;
  status: string;
}

/** A fake list channel over `rows`, recording the pages it was asked for. */
function fakeChannel(count: number) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({ id: i + 1, status: 'in_custody' }));
  const asked: number[] = [];
  const read = async (q: RegisterQuery): Promise<Result<Page<Row>>> => {
    asked.push(q.page);
    const from = (q.page - 1) * q.pageSize;
    return { ok: true, value: { rows: rows.slice(from, from + q.pageSize), total: rows.length } };
  };
  return { rows, asked, read };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('register store', () => {
  it('shows a 归还 made in the drawer in its row, without the page reloading by hand', async () => {
    const ch = fakeChannel(3);
    const store = createRegisterStore<Row>({ read: ch.read, domains: ['carriers'] });
    const unwatch = store.getState().watch();
    await store.getState().reload();
    ch.rows[1] = { id: 2, status: 'on_loan' };
    ch.rows.push({ id: 4, status: 'in_custody' });
    publish(['audit', 'carriers']);
    await settle();
    expect(store.getState().rows.map((r) => r.status)).toEqual([
      'in_custody',
      'on_loan',
      'in_custody',
      'in_custody',
    ]);
    expect(store.getState().total).toBe(4);
    unwatch();
  });

  it('is not read again for a write to another domain, nor while no view shows it', async () => {
    const ch = fakeChannel(3);
    const store = createRegisterStore<Row>({ read: ch.read, domains: ['carriers'] });
    const unwatch = store.getState().watch();
    await store.getState().reload();
    publish(['audit', 'travel']);
    unwatch();
    publish(['carriers']);
    await settle();
    expect(ch.asked).toEqual([1]);
  });

  it('reads again the blocks in view, keeps the query, and drops blocks read long ago', async () => {
    const ch = fakeChannel(20 * BLOCK);
    const store = createRegisterStore<Row>({ read: ch.read, domains: ['carriers'] });
    const unwatch = store.getState().watch();
    await store.getState().setQuery({ page: 1, pageSize: BLOCK, search: '保密' });
    const read = Array.from({ length: REFRESH_BLOCKS + 2 }, (_, i) => i + 1);
    for (const b of read) await store.getState().loadBlocks([b]);
    const query = store.getState().query;
    const last = REFRESH_BLOCKS + 2;
    ch.rows[last * BLOCK] = { id: -1, status: 'destroyed' };
    ch.asked.length = 0;
    publish(['carriers']);
    await settle();
    const s = store.getState();
    const newest = read.slice(-REFRESH_BLOCKS);
    expect(ch.asked.sort((a, b) => a - b)).toEqual(newest.map((b) => b + 1));
    expect(Object.keys(s.blocks).map(Number)).toEqual(newest);
    expect(s.blocks[last]?.[0]?.status).toBe('destroyed');
    expect(s.query).toBe(query);
    unwatch();
  });

  it('reads again a block that was on its way when the change came, instead of losing it', async () => {
    const ch = fakeChannel(5 * BLOCK);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const store = createRegisterStore<Row>({
      read: async (q) => {
        if (q.page === 4 && ch.asked.filter((p) => p === 4).length === 0) {
          ch.asked.push(4);
          await gate;
        }
        return ch.read(q);
      },
      domains: ['carriers'],
    });
    const unwatch = store.getState().watch();
    await store.getState().setQuery({ pageSize: BLOCK });
    const slow = store.getState().loadBlocks([3]);
    publish(['carriers']);
    release();
    await slow;
    await settle();
    expect(store.getState().blocks[3]?.length).toBe(BLOCK);
    unwatch();
  });
});

describe('register store, opened anew', () => {
  it('keeps the rows of the same question on screen without the spinner while it reads them again', async () => {
    const ch = fakeChannel(250);
    const store = createRegisterStore<Row>({
      read: ch.read,
      domains: ['carriers'],
      query: { pageSize: BLOCK },
    });
    await store.getState().reload();
    const spinner: boolean[] = [];
    const off = store.subscribe((s) => spinner.push(s.loading));
    const again = store.getState().reload();
    expect(store.getState().blocks[0]).toHaveLength(BLOCK);
    await again;
    expect(spinner).not.toContain(true);
    // Another question shows the spinner: the rows on screen answer the old one.
    const other = store.getState().setQuery({ search: '保密' });
    expect(store.getState().loading).toBe(true);
    await other;
    off();
  });

  it('shows the blocks of a window across two of them together: the table draws it once, not once a block', async () => {
    const ch = fakeChannel(10 * BLOCK);
    const store = createRegisterStore<Row>({
      read: ch.read,
      domains: ['carriers'],
      query: { pageSize: BLOCK },
    });
    await store.getState().reload();
    const seen: number[][] = [];
    const unsubscribe = store.subscribe((s) => seen.push(Object.keys(s.blocks).map(Number)));
    await store.getState().loadBlocks([6, 7, 7]);
    unsubscribe();
    expect(ch.asked).toEqual([1, 7, 8]);
    expect(seen).toEqual([[0, 6, 7]]);
    // Asked again, loaded blocks are not read again.
    await store.getState().loadBlocks([6, 7]);
    expect(ch.asked).toEqual([1, 7, 8]);
  });
});
