// A register's total, kept while nothing in the database has changed (issue 20 point 3): paging, sorting and
// reopening a register ask the same count again, and at 100k rows a filtered count costs more than its page.
// The stamp is SQLite's own count of rows this connection changed plus the file's data version (changes by
// another connection): any write anywhere, audited or not, forgets every total — a count is never stale.
import type Database from 'better-sqlite3';

interface Entry {
  stamp: string;
  total: number;
}

const LIMIT = 64;
const caches = new WeakMap<Database.Database, Map<string, Entry>>();

function stampOf(client: Database.Database): string {
  const changes = client.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}/${client.pragma('data_version', { simple: true }) as number}`;
}

/** `count()` for `key` (the question without its page and order), asked of SQLite only when something changed. */
export function cachedCount(client: Database.Database, key: string, count: () => number): number {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const stamp = stampOf(client);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest goes first when the map is full.
    cache.delete(key);
    cache.set(key, hit);
    return hit.total;
  }
  const total = count();
  cache.set(key, { stamp, total });
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
  return total;
}
