// The register in Chromium measured from a process of its own (bench.ts runs it): the page's core lives here
// beside the browser driver and the page server only, as the app's main process holds the core and little else.
// Run inside the bench's own process, the bridge shared a heap of some 1.9 GB with what built the 100k unit and
// the 200-unit supervisor, and the page waited on that heap's collections. Password on standard input; prints
// bench-ui.ts's lines, one JSON object each; a failure is one line on standard error and its exit code.
import { CliError, EXIT } from '../cli/io';
import { scrollLines } from '../cli/commands/bench-ui';
import { cliKdf } from '../cli/session';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { readPassword } from './stdin';

const [dbPath, username, reps] = process.argv.slice(2) as [string, string, string];

try {
  // The tests' accounts are made at their cheap KDF cost, which the core refuses unless told (bench.ts).
  const kdf = process.env.BAOMI_BENCH_KDF;
  if (kdf) cliKdf.params = JSON.parse(kdf) as KdfParams;
  for (const line of await scrollLines(dbPath, username, await readPassword(), Number(reps)))
    process.stdout.write(`${JSON.stringify(line)}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = e instanceof CliError ? e.exitCode : EXIT.problem;
}
