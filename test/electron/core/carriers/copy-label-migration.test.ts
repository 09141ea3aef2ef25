// Migration 0037: carrier_copies gains copy_label; the copies already there keep reading as their numbers.
import { randomBytes } from 'node:crypto';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder, readJournal } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { copyText } from '../../../../electron/core/carriers/copy-numbers';
import { tempDir } from '../../../helpers/temp';

/** A copy of the migrations folder that stops before `tag` (as a database of the previous version had it). */
function foldersBefore(tag: string): string {
  const dir = join(tempDir(), 'migrations');
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journal = readJournal(dir);
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }),
  );
  return dir;
}

describe('migration 0037 copy_label', () => {
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
