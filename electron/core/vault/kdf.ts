import { argon2id } from 'hash-wasm';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Argon2id parameters, stored with every key slot so they can be raised later without breaking old slots. */
export interface KdfParams {
  alg: 'argon2id';
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Default cost: 64 MiB and 4 passes, about 0.37 s on this project's reference machine (2 cores, Node 20,
 * hash-wasm). DESIGN.md asks for ≥ 64 MiB and 0.3–1 s; the `kdf` test pins both bounds.
 */
export const DEFAULT_KDF: KdfParams = {
  alg: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 4,
  parallelism: 1,
};

/** The floor below which a keyring slot is refused (protects against a keyring edited to weaken a slot). */
export const MIN_KDF_MEMORY_KIB = 64 * 1024;

/**
 * The floor a core holds slots to: MIN_KDF_MEMORY_KIB, lower only for a core that sets cheaper slots itself.
 * Only tests give AppCore a cheaper `kdf` (the app and `baomi` never pass one), so an edited keyring is refused
 * everywhere else; the vault test proves a core at the default cost refuses a test-cost slot.
 */
export function slotFloorKiB(own: KdfParams): number {
  return Math.min(MIN_KDF_MEMORY_KIB, own.memoryKiB);
}

/** What hash-wasm's argon2id is asked; plain data, so it can cross to a worker thread. */
export interface Argon2Options {
  password: string;
  salt: Uint8Array | string;
  parallelism: number;
  iterations: number;
  memorySize: number;
  hashLength: number;
}

/**
 * From this cost on, a derivation runs in a worker thread of its own. Argon2's memory is a WebAssembly memory
 * (64 MiB at the default cost) that stays resident in the process that ran it until a major garbage collection
 * happens to come, which in an idle app may be never: a thread that ends takes its memory with it. Below this
 * cost (the tests' cheap KDF, a few MiB at most) starting a thread would cost more time than the memory is worth.
 */
export const WORKER_FROM_KIB = 16 * 1024;

/**
 * The app's main bundle carries hash-wasm's argon2id as source text (scripts/argon2-source.mjs, put in by
 * scripts/build.mjs), so the thread starts from code inside app.asar, checked with it, and needs no file of
 * its own. Elsewhere (tsx, vitest) this name is undefined and the thread loads the installed package.
 */
declare const __BAOMI_ARGON2_SOURCE__: string | undefined;

// The thread's own code: derive, hand the result over (moved, so no copy stays behind), end. Plain
// JavaScript, as the thread runs it without any compiler.
const THREAD_MAIN = `
const { parentPort, workerData } = require('node:worker_threads');
argon2id({ ...workerData, outputType: 'binary' }).then((out) => {
  const key = out.slice();
  out.fill(0);
  parentPort.postMessage(key, [key.buffer]);
});
`;

let threadSource: string | undefined;

function argon2ThreadSource(): string {
  if (threadSource === undefined) {
    const lib =
      typeof __BAOMI_ARGON2_SOURCE__ === 'string'
        ? `${__BAOMI_ARGON2_SOURCE__}\nconst { argon2id } = __baomiArgon2;`
        : `const { argon2id } = require(${JSON.stringify(createRequire(import.meta.url).resolve('hash-wasm'))});`;
    threadSource = lib + THREAD_MAIN;
  }
  return threadSource;
}

/** argon2id in a worker thread that has ended, with all its memory, by the time the promise settles. */
export function argon2idInThread(options: Argon2Options): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let out: Uint8Array | undefined;
    let failure: unknown;
    const worker = new Worker(argon2ThreadSource(), { eval: true, workerData: options });
    worker.on('message', (m: Uint8Array) => (out = m));
    worker.on('error', (e) => (failure = e));
    worker.on('exit', (code) => {
      if (out) resolve(out);
      else reject(failure ?? new Error(`argon2 thread ended with code ${code} and no result`));
    });
  });
}

export async function deriveKey(secret: string, salt: Uint8Array, p: KdfParams): Promise<Uint8Array> {
  const options: Argon2Options = {
    password: secret.normalize('NFC'),
    salt,
    parallelism: p.parallelism,
    iterations: p.iterations,
    memorySize: p.memoryKiB,
    hashLength: 32,
  };
  if (p.memoryKiB >= WORKER_FROM_KIB) {
    try {
      return await argon2idInThread(options);
    } catch {
      // Same function, same result in this thread: an unlock must not fail because a thread could not start;
      // only the memory then stays until collected. The startup self-test proves the thread path works.
    }
  }
  return argon2id({ ...options, outputType: 'binary' });
}
