#!/usr/bin/env node
// `npm run build`: the renderer with Vite into dist/renderer, main and preload with esbuild into dist/electron
// (CommonJS, as Electron loads them), and the migrations beside them in dist/db/migrations.
//   --renderer   only the renderer (the end-to-end tests need nothing else)
//   --out DIR    the renderer into DIR instead (the bench builds its own, beside tests that serve dist/)
//   --electron   only main, preload and migrations
import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { argon2Define } from './argon2-source.mjs';
import { NODE_BUNDLE, WORKER_BUNDLES, WORKER_DEFINES } from './node-bundle.mjs';

// What is built is what ships: React and antd pick their production code from NODE_ENV, which a caller such
// as vitest (NODE_ENV=test) would otherwise hand down, giving the end-to-end tests a development build.
process.env.NODE_ENV = 'production';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const argv = process.argv.slice(2);
const args = new Set(argv);
const outAt = argv.indexOf('--out');
const rendererOut = outAt >= 0 ? argv[outAt + 1] : undefined;
const all = !args.has('--renderer') && !args.has('--electron');

async function buildRenderer() {
  await viteBuild({
    configFile: join(root, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    ...(rendererOut ? { build: { outDir: rendererOut } } : {}),
  });
}

async function buildElectron() {
  const common = { ...NODE_BUNDLE, legalComments: 'none' };
  await esbuild({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(dist, 'electron', 'main.cjs'),
    // The key derivation's thread starts from source text the bundle carries (electron/core/vault/kdf.ts); the
    // package import's threads from their own bundles beside this one (WORKER_BUNDLES).
    define: { ...NODE_BUNDLE.define, ...WORKER_DEFINES, ...(await argon2Define()) },
  });
  // The supervisor's package import runs in worker threads: each its own entry, loaded from beside main.cjs.
  for (const [file, entry] of Object.entries(WORKER_BUNDLES)) {
    await esbuild({
      ...common,
      entryPoints: [join(root, entry)],
      outfile: join(dist, 'electron', file),
      define: { ...NODE_BUNDLE.define, ...WORKER_DEFINES },
    });
  }
  // The preload runs sandboxed: its `require` knows only 'electron' and a few builtins, so no banner here.
  const { banner: _banner, define: _define, ...plain } = common;
  await esbuild({
    ...plain,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(dist, 'electron', 'preload.cjs'),
  });
  const migrations = join(dist, 'db', 'migrations');
  rmSync(migrations, { recursive: true, force: true });
  mkdirSync(migrations, { recursive: true });
  cpSync(join(root, 'db', 'migrations'), migrations, { recursive: true });
}

const t = Date.now();
if (all || args.has('--renderer')) await buildRenderer();
if (all || args.has('--electron')) await buildElectron();
console.log(`build: done in ${((Date.now() - t) / 1000).toFixed(1)} s → ${dist}`);
