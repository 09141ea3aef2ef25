// Migration 0038: carrier_copies gains copy_label; the copies already there keep reading as their numbers.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { copyText } from '../../../../electron/core/carriers/copy-numbers';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0038 copy_label', () => {
  it('adds the printed 份号 column; earlier copies have none and read as their numbers', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0038_copy_label'));
    const c = db.$client;
    const cols = () =>
      (c.prepare(`PRAGMA table_info(carrier_copies)`).all() as { name: string }[]).map((r) => r.name);
    expect(cols()).not.toContain('copy_label');
    migrateDatabase(db, migrationsFolder());
    expect(cols()).toContain('copy_label');
    expect(copyText({ copyNo: 15, copyLabel: null })).toBe('15');
    expect(copyText({ copyNo: 15, copyLabel: '0015' })).toBe('0015');
    closeDatabase(db);
  });
});
