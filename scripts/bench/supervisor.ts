// The supervisor's bench lines alone (issue 25, point 10), without the unit's large database of `npm run bench`:
// `npx tsx scripts/bench/supervisor.ts [units=200] [records=12500] [--runs N] [--keep DIR]` builds the
// supervisor database of `units` units × `records` records and prints one JSON line per figure. With --keep the
// built database (bench-supervisor.db, its keyring, and the decrypted copy) stays in DIR for a later look.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { supervisorLines } from '../cli/commands/bench-supervisor';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const keep = opt('--keep');
  const runs = Number(opt('--runs') ?? 20);
  const units = Number(args[0] ?? 200);
  const records = Number(args[1] ?? 12_500);
  if (keep) mkdirSync(keep, { recursive: true });
  const work = keep ?? mkdtempSync(`${tmpdir()}/baomi-bench-sup-`);
  try {
    for (const l of await supervisorLines(work, runs, { units, records })) {
      process.stdout.write(`${JSON.stringify(l)}\n`);
    }
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
