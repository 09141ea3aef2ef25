// Starting one of the core's worker threads: in the built app from its bundle beside the bundle that starts it
// (scripts/node-bundle.mjs WORKER_BUNDLES), elsewhere (tsx, vitest) from its TypeScript entry through tsx.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * `bundle`: the bundle's name as the starting bundle knows it (a define), undefined outside a bundle; `entry`: the
 * TypeScript entry's file URL.
 */
export function startWorker(bundle: string | undefined, entry: URL, options: WorkerOptions): Worker {
  if (bundle !== undefined) {
    // The bundle needs none of the process's loader flags: under tsx (the bench) they would load tsx in the
    // thread too, a second of compiling before the work starts that the app never pays.
    const file = fileURLToPath(new URL(bundle, import.meta.url));
    // A missing bundle would fail only in the thread, unseen by a caller that waits for its answers.
    if (!existsSync(file)) throw new Error(`worker bundle missing: ${file}`);
    return new Worker(file, { ...options, execArgv: [] });
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(fileURLToPath(entry))});`;
  return new Worker(code, { ...options, eval: true });
}
