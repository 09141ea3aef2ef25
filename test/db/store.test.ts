import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSchemaVersion, migrateDatabase, readJournal } from '../../db/migrate';
import { closeDatabase, isPlaintextSqlite, openDatabase, withRollbackJournal } from '../../db/open';
import { departments } from '../../db/schema';
import { tempDir } from '../helpers/temp';

const key = () => new Uint8Array(randomBytes(32));

function freshDb(dir = tempDir()) {
  const path = join(dir, 'store.db');
  const k = key();
  const db = openDatabase(path, k, { create: true });
  migrateDatabase(db);
  return { path, k, db };
}

describe('encrypted store', () => {
  it('the database file cannot be read without the key', () => {
    const { path, db } = freshDb();
    db.$client.exec(
      "INSERT INTO unit_profile (id, name, kind, unit_code, host_level, admin_mode, created_at) VALUES (1, '绝密测试单位', 'organ', 'ABC123', 'secret', 'strict', 'x')",
    );
    closeDatabase(db);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('绝密测试单位'))).toBe(false);
    // Opened raw, with no key, the library cannot read a single table.
    const raw = new Database(path);
    expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    raw.close();
  });

  it('a wrong key is refused with DB_KEY', () => {
    const { path, db } = freshDb();
    closeDatabase(db);
    expect(() => openDatabase(path, key())).toThrow(expect.objectContaining({ code: 'DB_KEY' }));
  });

  it('a plaintext SQLite file at the database path is refused', () => {
    const path = join(tempDir(), 'plain.db');
    const plain = new Database(path);
    plain.exec('CREATE TABLE t (a TEXT) STRICT');
    plain.close();
    expect(isPlaintextSqlite(path)).toBe(true);
    expect(() => openDatabase(path, key())).toThrow(
      expect.objectContaining({ code: 'DB_CORRUPT', message: expect.stringContaining('未加密') }),
    );
  });

  it('is opened with WAL, synchronous=FULL, foreign keys, secure delete, in-memory temp, every time', () => {
    const { path, k, db } = freshDb();
    closeDatabase(db);
    const again = openDatabase(path, k);
    const p = (name: string) => again.$client.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2);
    expect(p('foreign_keys')).toBe(1);
    expect(p('secure_delete')).toBe(1);
    expect(p('temp_store')).toBe(2);
    expect(p('cipher')).toBe('sqlcipher');
    closeDatabase(again);
  });

  it('the statements drizzle runs are kept compiled, handed back in plain reading mode, never twice while read', () => {
    const { db } = freshDb();
    db.$client.exec(
      "INSERT INTO departments (name, sort_order, created_at) VALUES ('甲', 1, 'x'), ('乙', 2, 'x')",
    );
    // The connection as drizzle's session holds it.
    const c = (db as unknown as { session: { client: Database.Database } }).session.client;
    const sql = 'SELECT name FROM departments ORDER BY sort_order';
    const plucked = c.prepare(sql).pluck();
    expect(plucked.all()).toEqual(['甲', '乙']);
    const again = c.prepare(sql);
    expect(again).toBe(plucked);
    expect(again.all()).toEqual([{ name: '甲' }, { name: '乙' }]);
    expect(c.prepare(sql).raw().all()).toEqual([['甲'], ['乙']]);
    expect(c.prepare(sql).get()).toEqual({ name: '甲' });
    // While one is being read row by row, asking for the same text gives another statement.
    const walk = c.prepare(sql).iterate();
    walk.next();
    const other = c.prepare(sql);
    expect(other).not.toBe(plucked);
    expect(other.all()).toHaveLength(2);
    walk.return?.();
    // The project's own SQL is compiled each time: a statement it holds keeps the mode it set.
    const mine = db.$client.prepare(sql).raw();
    expect(db.$client.prepare(sql)).not.toBe(mine);
    expect(mine.all()).toEqual([['甲'], ['乙']]);
    // drizzle's queries, asked twice, answer alike.
    const names = () => db.select({ name: departments.name }).from(departments).all();
    expect(names()).toEqual(names());
    closeDatabase(db);
  });

  it('one large write goes through a rollback journal and the store is back in WAL after it, thrown or not', () => {
    const { path, k, db } = freshDb();
    const mode = () => db.$client.pragma('journal_mode', { simple: true });
    expect(withRollbackJournal(db, mode)).toBe('delete');
    expect(mode()).toBe('wal');
    expect(() =>
      withRollbackJournal(db, () => {
        throw new Error('导入中断');
      }),
    ).toThrow('导入中断');
    expect(mode()).toBe('wal');
    // Another connection on the file: the mode cannot change, and the write goes through the WAL as before.
    const other = openDatabase(path, k);
    other.$client.prepare('SELECT count(*) FROM unit_profile').get();
    expect(withRollbackJournal(db, mode)).toBe('wal');
    expect(mode()).toBe('wal');
    closeDatabase(other);
    closeDatabase(db);
  });

  it('a missing file is not silently created unless asked', () => {
    expect(() => openDatabase(join(tempDir(), 'none.db'), key())).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('migrations', () => {
  it('every table is STRICT', () => {
    const { db } = freshDb();
    const tables = db.$client
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    closeDatabase(db);
  });

  it('are applied at open and recorded in user_version; a second open applies nothing', () => {
    const { path, k, db } = freshDb();
    expect(db.$client.pragma('user_version', { simple: true })).toBe(knownSchemaVersion());
    closeDatabase(db);
    const again = openDatabase(path, k);
    expect(migrateDatabase(again)).toEqual({ from: knownSchemaVersion(), to: knownSchemaVersion() });
    closeDatabase(again);
  });

  it('a database from a newer version is refused', () => {
    const { path, k, db } = freshDb();
    db.$client.pragma(`user_version = ${knownSchemaVersion() + 1}`);
    closeDatabase(db);
    const again = openDatabase(path, k);
    expect(() => migrateDatabase(again)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('更新版本') }),
    );
    closeDatabase(again);
  });

  it('newer_database_refused: by user_version and by the migrations table alike', () => {
    const refusal = expect.objectContaining({
      code: 'CONFLICT',
      rule: 'newer_database_refused',
      message: expect.stringContaining('更新版本'),
    });
    const byVersion = freshDb();
    byVersion.db.$client.pragma(`user_version = ${knownSchemaVersion() + 1}`);
    expect(() => migrateDatabase(byVersion.db)).toThrow(refusal);
    closeDatabase(byVersion.db);

    // A newer program recorded its migration but was killed before it set user_version: ours is unchanged.
    const { path, k, db } = freshDb();
    const last = readJournal().entries.at(-1)?.when ?? 0;
    db.$client
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('0'.repeat(64), last + 60_000);
    closeDatabase(db);
    const again = openDatabase(path, k);
    expect(again.$client.pragma('user_version', { simple: true })).toBe(knownSchemaVersion());
    expect(() => migrateDatabase(again)).toThrow(refusal);
    // Nor does a lost user_version let it through, and the refusal writes nothing.
    again.$client.pragma('user_version = 0');
    expect(() => migrateDatabase(again)).toThrow(refusal);
    expect(again.$client.pragma('user_version', { simple: true })).toBe(0);
    closeDatabase(again);
  });

  it('journal timestamps strictly increase (drizzle skips older ones silently)', () => {
    const journal = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../db/migrations/meta/_journal.json'), 'utf8'),
    ) as { entries: { when: number }[] };
    const whens = journal.entries.map((e) => e.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(new Set(whens).size).toBe(whens.length);
  });

  it('every committed migration marks its new tables STRICT', () => {
    const dir = join(import.meta.dirname, '../../db/migrations');
    const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    for (const e of journal.entries) {
      const sql = readFileSync(join(dir, `${e.tag}.sql`), 'utf8');
      const creates = sql.match(/CREATE TABLE [^;]*;/g) ?? [];
      for (const c of creates)
        expect(c, `${e.tag}: ${c.slice(0, 40)}`).toMatch(/\)( WITHOUT ROWID,)? STRICT;$/);
    }
  });
});

describe('approvals table', () => {
  it('an approval names its approver: an account or a named person', () => {
    const { db } = freshDb();
    const insert = (approverName: string | null) =>
      db.$client
        .prepare(
          "INSERT INTO approvals (kind, subject_type, subject_id, approver_name, decision, decided_at, created_at) VALUES ('borrow', 'carrier', '1', ?, 'approved', '2026-11-01', '2026-11-01')",
        )
        .run(approverName);
    expect(() => insert(null)).toThrow(/approvals_has_approver/);
    expect(() => insert('  ')).toThrow(/approvals_has_approver/);
    expect(insert('李局长').changes).toBe(1);
    closeDatabase(db);
  });
});

// Keep the helper honest: it writes what it is given.
it('a test fixture file can be written plainly (sanity of the plaintext check)', () => {
  const p = join(tempDir(), 'x.db');
  writeFileSync(p, 'not sqlite at all, but long enough');
  expect(isPlaintextSqlite(p)).toBe(false);
});
