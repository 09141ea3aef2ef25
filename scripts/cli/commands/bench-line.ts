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
