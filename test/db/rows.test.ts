// Result rows mapped once per query (db/rows.ts, and util/statements.ts for the statements prepared once per
// connection) are drizzle's own rows: every query the registers' pages ask, read both ways, gives equal objects;
// a joined table with nothing to join is null; decoders (boolean, buffer, mapWith) apply as drizzle applies them.
import { eq, sql } from 'drizzle-orm';
import { PreparedQuery } from 'drizzle-orm/better-sqlite3/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { DRIZZLE_READERS, fasterRowsInUse, useFasterRows } from '../../db/rows';
import { preparedReads } from '../../electron/core/util/statements';
import { counterparts, departments, inspections, persons, supervisionUnits } from '../../db/schema';
import { registerCounts, type BenchClock } from '../../scripts/cli/commands/bench-raw';
import { REGISTERS } from '../../scripts/cli/commands/bench-registers';
import { smallBenchUnit } from '../helpers/bench-unit';

type Reader = (this: unknown, p?: Record<string, unknown>) => unknown;
const proto = PreparedQuery.prototype as unknown as { all: Reader; get: Reader };

let db: Db;
let clock: BenchClock;

beforeAll(async () => {
  ({ db, clock } = await smallBenchUnit());
}, 60_000);

/**
 * Run `fn` with every drizzle read done both ways and compared, those of the statements prepared once per
 * connection (util/statements.ts) too; how many reads were compared.
 */
function bothWays(fn: () => void): number {
  const ours = { all: proto.all, get: proto.get };
  const prepared = { ...preparedReads };
  let compared = 0;
  const check = (kind: 'all' | 'get'): Reader =>
    function (this: unknown, p) {
      const mine = ours[kind].call(this, p);
      expect(mine).toEqual(DRIZZLE_READERS[kind].call(this, p));
      compared++;
      return mine;
    };
  const checkPrepared =
    (kind: 'all' | 'get'): (typeof preparedReads)['all'] =>
    (q, p, read) => {
      const mine = read();
      expect(mine).toEqual(DRIZZLE_READERS[kind].call(q, p));
      compared++;
      return mine;
    };
  proto.all = check('all');
  proto.get = check('get');
  preparedReads.all = checkPrepared('all');
  preparedReads.get = checkPrepared('get');
  try {
    fn();
  } finally {
    useFasterRows();
    Object.assign(preparedReads, prepared);
  }
  return compared;
}

afterAll(() => useFasterRows());

describe('rows mapped once per query', () => {
  it('are in force for every database opened', () => {
    expect(fasterRowsInUse()).toBe(true);
  });

  it("every register page's queries give drizzle's own rows", () => {
    const n = bothWays(() => {
      for (const r of REGISTERS) registerCounts(db, r, clock);
    });
    expect(n).toBeGreaterThan(100);
  });

  it('a left-joined table with no row is null, with one is its object', () => {
    const [dept] = db.select({ id: departments.id }).from(departments).limit(1).all();
    db.update(inspections).set({ departmentId: null }).where(eq(inspections.id, 1)).run();
    db.update(inspections)
      .set({ departmentId: dept?.id ?? null })
      .where(eq(inspections.id, 2))
      .run();
    const n = bothWays(() => {
      const rows = db
        .select({ c: { id: inspections.id }, d: departments, p: { name: persons.name } })
        .from(inspections)
        .leftJoin(departments, eq(departments.id, inspections.departmentId))
        .leftJoin(persons, eq(persons.id, inspections.personId))
        .where(sql`${inspections.id} IN (1, 2)`)
        .orderBy(inspections.id)
        .all();
      expect(rows[0]?.d).toBeNull();
      expect(rows[1]?.d?.id).toBe(dept?.id);
    });
    expect(n).toBe(1);
  });

  it('column decoders and mapWith apply: boolean, buffer, number', () => {
    db.insert(counterparts)
      .values({
        unitCode: 'U1',
        name: '下级单位',
        role: 'subordinate',
        signKeyId: 's',
        signPublicKey: Buffer.from([1, 2, 3]),
        encKeyId: 'e',
        encPublicKey: Buffer.from([4]),
        fingerprint: 'f',
        importedAt: clock.today,
        updatedAt: clock.today,
      })
      .run();
    db.insert(supervisionUnits).values({ unitCode: 'U1', awaitingFull: true }).run();
    bothWays(() => {
      const row = db
        .select({
          full: supervisionUnits.awaitingFull,
          key: counterparts.signPublicKey,
          n: sql`'7'`.mapWith(Number),
        })
        .from(supervisionUnits)
        .innerJoin(counterparts, eq(counterparts.unitCode, supervisionUnits.unitCode))
        .get();
      expect(row).toEqual({ full: true, key: Buffer.from([1, 2, 3]), n: 7 });
    });
  });
});
