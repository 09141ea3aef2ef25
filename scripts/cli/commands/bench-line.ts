// One bench figure: the 50th and 95th percentile of a series of timings (bench.ts, bench-ui.ts).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface BenchLine {
  name: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 100) / 100;
}

export function benchLine(name: string, values: number[]): BenchLine {
  const sorted = [...values].sort((a, b) => a - b);
  return { name, n: sorted.length, p50_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95) };
}

/** How long one run of `fn` takes, in milliseconds. */
export function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * `n` runs of `a` and of `b`, alternating run by run so that both meet the same machine load, after a few warm-up
 * runs of each (they fill the page cache as daily use would): the two series of milliseconds.
 */
export function alternated(
  n: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
): [number[], number[]] {
  for (let i = 0; i < Math.min(10, n); i++) {
    a(i);
    b(i);
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < n; i++) {
    as.push(timed(() => a(i)));
    bs.push(timed(() => b(i)));
  }
  return [as, bs];
}

/**
 * How fast this machine is at the moment: a fixed piece of the work an import does (hashing 32 MB, 50,000 lines of
 * JSON written and read, the same rows put in an indexed table of SQLite in memory), three runs. A figure measured
 * at another moment of the same run (the host's other guests move these 2 cores by a quarter in minutes) is read
 * against it: where the reference took 25 % longer, so did the app.
 */
export function machineReference(name: string): BenchLine {
  const block = Buffer.alloc(1 << 20, 7);
  const rows = Array.from({ length: 50_000 }, (_, i) => [i, `载体名称${i}`, 'secret', '2026-01-01']);
  const once = () => {
    const h = createHash('sha256');
    for (let i = 0; i < 32; i++) h.update(block);
    h.digest();
    for (const line of rows.map((r) => JSON.stringify(r))) JSON.parse(line);
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, level TEXT, at TEXT)');
    db.exec('CREATE INDEX t_name ON t (name, level)');
    const put = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const r of rows) put.run(r);
    })();
    db.close();
  };
  once();
  return benchLine(
    name,
    Array.from({ length: 3 }, () => timed(once)),
  );
}
