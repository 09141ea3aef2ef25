// Migration 0051 and the 因私出国(境) register's page plan: a database of the previous version gains the indexes of the
// register's order, and a page, all or by status, reads them in order instead of sorting every trip; the home page's
// count of trips back late keeps its own index.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { seedTravel } from '../../../../electron/core/travel/demo';
import { travelPageQuery } from '../../../../electron/core/travel/views';
import { TravelListInput } from '../../../../electron/ipc/schemas/travel';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe('migration 0051 travel_list_order', () => {
  it('adds the indexes the register reads its pages from, in order', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0051_travel_list_order'));
    const c = db.$client;
    const names = () =>
      (c.prepare('PRAGMA index_list(private_travel)').all() as { name: string }[]).map((r) => r.name);
    expect(names()).not.toContain('private_travel_applied_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names()).toEqual(
      expect.arrayContaining(['private_travel_applied_idx', 'private_travel_status_applied_idx']),
    );

    seedPersons(db, 'small', rngFrom(20261124), new Date('2026-06-15T12:00:00'));
    seedTravel(db, rngFrom(20261209), '2026-06-15', '2026-06-15T04:00:00.000Z');
    const plan = (input: Record<string, unknown>) => {
      const { sql, params } = travelPageQuery(db, TravelListInput.parse({ pageSize: 100, ...input })).toSQL();
      return (c.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    };
    const all = plan({});
    expect(all).toContain('SCAN private_travel USING INDEX private_travel_applied_idx');
    expect(all).not.toContain('TEMP B-TREE');
    const returned = plan({ status: 'returned', page: 2 });
    expect(returned).toContain('private_travel_status_applied_idx (status=?)');
    expect(returned).not.toContain('TEMP B-TREE');
    const late = (
      c
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*) FROM private_travel WHERE status = 'departed' AND planned_return_on < ?`,
        )
        .all('2026-06-15') as { detail: string }[]
    ).map((r) => r.detail);
    expect(late.join()).toContain('private_travel_status_idx (status=? AND planned_return_on<?)');
    closeDatabase(db);
  });
});
