// A register's total (and the ids of a page), kept while nothing in the database has changed (issue 20 point 3):
// paging, sorting and reopening a register ask the same count again, and at 100k rows a filtered count costs
// more than its page; the screen asks the same page again after a drawer or a dialog closes.
// The stamp is SQLite's own count of rows this connection changed plus the file's data version (changes by
// another connection): any write anywhere, audited or not, forgets every answer — none is ever stale. Inside a
// transaction nothing is kept or reused: what is read there may yet be rolled back (the count of rows would not).
import type Database from 'better-sqlite3';

interface Entry<T> {
  stamp: string;
  value: T;
}

const LIMIT = 64;

function stampOf(client: Database.Database): string {
  const changes = client.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}/${client.pragma('data_version', { simple: true }) as number}`;
}

type Kept<T> = (client: Database.Database, key: string, compute: () => T) => T;

/**
 * A cache of answers per connection, each kept until anything in the database changes (the 64 most recently
 * asked): `ask(client, key, compute)` runs `compute` only when `key` was not asked since the last write.
 */
export function keptWhileUnchanged<T>(): Kept<T> {
  const caches = new WeakMap<Database.Database, Map<string, Entry<T>>>();
  return (client, key, compute) => {
    if (client.inTransaction) return compute();
    let cache = caches.get(client);
    if (!cache) caches.set(client, (cache = new Map()));
    const stamp = stampOf(client);
    const hit = cache.get(key);
    if (hit && hit.stamp === stamp) {
      // Most recently used last, so the oldest goes first when the map is full.
      cache.delete(key);
      cache.set(key, hit);
      return hit.value;
    }
    const value = compute();
    cache.set(key, { stamp, value });
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
    return value;
  };
}

/** `count()` for `key` (the question without its page and order), asked of SQLite only when something changed. */
export const cachedCount = keptWhileUnchanged<number>();

/**
 * `kept` asked through a drizzle handle: the database's own (its connection is `$client`) keeps the answer; a
 * transaction's handle has none and computes it (what a transaction reads may yet be rolled back).
 */
export function keptOn<T>(kept: Kept<T>, db: object, key: string, compute: () => T): T {
  const client = (db as { $client?: Database.Database }).$client;
  return client ? kept(client, key, compute) : compute();
}

/** A count query as drizzle builds it (`db.select({ n: count() }).from(…).where(…)`). */
interface CountQuery {
  prepare(): { getQuery(): { sql: string; params: unknown[] }; get(): { n: number } | undefined };
}

/**
 * A register's total, kept while nothing is written: keyed by the count's own SQL text and bound values, so two
 * questions share an answer only when they are the same question (its filters, its search, its today).
 */
export function keptTotal(db: object, query: CountQuery): number {
  const q = query.prepare();
  const { sql, params } = q.getQuery();
  return keptOn(cachedCount, db, `${sql}\n${JSON.stringify(params)}`, () => q.get()?.n ?? 0);
}
