// One bench figure: the 50th and 95th percentile of a series of timings (bench.ts, bench-ui.ts).

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
