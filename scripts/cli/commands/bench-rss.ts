// main_rss (issue 20 point 7): the resident memory of a process holding the core and nothing else, with the
// 100k unit open and its register read end to end. The core is bundled as the app's main process is
// (esbuild, the argon2 source carried as text) and run in a Node process of its own
// (scripts/bench/core-rss-child.ts), so neither the bench's own heap (it built the database) nor the
// bridge's browser driver counts. Electron's main process adds its own runtime to this figure; it cannot be
// measured here (no Electron binary).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { argon2Define } from '../../argon2-source.mjs';
import { NODE_BUNDLE } from '../../node-bundle.mjs';
import { ROOT } from '../../chromium-bridge';
import { CliError, EXIT } from '../io';
import { cliKdf } from '../session';

export async function coreRssLine(dbPath: string, username: string, password: string): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'baomi-bench-rss-'));
  try {
    // Laid out as dist/: the bundle finds its migrations at <bundle dir>/../db/migrations.
    const bundle = join(dir, 'electron', 'core-rss.cjs');
    await build({
      ...NODE_BUNDLE,
      // Run by this Node, not Electron's.
      target: 'node20',
      entryPoints: [join(ROOT, 'scripts', 'bench', 'core-rss-child.ts')],
      outfile: bundle,
      define: { ...NODE_BUNDLE.define, ...(await argon2Define()) },
    });
    mkdirSync(join(dir, 'db'), { recursive: true });
    cpSync(join(ROOT, 'db', 'migrations'), join(dir, 'db', 'migrations'), { recursive: true });
    const run = spawnSync(process.execPath, [bundle, dbPath, username], {
      input: `${password}\n`,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_PATH: join(ROOT, 'node_modules'),
        // Accounts made at the tests' KDF cost (cliKdf) unlock only at that cost.
        ...(cliKdf.params ? { BAOMI_BENCH_KDF: JSON.stringify(cliKdf.params) } : {}),
      },
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) {
      throw new CliError(`内存测量进程失败：${run.stderr.trim() || run.status}`, EXIT.problem, 'BENCH_RSS');
    }
    return { name: 'main_rss', ...(JSON.parse(run.stdout.trim()) as object) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
