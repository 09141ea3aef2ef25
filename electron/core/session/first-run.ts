// First run on disk. Setup builds the database and its keyring under temporary names beside their final ones,
// syncs both, then renames them into place keyring first. A kill at any moment therefore leaves nothing final
// (the next setup clears the temporary files), a keyring beside a temporary database, or both in place — never
// a database that no key opens. Older versions built the database in place and wrote the keyring last; a kill
// between the two left a database without its keyring. Both leftovers are recognised here, and the clerk is
// offered a clean start: there is nothing to restore, since no backup of an unfinished setup can exist.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from '../util/atomic-write';

export interface FirstRunFiles {
  dbPath: string;
  keyringPath: string;
}

/** Where setup builds the two files before renaming them into place. */
export function buildPaths(f: FirstRunFiles): { db: string; keyring: string } {
  const building = (p: string) => join(dirname(p), `.${basename(p)}.setup`);
  return { db: building(f.dbPath), keyring: building(f.keyringPath) };
}

/** A database file with the files SQLite keeps beside it. */
const withSide = (db: string) => [db, `${db}-wal`, `${db}-shm`, `${db}-journal`];

/** What an unfinished setup may have left under the temporary names (never in use, never shown a code). */
export function clearBuildFiles(f: FirstRunFiles): void {
  const b = buildPaths(f);
  for (const p of [...withSide(b.db), b.keyring]) rmSync(p, { force: true });
}

export interface Leftover {
  /** Which of the pair is missing. */
  reason: 'no_keyring' | 'no_database';
  /** The files that were left, as found. */
  files: string[];
}

/**
 * An older setup killed before its keyring was written left its database open: the main file holds at most
 * its first page and the rest sits in the `-wal` file. A database that was in use and lost its keyring was
 * closed (no `-wal`) and is far larger; that one is not a leftover, and its keyring must be found.
 */
const FIRST_PAGE = 4096;

export function halfInitialised(f: FirstRunFiles): Leftover | null {
  const b = buildPaths(f);
  const db = existsSync(f.dbPath);
  const keyring = existsSync(f.keyringPath);
  if (keyring && !db && existsSync(b.db)) {
    return { reason: 'no_database', files: [f.keyringPath, ...withSide(b.db).filter(existsSync)] };
  }
  if (db && !keyring && (existsSync(`${f.dbPath}-wal`) || statSync(f.dbPath).size <= FIRST_PAGE)) {
    return { reason: 'no_keyring', files: withSide(f.dbPath).filter(existsSync) };
  }
  return null;
}

/** What the clerk is told, in the app and the CLI alike (the CLI adds its command). */
export function leftoverMessage(f: FirstRunFiles, l: Leftover): string {
  const what =
    l.reason === 'no_keyring'
      ? `数据库文件 ${f.dbPath} 没有配套的密钥文件`
      : `密钥文件 ${f.keyringPath} 旁没有数据库文件`;
  return `${what}：这是一次未完成的首次初始化留下的（初始化中途被中断）。其中没有台账数据，也不会有它的备份，无需恢复。请重新开始初始化；原有文件将改名保留在原文件夹，不会删除。`;
}

/**
 * The clean start: every leftover file renamed with the suffix `.incomplete-<time>` (a database keeps its
 * `-wal` beside it under the new name, so the set stays whole), nothing deleted. Returns the new names.
 */
export function setAside(f: FirstRunFiles, l: Leftover, now: string): string[] {
  const stamp = now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const b = buildPaths(f);
  const moved: string[] = [];
  for (const file of l.files) {
    const base = [f.dbPath, b.db, f.keyringPath].find((p) => file === p || withSide(p).includes(file));
    const final = base === b.db ? f.dbPath : (base ?? file);
    const to = `${final}.incomplete-${stamp}${file.slice((base ?? file).length)}`;
    renameSync(file, to);
    moved.push(to);
  }
  fsyncDir(dirname(f.dbPath));
  return moved;
}
