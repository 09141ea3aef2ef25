// Timings for the bench script (JSON lines): a full export and a verify of what it wrote.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCore } from '../app-core';
import { exportPackage } from './outgoing';
import { importReceipt } from './receipt-import';
import { importPackage, importPackageJob, verifyFile } from './incoming';
import { importThreadsEnded } from './import-thread';

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
  /** The supervisor's import of each full package in turn, from checks to the written receipt, in place. */
  importFull: number[];
  /**
   * The same packages imported by a copy of the supervisor in the import thread, as the app imports a large
   * package: until the answer (the clerk's wait), and until the thread has ended (its log folded into the file).
   */
  importFullThread: number[];
  importFullThreadEnded: number[];
  /** The supervisor's import of an incremental package after `CHANGED` carriers changed. */
  importIncremental: number[];
  bytes: number;
  records: number;
  incrementalBytes: number;
}

/** Carriers changed between two incremental packages: a busy week's edits. */
const CHANGED = 200;

/** Import `path` at the supervisor, then its receipt at the unit (so the next incremental builds on it). */
function importTimed(unit: AppCore, sup: AppCore, path: string, dir: string, settle?: () => void): number {
  settle?.();
  const t = performance.now();
  const r = importPackage(sup, { path, receiptOutPath: dir });
  const ms = performance.now() - t;
  if (r.receiptError) throw new Error(r.receiptError);
  importReceipt(unit, r.receiptPath);
  return ms;
}

/** Import `path` at `sup` in the import thread: the time to the answer, and to the thread's end. */
export async function importThreadTimed(sup: AppCore, path: string, dir: string): Promise<[number, number]> {
  const t = performance.now();
  const r = await importPackageJob(sup, { path, receiptOutPath: dir }, undefined, 'thread');
  const ms = performance.now() - t;
  if (r.receiptError) throw new Error(r.receiptError);
  await importThreadsEnded();
  return [ms, performance.now() - t];
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
 * registered as a carrier in `unit`'s database, so run it on a copy. `inThread` imports the same full packages in
 * the import thread into a copy of `sup` made before either imported anything, each right after `sup` (the pairs
 * see the same load), and gives the time to the answer and to the thread's end (the bench runs it in a process of
 * its own, as the app's main process holds little but the core); its receipts are not taken back to the unit,
 * `sup`'s are. `settle` runs before each timed import, outside its time (the bench: the disk's writes of what came
 * before, such as the 200-unit supervisor's gigabytes or the import just timed, finished first).
 */
export async function benchRuns(
  unit: AppCore,
  sup: AppCore,
  to: string,
  dir: string,
  n: number,
  options: {
    inThread?: (path: string, receiptDir: string) => Promise<[number, number]>;
    settle?: () => void;
  } = {},
): Promise<TimedRuns> {
  const { inThread, settle } = options;
  const first = benchExport(unit, to, dir);
  const runs: TimedRuns = {
    export: [],
    verify: [],
    importFull: [],
    importFullThread: [],
    importFullThreadEnded: [],
    importIncremental: [],
    bytes: first.bytes,
    records: first.records,
    incrementalBytes: 0,
  };
  const paths = [first.path];
  if (inThread) mkdirSync(join(dir, 'thread-receipts'), { recursive: true });
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
  for (const p of paths) {
    runs.importFull.push(importTimed(unit, sup, p, dir, settle));
    if (!inThread) continue;
    settle?.();
    const [answer, ended] = await inThread(p, join(dir, 'thread-receipts'));
    runs.importFullThread.push(answer);
    runs.importFullThreadEnded.push(ended);
  }
  for (let i = 0; i < n; i++) {
    touchCarriers(unit, unit.now());
    const e = benchExport(unit, to, dir, 'incremental');
    runs.incrementalBytes = e.bytes;
    runs.importIncremental.push(importTimed(unit, sup, e.path, dir, settle));
  }
  return runs;
}
