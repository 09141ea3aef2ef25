// A supervisor's full package imported in the import thread from a process of its own (bench-exchange.ts runs it
// once a package): the process holds the core and the thread, as the app's main process holds little else. Run
// inside the bench's own process, whose heap holds what built the 100k unit and the 200-unit supervisor, the
// thread's answer came seconds later than here. Password on standard input; the thread's bundle in
// BAOMI_IMPORT_WORKER (a file URL, as scripts/build.mjs lays it out); prints one JSON line: {answer_ms, ended_ms}.
import { AppCore } from '../../electron/core/app-core';
import { importThreadTimed } from '../../electron/core/exchange/bench';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import { readPassword } from './stdin';

const [dbPath, username, packagePath, receiptDir] = process.argv.slice(2) as [string, string, string, string];

async function main(): Promise<void> {
  const password = await readPassword();
  (globalThis as { __BAOMI_IMPORT_WORKER__?: string }).__BAOMI_IMPORT_WORKER__ =
    process.env.BAOMI_IMPORT_WORKER;
  // The tests' accounts are made at their cheap KDF cost, which the core refuses unless told (bench.ts).
  const kdf = process.env.BAOMI_BENCH_KDF;
  const core = new AppCore({ dbPath, ...(kdf ? { kdf: JSON.parse(kdf) as KdfParams } : {}) });
  const api = createDispatcher(core, allHandlers(), () => undefined);
  const unlocked = await api.dispatch('session:unlock', { username, password });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  try {
    const [answer, ended] = await importThreadTimed(core, packagePath, receiptDir);
    process.stdout.write(`${JSON.stringify({ answer_ms: answer, ended_ms: ended })}\n`);
  } finally {
    core.detach();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
