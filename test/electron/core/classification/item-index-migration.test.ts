// Migration 0052: a database of the previous version gains the index of the carriers that cite a 国家秘密事项, and
// the 一览表's page counts each item's carriers from it instead of scanning every carrier once per item (a page of
// 100 items took seconds at the large demo).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { itemPageQuery } from '../../../../electron/core/classification/items';
import { ClassificationListInput } from '../../../../electron/ipc/schemas/classification';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0052 carriers_classification_item', () => {
  it('adds the index the 一览表 counts its carriers with', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0052_carriers_classification_item'));
    const c = db.$client;
    const names = () =>
      (c.prepare('PRAGMA index_list(carriers)').all() as { name: string }[]).map((r) => r.name);
    expect(names()).not.toContain('carriers_classification_item_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names()).toContain('carriers_classification_item_idx');
    // The page's own query, as listItems asks it: the count reads the index alone.
    const { sql, params } = itemPageQuery(db, ClassificationListInput.parse({ activeOnly: false })).toSQL();
    const plan = (c.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(plan).toContain(
      'SEARCH carriers USING COVERING INDEX carriers_classification_item_idx (classification_item_id=?)',
    );
    expect(plan.join()).not.toMatch(/SCAN carriers/);
    closeDatabase(db);
  });
});
