// A search's page read its own way (search-page.ts: terms of three characters and more from the trigram index
// in its registration order, a two-character term matching much of the register walked for) gives exactly the
// rows of the general plan, in every order and page, after names, 文号 and 登记日期 changed; and a page kept
// between two identical questions never outlives a change.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/open';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import {
  buildListQuery,
  listCarriers,
  pageIdsQuery,
} from '../../../../electron/core/carriers/register-query';
import { CarrierListInput } from '../../../../electron/ipc/schemas/carriers';
import { openDesk, received, type Desk } from './helpers';

const TODAY = '2026-06-15';
let desk: Desk;
let db: Db;

beforeAll(async () => {
  desk = await openDesk(TODAY);
  db = desk.core.session().db;
  let seed = 11;
  const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  seedCarriers(db, { count: 1200, rng, now: new Date(`${TODAY}T12:00:00`) });
  // Latin letters in both cases, in a third of the names (a dense term) and a few 文号 (a sparse one).
  db.$client.exec(`UPDATE carriers SET name = name || '（UsB盘）' WHERE id % 3 = 0`);
  db.$client.exec(`UPDATE carriers SET doc_no = 'ZB-' || id WHERE id % 97 = 0`);
  // 登记日期 moved after registration (the index's key follows it), some to the same day as others.
  db.$client.exec(`UPDATE carriers SET registered_on = '2019-01-0' || (id % 9 + 1) WHERE id % 50 = 0`);
  db.$client.exec(`UPDATE carriers SET registered_on = '2026-06-14' WHERE id % 70 = 0`);
});

const input = (over: Record<string, unknown>) => CarrierListInput.parse({ pageSize: 50, ...over });

/** The page as the general plan reads it (the whole match list, walked in the index's order). */
const general = (over: Record<string, unknown>) =>
  pageIdsQuery(db, buildListQuery(db, input(over), TODAY, 30))
    .all()
    .map((r) => r.id);

describe('one-term search pages', () => {
  it('search_dense_walk_same_rows: every term, order and page as the general plan gives it', () => {
    const terms = [
      ...['关于', '保密', '通知', 'us', 'US', 'sB', 'zb', '王丽'],
      ...['202', '2026', 'usb', 'USB', 'uSb盘', 'zb-', '档〔2023〕', '加强保密', '保密 检查'],
    ];
    let walked = 0;
    for (const search of terms) {
      const total = listCarriers(db, input({ search }), TODAY, 30).total;
      if ([...search].length === 2 && total * 8 >= 1200) walked++;
      for (const order of ['desc', 'asc'] as const) {
        for (const page of [1, 2, 5]) {
          const over = { search, page, sort: { field: 'registeredOn', order } };
          const ids = listCarriers(db, input(over), TODAY, 30).rows.map((r) => r.id);
          expect(ids, `${search} ${order} ${page}`).toEqual(general(over));
        }
      }
    }
    // The dense two-character terms really took the walk (a third of the names hold USB; most hold 关于).
    expect(walked).toBeGreaterThanOrEqual(4);
  });

  it('page_ids_never_stale: the same question after a registration shows the new carrier', async () => {
    const ask = () => listCarriers(db, input({ search: '关于' }), TODAY, 30);
    const before = ask();
    expect(ask().rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    await desk.call('carriers:register', received({ name: '关于新近登记的测试文件' }));
    const after = ask();
    expect(after.total).toBe(before.total + 1);
    expect(after.rows.map((r) => r.name)).toContain('关于新近登记的测试文件');
    expect(after.rows.map((r) => r.id)).toEqual(general({ search: '关于' }));
  });
});
