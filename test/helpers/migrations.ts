// Migration tests start from a database of an earlier version: a copy of the migrations folder that stops
// before the migration under test.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { migrationsFolder, readJournal } from '../../db/migrate';
import { tempDir } from './temp';

/** A copy of the migrations folder that stops before `tag` (as a database of the previous version had it). */
export function foldersBefore(tag: string): string {
  const dir = join(tempDir(), 'migrations');
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journal = readJournal(dir);
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut, `no migration ${tag}`).toBeGreaterThan(0);
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }),
  );
  return dir;
}
