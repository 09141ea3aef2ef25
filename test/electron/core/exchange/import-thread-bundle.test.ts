// The packaged app starts the import thread from its own bundle beside main.cjs (scripts/build.mjs), not from the
// TypeScript entry the tests run through tsx: both bundles are built here as the build script builds them and
// run in plain Node, where the thread can only be the bundled one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackageJob } from '../../../../electron/core/exchange/incoming';
import { tempDir } from '../../../helpers/temp';
import { NODE_BUNDLE, WORKER_BUNDLES, WORKER_DEFINES } from '../../../../scripts/node-bundle.mjs';
import { exportTo, pairWithCarriers, SUPERVISOR } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const src = (p: string) => JSON.stringify(join(ROOT, p));

/** As scripts/build.mjs bundles main and the import thread (CommonJS, the SQLite module left outside). */
async function bundle(entry: string, outfile: string, define: Record<string, string>): Promise<void> {
  await build({
    ...NODE_BUNDLE,
    entryPoints: [entry],
    outfile,
    define: { ...NODE_BUNDLE.define, ...define },
  });
}

/** `entry` as main.cjs in `dir`, the workers' bundles beside it, as scripts/build.mjs lays them out. */
async function bundles(entry: string, dir: string): Promise<void> {
  await bundle(entry, join(dir, 'main.cjs'), WORKER_DEFINES);
  for (const [file, source] of Object.entries(WORKER_BUNDLES)) {
    await bundle(join(ROOT, source), join(dir, file), WORKER_DEFINES);
  }
}

describe('the import thread in the app bundle', () => {
  it('a bundled main process imports a package through the bundled thread beside it', async () => {
    const { unit, sup } = await pairWithCarriers(30);
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    const key = await sup.core.withDataKey((k) => Buffer.from(k).toString('hex'));
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { openDatabase } from ${src('db/open.ts')};`,
        `import { AppCore } from ${src('electron/core/app-core.ts')};`,
        `import { importPackageJob } from ${src('electron/core/exchange/incoming.ts')};`,
        'const [dbPath, hex, account, path, receiptOutPath] = JSON.parse(process.argv[2] as string);',
        "const key = Buffer.from(hex, 'hex');",
        'const core = new AppCore({ dbPath });',
        'core.attach(openDatabase(dbPath, key), account, key);',
        "importPackageJob(core, { path, receiptOutPath }, undefined, 'thread').then((v) => {",
        '  core.detach();',
        '  console.log(JSON.stringify(v));',
        '});',
      ].join('\n'),
    );
    await bundles(entry, dir);
    const args = [sup.core.dbPath, key, sup.core.session().account, pkg.path, sup.dir];
    const r = spawnSync(process.execPath, [join(dir, 'main.cjs'), JSON.stringify(args)], {
      cwd: dir,
      encoding: 'utf8',
      // The SQLite module stays outside the bundles, as in the app (where it sits in app.asar's node_modules).
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    });
    expect(r.stderr).toBe('');
    const view = JSON.parse(r.stdout) as { summary: { seq: number }; receiptError: string | null };
    expect(view.summary.seq).toBe(1);
    expect(view.receiptError).toBeNull();
    // The supervisor's own connection sees what the other process's thread committed, with its audit entry.
    const client = sup.core.session().db.$client;
    expect(
      client.prepare("SELECT count(*) FROM imported_records WHERE register = 'carriers'").pluck().get(),
    ).toBe(30);
    expect(client.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'exchange_import',
    );
  });

  it('the bundled decode helper beside main.cjs answers with the rows of a part', async () => {
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { PartDecoder } from ${src('electron/core/exchange/decode-thread.ts')};`,
        'const d = PartDecoder.start();',
        "if (!d) throw new Error('no helper');",
        'const text = \'{"columns":["id","carrier_no","name"]}\\n["a1","001","绝密文件"]\\n["a2","002","机密文件"]\\n\';',
        "d.send([{ id: 'carriers', bytes: Buffer.from(text) }]);",
        'const m = d.next();',
        'd.close();',
        'console.log(JSON.stringify(m));',
      ].join('\n'),
    );
    await bundles(entry, dir);
    const r = spawnSync(process.execPath, [join(dir, 'main.cjs')], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const m = JSON.parse(r.stdout) as { index: number; last: boolean; part: Record<string, unknown> };
    expect(m).toMatchObject({ index: 0, last: true, part: { keys: ['a1', 'a2'] } });
    expect((m.part.search as string[][]).map((row) => row.slice(0, 4))).toEqual([
      ['carriers', 'a1', '001', '绝密文件'],
      ['carriers', 'a2', '002', '机密文件'],
    ]);
  });

  it('a thread that cannot start leaves the import to the main process, which imports as before', async () => {
    const { unit, sup } = await pairWithCarriers(30);
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    const named = globalThis as { __BAOMI_IMPORT_WORKER__?: string };
    named.__BAOMI_IMPORT_WORKER__ = './no-such-import-worker.cjs';
    try {
      const v = await importPackageJob(
        sup.core,
        { path: pkg.path, receiptOutPath: sup.dir },
        undefined,
        'thread',
      );
      expect(v.summary.seq).toBe(1);
      expect(v.receiptError).toBeNull();
    } finally {
      delete named.__BAOMI_IMPORT_WORKER__;
    }
  });
});
