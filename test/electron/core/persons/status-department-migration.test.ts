// Migration 0049: a database of the previous version gains the (status, department, name) index of the persons
// register, and a status-filtered page sorted by department reads it in order.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0049 persons_status_department', () => {
  it('adds the index the 在岗-by-department page reads in order', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0049_persons_status_department'));
    const c = db.$client;
    const names = () =>
      (c.prepare('PRAGMA index_list(persons)').all() as { name: string }[]).map((r) => r.name);
    expect(names()).not.toContain('persons_status_department_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names()).toContain('persons_status_department_idx');
    const plan = (
      c
        .prepare(
          `EXPLAIN QUERY PLAN SELECT * FROM persons WHERE status = 'in_post'
           ORDER BY department_id, name, id LIMIT 100`,
        )
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join()).toContain('persons_status_department_idx');
    expect(plan.join()).not.toContain('TEMP B-TREE');
    closeDatabase(db);
  });
});
