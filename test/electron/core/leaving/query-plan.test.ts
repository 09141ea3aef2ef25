// Migration 0058 and the leaving register's page plan: a database of the previous version gains the index of the
// register's order, and a page, all or by status, reads the procedures in that order and stops at the page's end
// instead of joining and sorting every procedure; the rows are those of the order asked for.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { seedLeaving } from '../../../../electron/core/leaving/demo';
import { leavingPageQuery, listLeaving } from '../../../../electron/core/leaving/views';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { LeavingListInput } from '../../../../electron/ipc/schemas/leaving';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0058 leaving_started_idx', () => {
  it('adds the index the register reads its pages from, in order', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0058_leaving_started_idx'));
    const c = db.$client;
    const names = () =>
      (c.prepare('PRAGMA index_list(leaving_procedures)').all() as { name: string }[]).map((r) => r.name);
    expect(names()).not.toContain('leaving_procedures_started_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names()).toContain('leaving_procedures_started_idx');

    seedPersons(db, 'small', seededRng(20261124), new Date('2026-06-15T12:00:00'));
    seedLeaving(db, seededRng(20261208), '2026-06-15', '2026-06-15T04:00:00.000Z');
    const plan = (input: Record<string, unknown>) => {
      const { sql, params } = leavingPageQuery(db, LeavingListInput.parse(input)).toSQL();
      return (c.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    };
    for (const input of [{}, { status: 'approved', page: 2 }]) {
      const p = plan(input);
      expect(p, JSON.stringify(input)).toContain('USING INDEX leaving_procedures_started_idx');
      expect(p, JSON.stringify(input)).not.toContain('TEMP B-TREE');
    }
    // The page the index gives is the order the register promises: newest first, the earlier id first on a day.
    const all = listLeaving(db, LeavingListInput.parse({ pageSize: 500 })).rows;
    expect(all.length).toBeGreaterThan(4);
    const key = (r: { startedOn: string; id: number }) =>
      `${r.startedOn}:${String(1e9 - r.id).padStart(10, '0')}`;
    const keys = all.map(key);
    expect(keys).toEqual([...keys].sort().reverse());
    closeDatabase(db);
  });
});
