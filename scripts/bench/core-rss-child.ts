// The process that holds the core, alone (issue 20 point 7): bundled by `baomi bench` (bench-rss.ts) and run
// in plain Node, as Electron's main process runs the same core, with nothing else in it — no test runner,
// no browser driver, no page server, no TypeScript loader. It unlocks the unit (password on standard input),
// reads the whole carriers register block by block as the register's scroll does, opens a carrier's
// details every tenth block, and prints one JSON line: its resident memory before the unlock, after it, at
// its peak (sampled every 20 ms) and at the end.
import { AppCore } from '../../electron/core/app-core';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { readPassword } from './stdin';

const [dbPath, username] = process.argv.slice(2) as [string, string];
const BLOCK = 100;
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

async function main(): Promise<void> {
  const password = await readPassword();
  const before = mb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, mb())), 20);
  // The test runner's accounts are made at its cheap KDF cost, which the core refuses unless told (bench-rss.ts).
  const kdf = process.env.BAOMI_BENCH_KDF;
  const core = new AppCore({ dbPath, ...(kdf ? { kdf: JSON.parse(kdf) as KdfParams } : {}) });
  const api = createDispatcher(core, allHandlers(), () => undefined);
  const unlocked = await api.dispatch('session:unlock', { username, password });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  const afterUnlock = mb();
  let rows = 0;
  for (let page = 1; ; page++) {
    const r = await api.dispatch('carriers:list', { page, pageSize: BLOCK });
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as { rows: { id: number }[]; total: number };
    rows += value.rows.length;
    if (page % 10 === 1 && value.rows[0]) {
      const d = await api.dispatch('carriers:get', { id: value.rows[0].id });
      if (!d.ok) throw new Error(d.error.message);
    }
    // The screen's turn between two blocks, as between two scroll frames.
    await new Promise((r) => setImmediate(r));
    if (rows >= value.total || !value.rows.length) break;
  }
  peak = Math.max(peak, mb());
  clearInterval(sampler);
  core.detach();
  process.stdout.write(
    `${JSON.stringify({ before_unlock_mb: before, after_unlock_mb: afterUnlock, peak_mb: peak, end_mb: mb(), rows })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
