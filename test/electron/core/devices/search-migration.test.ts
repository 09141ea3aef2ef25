// Migration 0047: the device and media registers' search index. A database of the previous version gains it, and
// the devices already registered are found through it by any of the seven fields the search reads.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { DEVICE_SEARCH_EXPR } from '../../../../db/schema';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0047 devices_search', () => {
  it('indexes the searched text of the devices already there', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0047_devices_search'));
    const c = db.$client;
    const indexes = () =>
      (c.prepare(`PRAGMA index_list(devices)`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes()).not.toContain('devices_search_idx');
    c.prepare(
      `INSERT INTO devices (family, device_no, kind, class, level_rank, brand_model, serial_no, disk_serials,
        custodian_name, registered_on, status, storage_state, created_at, updated_at)
       VALUES ('device', 'J-0007', 'desktop', 'classified', 2, '联想 M720', 'SN-X9', '["WD-77"]', '王芳',
        '2025-03-01', 'in_use', 'installed', '2025-03-01', '2025-03-01')`,
    ).run();
    migrateDatabase(db, migrationsFolder());
    expect(indexes()).toContain('devices_search_idx');
    const find = (term: string) =>
      c
        .prepare(`SELECT count(*) FROM devices WHERE family = 'device' AND ${DEVICE_SEARCH_EXPR} LIKE ?`)
        .pluck()
        .get(`%${term}%`);
    for (const term of ['J-0007', 'M720', 'SN-X9', 'WD-77', '王芳']) expect(find(term), term).toBe(1);
    // A term never spans two fields.
    expect(find('0007联想')).toBe(0);
    const plan = c
      .prepare(
        `EXPLAIN QUERY PLAN SELECT count(*) FROM devices WHERE family = 'device' AND ${DEVICE_SEARCH_EXPR} LIKE ?`,
      )
      .all('%x%') as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toContain('COVERING INDEX devices_search_idx');
    closeDatabase(db);
  });
});
