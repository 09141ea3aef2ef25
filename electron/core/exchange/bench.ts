// Timings for the bench script (JSON lines): a full export and a verify of what it wrote.
import type { AppCore } from '../app-core';
import { exportPackage } from './outgoing';
import { verifyFile } from './incoming';

export interface ExportBench {
  ms: number;
  bytes: number;
  records: number;
  path: string;
}

/** Time a full export to `to` (a registered supervisor) into `outDir`; the package is registered as usual. */
export function benchExport(core: AppCore, to: string, outDir: string): ExportBench {
  const t = performance.now();
  const v = exportPackage(core, {
    to,
    profile: 'full',
    outPath: outDir,
    media: { type: 'disk', department: '办公室' },
  });
  const ms = performance.now() - t;
  return { ms, bytes: v.bytes, records: Object.values(v.counts).reduce((a, b) => a + b, 0), path: v.path };
}

/** Time verifying a package at the receiving core (every check, including decryption and the part hashes). */
export function benchVerify(core: AppCore, path: string): { ms: number; ok: boolean } {
  const t = performance.now();
  const r = verifyFile(core, path);
  return { ms: performance.now() - t, ok: r.ok };
}

export interface TimedRuns {
  export: number[];
  verify: number[];
  bytes: number;
  records: number;
}

/**
 * `n` full exports from `unit` (after one warm-up), and `n` verifications of the first package at `sup`
 * (the supervisor has imported nothing, so the first package passes every check). Each export is a real one:
 * registered as a carrier in `unit`'s database, so run it on a copy.
 */
export function benchRuns(unit: AppCore, sup: AppCore, to: string, dir: string, n: number): TimedRuns {
  const first = benchExport(unit, to, dir);
  const runs: TimedRuns = { export: [], verify: [], bytes: first.bytes, records: first.records };
  for (let i = 0; i < n; i++) runs.export.push(benchExport(unit, to, dir).ms);
  benchVerify(sup, first.path);
  for (let i = 0; i < n; i++) {
    const v = benchVerify(sup, first.path);
    if (!v.ok) throw new Error('the package did not verify');
    runs.verify.push(v.ms);
  }
  return runs;
}
