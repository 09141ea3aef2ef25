import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppException } from './domain/errors';
import { useFasterRows } from './rows';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = BetterSQLite3Database<Schema> & { $client: Database.Database };

// Rows mapped once per query's fields, not type-tested per cell (rows.ts).
useFasterRows();

/**
 * Every page read from disk is decrypted and its HMAC checked, so decrypted pages are worth keeping: 256 MiB
 * holds a 100k-carrier register with its histories (about 180 MB) whole. The default 2 MiB held a sliver
 * and made filtered counts decrypt the same pages again and again. Memory is taken only as pages are read.
 */
export const PAGE_CACHE_KIB = 256 * 1024;

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

let nativeBinding: string | undefined;

/**
 * Packaged builds load the Electron-ABI build of the SQLite module, kept outside app.asar (see
 * electron-builder.yml and scripts/before-pack.mjs); Node (tests, CLI) keeps the package's own Node-ABI
 * build. Main sets it once, before the first connection, so every connection opened anywhere uses it.
 */
export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

export interface OpenOptions {
  /** Create the file when it does not exist (first run, restore target, backup copy). */
  create?: boolean;
}

/** True when the file at `path` is an unencrypted SQLite database (its first bytes are the plain header). */
export function isPlaintextSqlite(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < PLAINTEXT_HEADER.length) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length);
    readSync(fd, head, 0, head.length, 0);
    return head.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Apply the cipher settings and the key to a fresh connection. Order matters: the cipher must be chosen
 * before the key, and the key before anything touches the file. The library's default cipher is not
 * SQLCipher, and a connection without a key silently creates a plain file — so this runs on every
 * connection, including the raw ones used for backups and benches.
 */
export function applyKey(client: Database.Database, key: Uint8Array): void {
  if (key.length !== 32) throw new AppException('DB_KEY', '数据库密钥长度不正确（应为 256 位）。');
  client.pragma(`cipher='sqlcipher'`);
  client.pragma('legacy=4');
  client.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
}

/**
 * The one place a database connection is opened. Fixed order (DESIGN.md, Storage): cipher=sqlcipher,
 * key, probe query, WAL, synchronous=FULL, foreign_keys, secure_delete, temp_store.
 */
export function openDatabase(path: string, key: Uint8Array, options: OpenOptions = {}): Db {
  const exists = existsSync(path) && statSync(path).size > 0;
  if (!exists && !options.create) {
    throw new AppException('NOT_FOUND', `找不到数据库文件：${path}`);
  }
  if (isPlaintextSqlite(path)) {
    throw new AppException(
      'DB_CORRUPT',
      `数据库文件 ${path} 未加密（明文 SQLite 文件），拒绝打开。请检查该文件的来源，不要在涉密计算机上使用未加密的数据库。`,
    );
  }
  const client = nativeBinding === undefined ? new Database(path) : new Database(path, { nativeBinding });
  try {
    applyKey(client, key);
    probe(client);
    client.pragma('journal_mode = WAL');
    // Falls back to NORMAL on reopen in this library: set it on every connection.
    client.pragma('synchronous = FULL');
    client.pragma('foreign_keys = ON');
    client.pragma('secure_delete = ON');
    client.pragma('temp_store = MEMORY');
    client.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    client.pragma('busy_timeout = 5000');
  } catch (e) {
    client.close();
    throw e;
  }
  if (!exists && isPlaintextSqlite(path)) {
    client.close();
    throw new AppException('INTERNAL', '新建的数据库文件未被加密，已停止。请联系技术支持。');
  }
  const db = drizzle({ client: keepingStatements(client), schema }) as Db;
  // The project's own SQL goes to the connection itself: a statement it holds across a yield (a package's keyset
  // batches, the chain's walk) keeps the reading mode it set, whatever else runs meanwhile.
  (db as { $client: Database.Database }).$client = client;
  return db;
}

const KEPT_STATEMENTS = 1000;

/**
 * The connection as drizzle's session sees it, keeping its compiled statements by their text (the most recently
 * used 1,000). drizzle compiles every query anew: a register's page of four or five queries spent an eighth of its
 * time there. drizzle runs each statement at once and sets the reading mode it needs, so one can be handed back
 * with its mode as new; one still being read (an unfinished iterate) is never handed out twice.
 */
function keepingStatements(client: Database.Database): Database.Database {
  const kept = new Map<string, Database.Statement>();
  const session = Object.create(client) as Database.Database;
  session.prepare = ((source: string) => {
    const stmt = kept.get(source);
    if (stmt && !stmt.busy) {
      kept.delete(source);
      kept.set(source, stmt);
      if (stmt.reader) stmt.raw(false).pluck(false).expand(false);
      return stmt;
    }
    const fresh = client.prepare(source);
    if (!stmt) {
      kept.set(source, fresh);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    return fresh;
  }) as typeof client.prepare;
  return session;
}

/**
 * Run one write that rewrites a large share of the file (a supervisor's import of a full package: 300 MB of
 * pages) with a rollback journal instead of the WAL, and go back to WAL after, whatever happens. Through the
 * WAL every page is written twice, to the log and then into the file at the checkpoint that follows the
 * commit: 2 of the commit's 3 s CPU at 72,000 pages. The rollback journal keeps only the pages the write
 * changes in place, so a first import writes each page once. Atomic and durable alike (synchronous=FULL);
 * a crash inside leaves a hot journal that the next open rolls back. If another connection holds the file,
 * SQLite stays in WAL and the write goes through it as before.
 */
export function withRollbackJournal<T>(db: Db, write: () => T): T {
  let mode: unknown = 'wal';
  const wait = db.$client.pragma('busy_timeout', { simple: true });
  db.$client.pragma('busy_timeout = 0');
  try {
    mode = db.$client.pragma('journal_mode = DELETE', { simple: true });
  } catch {
    // Busy: another connection holds the file. The write goes through the WAL, as before, without waiting.
  } finally {
    db.$client.pragma(`busy_timeout = ${Number(wait)}`);
  }
  try {
    return write();
  } finally {
    if (mode !== 'wal') db.$client.pragma('journal_mode = WAL');
  }
}

/**
 * The page cache of an import's write: a full package of the large unit makes 340 MB of new pages (83,000), more
 * than PAGE_CACHE_KIB holds, so SQLite spilled dirty pages to the file inside the transaction, and the figures and
 * the search rows written after the records read them back, decrypting each again. Memory is taken only as pages
 * are used, and given back when the cache returns to its size after the write.
 */
export const IMPORT_CACHE_KIB = 1024 * 1024;

/** Run `write` with the page cache at IMPORT_CACHE_KIB, then back to what it was, whatever happens. */
export function withImportCache<T>(db: Db, write: () => T): T {
  const was = Number(db.$client.pragma('cache_size', { simple: true }));
  db.$client.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return write();
  } finally {
    if (db.$client.open) db.$client.pragma(`cache_size = ${was}`);
  }
}

/**
 * Run one write whose rows reference only what the same statement read from the parent tables (a 清点's lines
 * copied from the register in one INSERT … SELECT), without SQLite's per-row foreign-key lookups: three per
 * line, 450 of the 550 ms CPU of the insert at 245k copies. The references hold by construction; every other
 * write keeps the checks. The pragma cannot change inside a transaction, so `write` must open its own.
 */
export function withoutForeignKeyChecks<T>(db: Db, write: () => T): T {
  if (db.$client.inTransaction) return write();
  db.$client.pragma('foreign_keys = OFF');
  try {
    return write();
  } finally {
    db.$client.pragma('foreign_keys = ON');
  }
}

/** A wrong key and a damaged first page look the same to SQLite: "file is not a database". */
function probe(client: Database.Database): void {
  try {
    client.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppException('DB_KEY', '无法解密数据库：密钥不正确，或数据库文件已损坏。', { cause: e });
    }
    throw e;
  }
}

export function closeDatabase(db: Db): void {
  if (db.$client.open) {
    try {
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.$client.close();
    }
  }
}

export { schema };
