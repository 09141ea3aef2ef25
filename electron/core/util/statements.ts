// Statements a write runs once per record, built and prepared once per connection. An xlsx import registers
// thousands of records in one transaction; building a drizzle query and having SQLite prepare its text cost
// more than running it (10,000 carriers: three quarters of the write). A statement prepared on a connection
// runs inside any transaction or savepoint of that connection, so the cache is keyed by the connection, and a
// new connection (unlock, restore) starts with none.
import { is, Param, Placeholder, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { rowMapper, type SelectedField } from '../../../db/rows';

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
    bindFaster(s);
    cache.set(name, s);
  }
  return s;
}

/** The parts of drizzle's prepared query (better-sqlite3) that running it uses. */
interface DrizzlePrepared {
  stmt: {
    get(...p: unknown[]): unknown;
    run(...p: unknown[]): unknown;
    all(...p: unknown[]): unknown[];
    raw(): { get(...p: unknown[]): unknown[] | undefined; all(...p: unknown[]): unknown[][] };
  };
  query: { sql: string; params: unknown[] };
  logger: { logQuery(sql: string, params: unknown[]): void };
  fields?: unknown;
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown;
}

function isDrizzlePrepared(x: unknown): x is DrizzlePrepared {
  if (typeof x !== 'object' || x === null) return false;
  const q = x as Partial<DrizzlePrepared>;
  return typeof q.stmt?.raw === 'function' && Array.isArray(q.query?.params) && typeof q.logger === 'object';
}

/**
 * A statement run thousands of times in an import binds its values without drizzle's per-call walk of its
 * parameters (`fillPlaceholders` asks `is(…)` of every parameter on every run: a sixth of registering a
 * carrier). What each parameter is gets decided once; the query, its result mapping and its logging stay
 * drizzle's own (the same steps as its `get`/`run`/`all`/`values`).
 */
function bindFaster(built: unknown): void {
  if (isDrizzlePrepared(built)) {
    faster(built);
    return;
  }
  if (typeof built === 'object' && built !== null && Object.getPrototypeOf(built) === Object.prototype) {
    for (const v of Object.values(built)) if (isDrizzlePrepared(v)) faster(v);
  }
}

type PreparedRead = (q: object, values: Record<string, unknown> | undefined, read: () => unknown) => unknown;

/**
 * Every read of a statement prepared here goes through these (as drizzle's own reads go through its prototype):
 * test/db/rows.test.ts holds what each gives to drizzle's own reading of the same statement.
 */
export const preparedReads: { all: PreparedRead; get: PreparedRead } = {
  all: (_q, _values, read) => read(),
  get: (_q, _values, read) => read(),
};

function faster(q: DrizzlePrepared): void {
  type Bind = (values: Record<string, unknown>) => unknown;
  const need = (values: Record<string, unknown>, name: string) => {
    if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
    return values[name];
  };
  const binds: Bind[] = q.query.params.map((p): Bind => {
    if (is(p, Placeholder)) return (values) => need(values, p.name);
    if (is(p, Param) && is(p.value, Placeholder)) {
      const { name } = p.value;
      return (values) => p.encoder.mapToDriverValue(need(values, name));
    }
    return () => p;
  });
  const fill = (values: Record<string, unknown> = {}) => {
    const out = new Array<unknown>(binds.length);
    for (let i = 0; i < binds.length; i++) out[i] = (binds[i] as Bind)(values);
    q.logger.logQuery(q.query.sql, out);
    return out;
  };
  const { stmt, fields, joinsNotNullableMap, customResultMapper } = q;
  const mapped = fields !== undefined || customResultMapper !== undefined;
  // The fields are the statement's for good: their row mapper made once.
  const toRow = fields === undefined ? undefined : rowMapper(fields as SelectedField[], joinsNotNullableMap);
  const mapRow = (row: unknown[]) => (customResultMapper ? customResultMapper([row]) : toRow?.(row));
  Object.assign(q, {
    run: (values?: Record<string, unknown>) => stmt.run(...fill(values)),
    get: (values?: Record<string, unknown>) =>
      preparedReads.get(q, values, () => {
        const params = fill(values);
        if (!mapped) return stmt.get(...params);
        const row = stmt.raw().get(...params);
        return row ? mapRow(row) : undefined;
      }),
    all: (values?: Record<string, unknown>) =>
      preparedReads.all(q, values, () => {
        const params = fill(values);
        if (!mapped) return stmt.all(...params);
        const rows = stmt.raw().all(...params);
        return customResultMapper ? customResultMapper(rows) : rows.map((r) => toRow?.(r));
      }),
    values: (values?: Record<string, unknown>) => stmt.raw().all(...fill(values)),
  });
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
