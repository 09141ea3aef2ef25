// How the core is bundled for a process of Node or Electron's main (esbuild): CommonJS, Electron and the SQLite
// module left outside, and `import.meta.url` given the bundle's own file URL, so that db/migrate.ts finds the
// migrations at `<bundle dir>/../db/migrations`. The app's build (build.mjs), the bench's memory child
// (bench-rss.ts) and the test of the bundled import thread bundle alike.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  banner: { js: "const __baomiModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__baomiModuleUrl' },
};

/**
 * The core's worker threads, each a bundle of its own (file name → entry): the package import's thread and the
 * thread that decodes a large package's parts beside the write (electron/core/exchange/decode-thread.ts).
 */
export const WORKER_BUNDLES = {
  'import-worker.cjs': 'electron/core/exchange/import-thread.worker.ts',
  'decode-worker.cjs': 'electron/core/exchange/decode-thread.worker.ts',
};

/** How a bundle names the worker bundles beside it (the thread that imports starts the one that decodes). */
export const WORKER_DEFINES = {
  __BAOMI_IMPORT_WORKER__: JSON.stringify('./import-worker.cjs'),
  __BAOMI_DECODE_WORKER__: JSON.stringify('./decode-worker.cjs'),
};
