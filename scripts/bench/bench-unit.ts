import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import { keyringPathFor } from '../../electron/core/vault/keyring';
import { createDispatcher, type Dispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
// The unit the standalone benches set up (the demo's own names, so a demo database opens with the same login).
export const BENCH_SETUP = {
  unit: {
    name: '某市档案局',
    kind: 'organ',
    unitCode: '11110000MB0123456X',
    hostLevel: 'secret',
    adminMode: 'small',
  },
  account: { username: 'wangli', displayName: '王丽', password: 'Baomi#2026ok' },
} as const;

/**
 * `fn` timed by the clock and by this process's CPU: on a shared, loaded machine the wall time says more about
 * the neighbours, the CPU time about the work.
 */
export async function wallAndCpu<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpu_ms: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return {
    value,
    ms: Math.round(performance.now() - t),
    cpu_ms: Math.round((used.user + used.system) / 1000),
  };
}

/** Run a standalone bench, exit non-zero on its error, and remove its folder whatever happened. */
export function runBench(main: () => Promise<void>, dir: string): void {
  main()
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** A bench over an existing unit: its `--db F` (usage and exit 2 without it) and a fresh folder for its copies. */
export function benchOverDb(script: string, folder: string): { source: string; dir: string } {
  const at = process.argv.indexOf('--db');
  const source = at > 0 ? process.argv[at + 1] : undefined;
  if (!source) {
    process.stderr.write(`用法：npx tsx scripts/bench/${script} --db F\n`);
    process.exit(2);
  }
  return { source, dir: mkdtempSync(join(tmpdir(), `baomi-bench-${folder}-`)) };
}

/**
 * A copy of the unit at `source` (its database and keyring, into `dir` as unit.db: the original is never
 * opened), unlocked as the bench's clerk, with the dispatcher the screen calls through.
 */
export async function unlockedCopy(source: string, dir: string): Promise<{ core: AppCore; api: Dispatcher }> {
  const dbPath = join(dir, 'unit.db');
  copyFileSync(source, dbPath);
  copyFileSync(keyringPathFor(source), keyringPathFor(dbPath));
  const core = new AppCore({ dbPath });
  const api = createDispatcher(core, allHandlers(), (e) => console.error(e));
  const unlocked = await api.dispatch('session:unlock', {
    username: BENCH_SETUP.account.username,
    password: BENCH_SETUP.account.password,
  });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return { core, api };
}
