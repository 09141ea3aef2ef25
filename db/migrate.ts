import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppException } from './domain/errors';
import type { Db } from './open';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/**
 * Find db/migrations whether we run from source (vitest, tsx) or from a bundle in dist/.
 * Packaged builds ship the folder beside the bundle (electron-builder `files`).
 */
export function migrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.BAOMI_MIGRATIONS,
    join(here, 'migrations'),
    join(here, '..', 'db', 'migrations'),
    join(here, '..', '..', 'db', 'migrations'),
    join(process.cwd(), 'db', 'migrations'),
  ];
  for (const c of candidates) {
    if (c && existsSync(join(c, 'meta', '_journal.json'))) return c;
  }
  throw new AppException('INTERNAL', '程序文件不完整：找不到数据库迁移文件（db/migrations）。');
}

export function readJournal(folder = migrationsFolder()): Journal {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** The schema version this program knows: the number of committed migrations. */
export function knownSchemaVersion(folder = migrationsFolder()): number {
  return readJournal(folder).entries.length;
}

/** Migrations recorded in the database (drizzle's own table) that this program's journal does not hold. */
function unknownMigrations(db: Db, journal: Journal): number {
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  const known = new Set(journal.entries.map((e) => e.when));
  const recorded = db.$client.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (
    number | string | null
  )[];
  return recorded.filter((at) => !known.has(Number(at))).length;
}

function newerRefusal(which: string): AppException {
  return new AppException(
    'CONFLICT',
    `此数据库由更新版本的保密工作台创建（${which}）。请安装新版本后再打开，不要用旧版本修改它。`,
    { rule: 'newer_database_refused' },
  );
}

/**
 * Apply pending migrations at open. A database written by a newer program is refused rather than
 * half-understood, whichever record says so: `user_version`, or drizzle's migrations table. The table is
 * the one that survives a newer program killed between its migration and the pragma, and drizzle itself
 * reads only its newest row, so it would skip our migrations silently and call that schema current.
 */
export function migrateDatabase(db: Db, folder = migrationsFolder()): { from: number; to: number } {
  const journal = readJournal(folder);
  const known = journal.entries.length;
  const from = Number(db.$client.pragma('user_version', { simple: true }));
  if (from > known) throw newerRefusal(`结构版本 ${from}，本程序支持到 ${known}`);
  const unknown = unknownMigrations(db, journal);
  if (unknown > 0) {
    throw newerRefusal(`含本程序不认识的结构变更 ${unknown} 项，本程序支持到结构版本 ${known}`);
  }
  if (from < known) {
    migrate(db, { migrationsFolder: folder });
    db.$client.pragma(`user_version = ${known}`);
  }
  return { from, to: known };
}
