// Two-character search through the bigram table (issue 20, point 2) answers exactly what a LIKE scan would:
// over a seeded register, for every pair of characters the names hold, and after a carrier is renamed (the
// update trigger drops the old pairs and adds the new ones).
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCarriers } from '../../../../electron/core/carriers';
import { listCarriers } from '../../../../electron/core/carriers/register-query';
import { CarrierListInput } from '../../../../electron/ipc/schemas/carriers';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { openDesk, received, type Desk } from './helpers';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
  seedCarriers(desk.core.session().db, {
    count: 400,
    rng: seededRng(3),
    now: new Date('2026-06-15T08:00:00Z'),
  });
});

function byBigrams(search: string): { total: number; ids: number[] } {
  const r = listCarriers(
    desk.core.session().db,
    CarrierListInput.parse({ search, pageSize: 500 }),
    '2026-06-15',
    30,
  );
  return { total: r.total, ids: r.rows.map((x) => x.id).sort((a, b) => a - b) };
}

function byLike(term: string): number[] {
  const p = `%${term}%`;
  return desk.core
    .session()
    .db.$client.prepare('SELECT id FROM carriers WHERE name LIKE ? OR doc_no LIKE ? ORDER BY id')
    .pluck()
    .all(p, p) as number[];
}

describe('two-character search', () => {
  it('bigram_search_equals_like: every two-character term the names hold finds what LIKE finds', () => {
    const names = desk.core.session().db.$client.prepare('SELECT name, doc_no FROM carriers').all() as {
      name: string;
      doc_no: string | null;
    }[];
    const terms = new Set<string>();
    for (const n of names.slice(0, 200)) {
      for (const s of [n.name, n.doc_no ?? '']) {
        const chars = [...s];
        for (let i = 0; i + 1 < chars.length; i += 2) terms.add(`${chars[i]}${chars[i + 1]}`);
      }
    }
    terms.add('ab').add('AB').add('无此');
    expect(terms.size).toBeGreaterThan(100);
    for (const t of terms) {
      const expected = byLike(t);
      const got = byBigrams(t);
      expect(got.total, t).toBe(expected.length);
      expect(got.ids, t).toEqual(expected.slice(0, 500));
    }
  });

  it('bigram_follows_rename: a renamed carrier is found by its new words and no longer by its old ones', async () => {
    const c = await desk.call(
      'carriers:register',
      received({ name: '关于预算调整的请示', docNo: '财〔2026〕9号', registeredOn: '2026-06-01' }),
    );
    expect(byBigrams('调整').ids).toContain(c.id);
    await desk.call('carriers:edit', {
      carrierId: c.id,
      patch: { name: '关于编制变动的请示' },
      reason: '名称录入有误',
    });
    expect(byBigrams('调整').ids).not.toContain(c.id);
    expect(byBigrams('编制').ids).toContain(c.id);
    expect(byBigrams('财〔').ids).toContain(c.id);
  });
});
