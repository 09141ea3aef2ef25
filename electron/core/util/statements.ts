// Statements a write runs once per record, built and prepared once per connection. An xlsx import registers
// thousands of records in one transaction; building a drizzle query and having SQLite prepare its text cost
// more than running it (10,000 carriers: three quarters of the write). A statement prepared on a connection
// runs inside any transaction or savepoint of that connection, so the cache is keyed by the connection, and a
// new connection (unlock, restore) starts with none.
import { sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../../../db/open';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What drizzle's database, transaction and savepoint objects all carry: their session on one connection. */
interface OnConnection {
  session: { client: object };
}

const byConnection = new WeakMap<object, Map<string, unknown>>();

function connectionOf(db: object): object {
  const client = (db as Partial<OnConnection>).session?.client;
  // Not a drizzle handle on a connection (a test's stand-in): nothing to key by, build each time.
  return client ?? db;
}

/**
 * The statement `name` on `db`'s connection, built by `build` the first time (with `sql.placeholder(...)` for
 * every value that changes from record to record, then `.prepare()`).
 */
export function statement<T>(db: object, name: string, build: () => T): T {
  const key = connectionOf(db);
  let cache = byConnection.get(key);
  if (!cache) {
    cache = new Map();
    byConnection.set(key, cache);
  }
  let s = cache.get(name) as T | undefined;
  if (s === undefined) {
    s = build();
    cache.set(name, s);
  }
  return s;
}

/** A placeholder named after each key of `values`: a prepared insert of exactly the columns a write gives. */
export function placeholders<T extends object>(values: T): { [K in keyof T]: Placeholder } {
  return Object.fromEntries(Object.keys(values).map((k) => [k, sql.placeholder(k)])) as {
    [K in keyof T]: Placeholder;
  };
}

interface RawStatement {
  run(): unknown;
}
interface RawConnection {
  prepare(source: string): RawStatement;
}

/**
 * `fn` in a savepoint of `tx`'s transaction: undone alone when it throws, kept otherwise. The savepoint's three
 * statements are prepared once per connection; drizzle's nested transaction builds a new handle and prepares
 * them anew each time, which an import of thousands of rows (one savepoint each) paid for most of its time.
 */
export function inSavepoint<T>(tx: Tx, fn: (sp: Tx) => T): T {
  const client = (tx as Partial<OnConnection>).session?.client as RawConnection | undefined;
  if (!client || typeof client.prepare !== 'function') return tx.transaction((sp) => fn(sp as Tx));
  const s = statement(tx, 'savepoint', () => ({
    open: client.prepare('SAVEPOINT baomi_row'),
    keep: client.prepare('RELEASE baomi_row'),
    undo: client.prepare('ROLLBACK TO baomi_row'),
  }));
  s.open.run();
  try {
    const out = fn(tx);
    s.keep.run();
    return out;
  } catch (e) {
    s.undo.run();
    s.keep.run();
    throw e;
  }
}
