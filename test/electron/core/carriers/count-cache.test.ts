// The register's total is kept between pages (issue 20 point 3) and never outlives a change: a registration
// through the core, a write the core did not make, a new day.
import { describe, expect, it } from 'vitest';
import { listCarriers } from '../../../../electron/core/carriers/register-query';
import { CarrierListInput } from '../../../../electron/ipc/schemas/carriers';
import { openDesk, received } from './helpers';

describe('the register count', () => {
  it('count_cache_never_stale: pages share one count; a write, a raw change or another day count again', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    for (let i = 0; i < 3; i++)
      await desk.call('carriers:register', received({ docNo: `省保办〔2026〕${20 + i}号` }));
    const list = (over: object, today = '2026-06-15') =>
      listCarriers(
        db,
        CarrierListInput.parse({ filters: { level: 'secret' }, pageSize: 2, ...over }),
        today,
        30,
      );
    let counted = 0;
    // Counted by watching the runs of the count statements the register prepares through drizzle's session (a
    // statement is prepared once per shape and run again, util/statements.ts: its runs are what is counted).
    const session = (db as unknown as { session: { client: typeof db.$client } }).session.client;
    const ask = session.prepare.bind(session);
    session.prepare = ((sql: string) => {
      const st = ask(sql);
      if (/^select count\(/i.test(sql)) {
        const get = st.get.bind(st);
        st.get = ((...params: unknown[]) => {
          counted++;
          return get(...params);
        }) as typeof st.get;
      }
      return st;
    }) as typeof session.prepare;
    const prepare = db.$client.prepare.bind(db.$client);
    try {
      expect(list({ page: 1 }).total).toBe(3);
      expect(list({ page: 2, sort: { field: 'name', order: 'desc' } }).total).toBe(3);
      expect(counted).toBe(1);
      await desk.call('carriers:register', received({ docNo: '省保办〔2026〕30号' }));
      expect(list({ page: 1 }).total).toBe(4);
      expect(counted).toBe(2);
      // A change the core did not make (another tool, a restore) is seen too.
      prepare("UPDATE carriers SET level = 'confidential' WHERE id = 1").run();
      expect(list({ page: 1 }).total).toBe(3);
      expect(counted).toBe(3);
      // Another question, another count; the same question another day, counted again.
      expect(list({ page: 1, filters: { level: 'confidential' } }).total).toBe(1);
      expect(list({ page: 1 }, '2026-06-16').total).toBe(3);
      expect(counted).toBe(5);
    } finally {
      session.prepare = ask;
    }
  });
});
