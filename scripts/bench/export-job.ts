// Probe of issue 20 point 6 (package export with progress): a full package of an existing unit (the large demo)
// written straight through (the command line's way) and as the screen's job, on a copy of the unit. Not a test:
// `npx tsx scripts/bench/export-job.ts --db F` (clerk wangli, password Baomi#2026ok) prints one JSON line per
// run: wall and CPU milliseconds, and the longest stretch the event loop was held (what the window would wait).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import { exportPackage } from '../../electron/core/exchange/outgoing';
import { keyringPathFor } from '../../electron/core/vault/keyring';
import { createDispatcher, type Dispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import { BENCH_SETUP, benchOverDb, runBench, wallAndCpu } from './bench-unit';
import { SUPERVISOR, supervisorSetup } from '../cli/commands/bench-exchange';

const { source, dir } = benchOverDb('export-job.ts', 'export');

async function call(api: Dispatcher, channel: string, input: unknown): Promise<unknown> {
  const r = await api.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** The longest gap between turns of the event loop while `fn` runs. */
async function held<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; cpu_ms: number; held_ms: number }> {
  let last = performance.now();
  let worst = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const timed = await wallAndCpu(fn);
  worst = Math.max(worst, performance.now() - last);
  clearInterval(tick);
  return { ...timed, held_ms: Math.round(worst) };
}

async function main(from: string): Promise<void> {
  const dbPath = join(dir, 'unit.db');
  copyFileSync(from, dbPath);
  copyFileSync(keyringPathFor(from), keyringPathFor(dbPath));
  const unit = new AppCore({ dbPath });
  const api = createDispatcher(unit, allHandlers(), (e) => console.error(e));
  await call(api, 'session:unlock', {
    username: BENCH_SETUP.account.username,
    password: BENCH_SETUP.account.password,
  });
  const sup = new AppCore({ dbPath: join(dir, 'sup.db') });
  const supApi = createDispatcher(sup, allHandlers(), (e) => console.error(e));
  await call(supApi, 'session:setup', supervisorSetup());
  const key = (await call(supApi, 'keys:exportPublic', { outPath: dir })) as {
    path: string;
    fingerprint: string;
  };
  await call(api, 'exchange:importKey', { path: key.path, fingerprint: key.fingerprint, role: 'supervisor' });
  const media = { type: 'disk', department: '办公室' } as const;
  const input = (n: number) => {
    const outPath = join(dir, `out${n}`);
    mkdirSync(outPath);
    return { to: SUPERVISOR.unitCode, profile: 'full' as const, outPath, media };
  };
  const line = (name: string, r: { ms: number; cpu_ms: number; held_ms: number }, extra = {}) =>
    process.stdout.write(
      `${JSON.stringify({ name, ms: r.ms, cpu_ms: r.cpu_ms, held_ms: r.held_ms, ...extra })}\n`,
    );
  // Warm the page cache once, then each way twice.
  exportPackage(unit, input(0));
  for (let i = 1; i <= 2; i++) {
    const straight = await held(async () => exportPackage(unit, input(10 + i)));
    line('exchange_export_straight', straight, { bytes: straight.value.bytes });
    let polls = 0;
    const job = await held(async () => {
      const id = `job-bench${i}`;
      const running = call(api, 'exchange:export', { ...input(20 + i), jobId: id });
      const poll = setInterval(() => {
        polls += 1;
        void api.dispatch('exchange:exportProgress', { jobId: id });
      }, 300);
      try {
        return await running;
      } finally {
        clearInterval(poll);
      }
    });
    line('exchange_export_job', job, { polls });
  }
  unit.detach();
  sup.detach();
}

runBench(() => main(source), dir);
