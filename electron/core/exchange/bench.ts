// Timings for the bench script (JSON lines): a full export and a verify of what it wrote.
import type { AppCore } from '../app-core';
import { exportPackage } from './outgoing';
import { importReceipt } from './receipt-import';
import { importPackage, verifyFile } from './incoming';

export interface ExportBench {
  ms: number;
  bytes: number;
  records: number;
  path: string;
}

/** Time an export to `to` (a registered supervisor) into `outDir`; the package is registered as usual. */
export function benchExport(
  core: AppCore,
  to: string,
  outDir: string,
  profile: 'full' | 'incremental' = 'full',
): ExportBench {
  const t = performance.now();
  const v = exportPackage(core, {
    to,
    profile,
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
  /** The supervisor's import of each full package in turn, from checks to the written receipt. */
  importFull: number[];
  /** The supervisor's import of an incremental package after `CHANGED` carriers changed. */
  importIncremental: number[];
  bytes: number;
  records: number;
  incrementalBytes: number;
}

/** Carriers changed between two incremental packages: a busy week's edits. */
const CHANGED = 200;

/** Import `path` at the supervisor, then its receipt at the unit (so the next incremental builds on it). */
function importTimed(unit: AppCore, sup: AppCore, path: string, dir: string): number {
  const t = performance.now();
  const r = importPackage(sup, { path, receiptOutPath: dir });
  const ms = performance.now() - t;
  if (r.receiptError) throw new Error(r.receiptError);
  importReceipt(unit, r.receiptPath);
  return ms;
}

/** Mark `CHANGED` carriers as edited a second after `since` (the base package's time), as a week's work would. */
function touchCarriers(unit: AppCore, since: string): void {
  const later = new Date(Date.parse(since) + 1000).toISOString();
  unit
    .session()
    .db.$client.prepare(
      'UPDATE carriers SET updated_at = ? WHERE id IN (SELECT id FROM carriers ORDER BY id DESC LIMIT ?)',
    )
    .run(later, CHANGED);
}

/**
 * `n` full exports from `unit` (after one warm-up), and `n` verifications of the first package at `sup`
 * (the supervisor has imported nothing, so the first package passes every check). Each export is a real one:
 * registered as a carrier in `unit`'s database, so run it on a copy.
 */
export function benchRuns(unit: AppCore, sup: AppCore, to: string, dir: string, n: number): TimedRuns {
  const first = benchExport(unit, to, dir);
  const runs: TimedRuns = {
    export: [],
    verify: [],
    importFull: [],
    importIncremental: [],
    bytes: first.bytes,
    records: first.records,
    incrementalBytes: 0,
  };
  const paths = [first.path];
  for (let i = 0; i < n; i++) {
    const e = benchExport(unit, to, dir);
    runs.export.push(e.ms);
    paths.push(e.path);
  }
  benchVerify(sup, first.path);
  for (let i = 0; i < n; i++) {
    const v = benchVerify(sup, first.path);
    if (!v.ok) throw new Error('the package did not verify');
    runs.verify.push(v.ms);
  }
  // The supervisor takes the packages in their order, as it must (a gap is refused).
  for (const p of paths) runs.importFull.push(importTimed(unit, sup, p, dir));
  for (let i = 0; i < n; i++) {
    touchCarriers(unit, unit.now());
    const e = benchExport(unit, to, dir, 'incremental');
    runs.incrementalBytes = e.bytes;
    runs.importIncremental.push(importTimed(unit, sup, e.path, dir));
  }
  return runs;
}
