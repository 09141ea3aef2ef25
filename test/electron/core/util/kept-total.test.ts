// keptTotal (util/count-cache.ts): a register's total kept while nothing is written, keyed by the count's own SQL
// and values — two questions never share an answer, any write recounts, a transaction counts what it sees.
import { count, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departments } from '../../../../db/schema';
import { keptTotal } from '../../../../electron/core/util/count-cache';
import { setUpCore } from '../../../helpers/temp';

describe('keptTotal', () => {
  it('keeps each question apart, recounts after a write, and counts inside a transaction what it sees', async () => {
    const { core } = await setUpCore();
    const { db } = core.session();
    const add = (name: string) => db.insert(departments).values({ name, createdAt: core.now() }).run();
    const named = (prefix: string) =>
      keptTotal(
        db,
        db
          .select({ n: count() })
          .from(departments)
          .where(like(departments.name, `${prefix}%`)),
      );
    add('保密办');
    add('保卫处');
    add('办公室');
    expect([named('保'), named('办'), named('保'), named('办')]).toEqual([2, 1, 2, 1]);
    add('保密委员会');
    expect(named('保')).toBe(3);
    expect(() =>
      db.transaction((tx) => {
        tx.delete(departments).where(eq(departments.name, '保卫处')).run();
        expect(
          keptTotal(tx, tx.select({ n: count() }).from(departments).where(like(departments.name, '保%'))),
        ).toBe(2);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(named('保')).toBe(3);
  });
});
