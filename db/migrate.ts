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

/**
 * Apply pending migrations at open. A database written by a newer program (more migrations than we
 * know, recorded in `user_version`) is refused rather than half-understood.
 */
export function migrateDatabase(db: Db, folder = migrationsFolder()): { from: number; to: number } {
  const known = knownSchemaVersion(folder);
  const from = Number(db.$client.pragma('user_version', { simple: true }));
  if (from > known) {
    throw new AppException(
      'CONFLICT',
      `此数据库由更新版本的保密工作台创建（结构版本 ${from}，本程序支持到 ${known}）。请安装新版本后再打开，不要用旧版本修改它。`,
    );
  }
  if (from < known) {
    migrate(db, { migrationsFolder: folder });
    db.$client.pragma(`user_version = ${known}`);
  }
  return { from, to: known };
}
