// The exchange lines of `baomi bench`: a full export of the benched database to a supervisor, and the
// supervisor's verification of it. Exports are real (each registers its file as a carrier), so they run on a
// copy of the database in the bench's temporary folder, never on the clerk's own file. The supervisor's full
// imports are timed in place and, on a copy of the supervisor, in the import thread the app starts for a large
// package, from the thread's own bundle as the app loads it (scripts/build.mjs), not through tsx, and from a
// process of its own (scripts/bench/import-child.ts), as the app's main process holds little but the core.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE, WORKER_BUNDLES, WORKER_DEFINES } from '../../node-bundle.mjs';
import { ROOT } from '../../chromium-bridge';
import type { AppCore } from '../../../electron/core/app-core';
import { benchRuns } from '../../../electron/core/exchange/bench';
import { keyringPathFor } from '../../../electron/core/vault/keyring';
import { CliError, EXIT } from '../io';
import { call, cliKdf, coreFor, dispatcherFor } from '../session';
import { benchLine as line, machineReference, type BenchLine } from './bench-line';

export const SUPERVISOR = { name: '某市国家保密局', kind: 'organ', unitCode: '11110000MB0000001A' } as const;

/** The bench's supervisor installation: nobody logs into it, so its password is random and never shown. */
export const supervisorSetup = () =>
  ({
    unit: { ...SUPERVISOR, hostLevel: 'secret', adminMode: 'small' },
    account: {
      username: 'bench',
      displayName: '测试',
      password: `Bench#${randomBytes(9).toString('base64url')}1a`,
    },
    mode: 'supervisor',
  }) as const;

export async function exchangeLines(
  core: AppCore,
  username: string,
  password: string,
  work: string,
  n: number,
): Promise<(BenchLine | Record<string, unknown>)[]> {
  core.session().db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const unitPath = join(work, 'exchange-unit.db');
  copyFileSync(core.dbPath, unitPath);
  copyFileSync(core.keyringPath, keyringPathFor(unitPath));
  const unit = coreFor(unitPath);
  const unitApi = dispatcherFor(unit);
  await call(unitApi, 'session:unlock', { username, password });
  const sup = coreFor(join(work, 'exchange-supervisor.db'));
  const supApi = dispatcherFor(sup);
  const setup = supervisorSetup();
  await call(supApi, 'session:setup', setup);
  try {
    const u = await call(unitApi, 'keys:exportPublic', { outPath: work });
    await call(supApi, 'exchange:importKey', {
      path: u.path,
      fingerprint: u.fingerprint,
      role: 'subordinate',
    });
    const s = await call(supApi, 'keys:exportPublic', { outPath: work });
    await call(unitApi, 'exchange:importKey', {
      path: s.path,
      fingerprint: s.fingerprint,
      role: 'supervisor',
    });
    const copy = supervisorCopy(sup, work);
    const worker = await threadBundle(work);
    const inThread = async (path: string, receipts: string) =>
      importInChild(copy, setup.account, path, receipts, worker);
    // The machine's speed right before the imports, which this bench times once each (the first full package).
    const reference = machineReference('machine_reference_before_imports');
    const runs = await benchRuns(unit, sup, SUPERVISOR.unitCode, work, n, { inThread, settle });
    return [
      reference,
      line('exchange_export_full', runs.export),
      line('exchange_verify', runs.verify),
      line('exchange_import_full', runs.importFull),
      // The unit's first full package (the supervisor holds none of its records), and the ones after it, which
      // send most records again as they are (each export also registers its own file: one carrier more).
      line('exchange_import_full_first', runs.importFull.slice(0, 1)),
      line('exchange_import_full_again', runs.importFull.slice(1)),
      line('exchange_import_full_thread', runs.importFullThread),
      // The first package in the thread: what the clerk waits for with a unit's first full package in the app.
      line('exchange_import_full_thread_first', runs.importFullThread.slice(0, 1)),
      line('exchange_import_full_thread_ended', runs.importFullThreadEnded),
      pairedLine('exchange_import_full_thread_minus_here', runs.importFullThread, runs.importFull),
      line('exchange_import_incremental', runs.importIncremental),
      {
        name: 'exchange_package',
        bytes: runs.bytes,
        records: runs.records,
        incremental_bytes: runs.incrementalBytes,
      },
    ];
  } finally {
    unit.detach();
    sup.detach();
  }
}

/**
 * Before each timed import, the system's pending writes put on disk (sync(1)): the bench has just written the
 * 200-unit supervisor's and the copies' gigabytes, and each full import some 224 MB, which the kernel writes out
 * in the background for up to half a minute after (vm.dirty_expire_centisecs): an import timed while that drains
 * shares the disk with writes not its own, which a clerk's import on a settled machine does not.
 */
function settle(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** A second supervisor, the same installation as `sup` (its keys, the unit registered), nothing imported yet. */
function supervisorCopy(sup: AppCore, work: string): string {
  sup.session().db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const path = join(work, 'exchange-supervisor-thread.db');
  copyFileSync(sup.dbPath, path);
  copyFileSync(sup.keyringPath, keyringPathFor(path));
  return path;
}

/**
 * Import `pkg` into the supervisor at `dbPath` in the import thread, from a process of its own
 * (scripts/bench/import-child.ts): the time to the answer and to the thread's end.
 */
function importInChild(
  dbPath: string,
  account: { username: string; password: string },
  pkg: string,
  receipts: string,
  worker: string,
): [number, number] {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts', 'bench', 'import-child.ts'),
      dbPath,
      account.username,
      pkg,
      receipts,
    ],
    {
      cwd: ROOT,
      input: `${account.password}\n`,
      encoding: 'utf8',
      env: {
        ...process.env,
        BAOMI_IMPORT_WORKER: worker,
        // Accounts made at the tests' KDF cost (cliKdf) unlock only at that cost.
        ...(cliKdf.params ? { BAOMI_BENCH_KDF: JSON.stringify(cliKdf.params) } : {}),
      },
      maxBuffer: 1 << 20,
    },
  );
  if (run.status !== 0) {
    const why = run.stderr.trim().split('\n').at(-1) || `退出码 ${run.status ?? run.signal}`;
    throw new CliError(`导入线程测量失败：${why}`, EXIT.problem);
  }
  const r = JSON.parse(run.stdout.trim()) as { answer_ms: number; ended_ms: number };
  return [r.answer_ms, r.ended_ms];
}

/**
 * The import's thread bundles in `work`, as scripts/build.mjs makes them; the import thread's as a URL for
 * import-thread.ts. The SQLite module stays outside the bundle, as in the app: `work/node_modules` links to the
 * project's.
 */
async function threadBundle(work: string): Promise<string> {
  for (const [file, entry] of Object.entries(WORKER_BUNDLES)) {
    await build({
      ...NODE_BUNDLE,
      entryPoints: [join(ROOT, entry)],
      outfile: join(work, file),
      define: { ...NODE_BUNDLE.define, ...WORKER_DEFINES },
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'junction');
  return pathToFileURL(join(work, 'import-worker.cjs')).href;
}

/** The median of the paired differences `a[i] − b[i]` (each pair ran back to back, under the same load). */
function pairedLine(name: string, a: number[], b: number[]): Record<string, unknown> {
  const d = a.map((v, i) => v - (b[i] ?? 0)).sort((x, y) => x - y);
  const mid = d.length ? ((d[(d.length - 1) >> 1] ?? 0) + (d[d.length >> 1] ?? 0)) / 2 : 0;
  return {
    name,
    n: d.length,
    median_ms: Math.round(mid),
    min_ms: Math.round(d[0] ?? 0),
    max_ms: Math.round(d.at(-1) ?? 0),
  };
}
