// What an older version's setup left when it was killed after building the database and before writing its
// keyring: the database, still open, its first page in the main file and the rest in `-wal`; no keyring.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase } from '../../db/migrate';
import { closeDatabase, openDatabase } from '../../db/open';
import { tempDir } from './temp';

/** Writes the leftover as `baomi.db` (with `-wal`, `-shm`) in `dir`; returns the database path. */
export function olderSetupKilledBeforeKeyring(dir: string): string {
  const building = tempDir('baomi-old-setup-');
  const path = join(building, 'baomi.db');
  const db = openDatabase(path, new Uint8Array(randomBytes(32)), { create: true });
  migrateDatabase(db);
  db.$client
    .prepare(
      "INSERT INTO unit_profile (id, name, kind, unit_code, host_level, admin_mode, created_at) VALUES (1, '某市档案局', 'organ', '11110000MB0123456X', 'confidential', 'small', '2026-06-15T01:00:00.000Z')",
    )
    .run();
  // Copied while the connection is open: the files as a kill leaves them (the WAL not folded in).
  for (const side of ['', '-wal', '-shm']) {
    if (existsSync(path + side)) copyFileSync(path + side, join(dir, `baomi.db${side}`));
  }
  closeDatabase(db);
  return join(dir, 'baomi.db');
}
