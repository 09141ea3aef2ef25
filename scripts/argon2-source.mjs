// hash-wasm's argon2id as one self-contained script, for the thread electron/core/vault/kdf.ts starts: the
// main bundle carries it as a string (scripts/build.mjs defines __BAOMI_ARGON2_SOURCE__), so the thread needs
// no file of its own beside main.cjs (none would be inside app.asar's integrity check as a separate load).
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The script: defines the global `__baomiArgon2` with hash-wasm's `argon2id`, nothing else. */
export async function argon2Source() {
  const r = await build({
    stdin: { contents: "export { argon2id } from 'hash-wasm';", resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'iife',
    // hash-wasm's ES module build, so only argon2id and the BLAKE2b it uses come along (its CommonJS build is
    // every hash at once, 217 KB).
    mainFields: ['module', 'main'],
    globalName: '__baomiArgon2',
    target: 'node22',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

/** esbuild's `define` for a bundle of the core that should derive keys in a thread from its own source. */
export async function argon2Define() {
  return { __BAOMI_ARGON2_SOURCE__: JSON.stringify(await argon2Source()) };
}
