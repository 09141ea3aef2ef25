// A supervisor's package import off the main process's event loop (issue 20 point 6): a full package of a large unit
// takes seconds to decrypt, to parse and to write in its one transaction, and the main process must answer the
// window meanwhile. The work runs in a worker thread (import-thread.worker.ts) on its own connection to the same
// encrypted database in WAL mode: the main process's connection keeps reading what was committed before the import
// until the import commits, and sees it all at once after (the count caches go by the file's data version).
// While the thread writes, the main connection waits for nobody: a write there is refused at once as 数据库正忙.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import type { ImportView } from '../../ipc/schemas/exchange';
import type { AppCore } from '../app-core';
import { busyWith } from '../util/busy';
import { runJob, whenCancelled } from '../util/jobs';
import { startWorker } from '../util/start-worker';
import {
  StopFlag,
  type FromThread,
  type ImportInput,
  type ThreadError,
  type ThreadStart,
  type ToThread,
} from './import-thread-messages';

/**
 * From this package size on, the import runs in a thread: below it the whole import takes well under the
 * 100 ms a window may wait, less than starting a thread costs.
 */
export const THREAD_FROM_BYTES = 512 * 1024;

/**
 * The bundled main process (scripts/build.mjs) names the thread's own bundle beside it; elsewhere (tsx, vitest)
 * this name is undefined and the thread runs the TypeScript entry through tsx.
 */
declare const __BAOMI_IMPORT_WORKER__: string | undefined;

function startThread(data: ThreadStart): Worker {
  return startWorker(
    typeof __BAOMI_IMPORT_WORKER__ === 'string' ? __BAOMI_IMPORT_WORKER__ : undefined,
    new URL('./import-thread.worker.ts', import.meta.url),
    { workerData: data, transferList: [data.key.buffer as ArrayBuffer] },
  );
}

/**
 * The packaged app loads the Electron-ABI SQLite binary kept outside app.asar (electron/main.ts, which checked it
 * at start); the thread loads the same one. Anywhere else the package's own binary, as the main process does.
 */
function nativeBinding(): string | undefined {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (!process.versions.electron || !resources) return undefined;
  const binary = join(resources, 'native', 'better_sqlite3.node');
  return existsSync(binary) ? binary : undefined;
}

/** The thread's messages in order; a thread that fails or ends without its answer rejects the next one. */
function messagesOf(worker: Worker): () => Promise<FromThread> {
  const queue: FromThread[] = [];
  let waiting: { resolve: (m: FromThread) => void; reject: (e: unknown) => void } | null = null;
  let failure: unknown = null;
  worker.on('message', (m: FromThread) => {
    if (waiting) waiting.resolve(m);
    else queue.push(m);
    waiting = null;
  });
  const fail = (e: unknown) => {
    failure ??= e;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the import thread ended (code ${code}) without its answer`)));
  return () => {
    const m = queue.shift();
    if (m) return Promise.resolve(m);
    if (failure) return Promise.reject(failure instanceof Error ? failure : new Error(String(failure)));
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };
}

/** The thread's error as it was thrown there: a refusal keeps its rule (the unit's history records it). */
function rethrown(e: ThreadError): Error {
  if ('app' in e) {
    const { code, message, rule, fields } = e.app;
    return new AppException(code, message, {
      ...(rule !== undefined ? { rule } : {}),
      ...(fields !== undefined ? { fields } : {}),
    });
  }
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

type Client = Db['$client'];

/** What a write refused while the thread writes is told (dispatch.ts: SQLITE_BUSY). */
export const IMPORTING = '正在导入数据包，导入完成前不能保存其他修改，请稍后重试。';

const holds = new WeakMap<Client, Map<string, { n: number; value: unknown }>>();

/**
 * Set `pragma` of the main connection to 0 until the returned release is called; with several import threads at
 * once, until the last one releases it. busy_timeout while a thread writes: a write here is refused at once
 * (数据库正忙) instead of holding up the event loop for the busy timeout. wal_autocheckpoint until a thread has
 * ended: the thread copies its log into the file; a checkpoint after a write here would copy the whole import.
 */
function holdAtZero(client: Client, pragma: 'busy_timeout' | 'wal_autocheckpoint'): () => void {
  let byClient = holds.get(client);
  if (!byClient) holds.set(client, (byClient = new Map()));
  let hold = byClient.get(pragma);
  if (!hold) byClient.set(pragma, (hold = { n: 0, value: client.pragma(pragma, { simple: true }) }));
  hold.n += 1;
  client.pragma(`${pragma} = 0`);
  let released = false;
  return () => {
    if (released || !hold) return;
    released = true;
    hold.n -= 1;
    if (hold.n > 0) return;
    byClient.delete(pragma);
    if (client.open) client.pragma(`${pragma} = ${Number(hold.value)}`);
  };
}

/** The import threads not yet ended (one folds its log into the file after its answer). */
const running = new Set<Promise<void>>();

/** Resolves once every import thread started so far has ended, its log folded into the file (the bench). */
export async function importThreadsEnded(): Promise<void> {
  await Promise.all([...running]);
}

/**
 * Import the package at `input.path` in a thread, as job `jobId`: each stage reported and a cancel honoured up to
 * the write, exactly as in the main process (incoming.ts `importPackageJob`); a write that takes each part as it
 * comes reports them and may be cancelled, rolled back whole, until its parts are written. The answer comes once the write has
 * committed; the thread then copies its log into the file and ends. A thread that cannot start (it says nothing
 * before it ends) leaves the import to `here`, in the main process as before: slower to answer, never refused.
 */
export async function importInThread(
  core: AppCore,
  input: ImportInput,
  jobId: string | undefined,
  cancelled: string,
  here: () => Promise<ImportView>,
): Promise<ImportView> {
  const { db, account } = core.session();
  const key = await core.withDataKey((k) => Uint8Array.from(k));
  const stop = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = startThread({
      dbPath: core.dbPath,
      key,
      account,
      input,
      now: core.now(),
      nativeBinding: nativeBinding(),
      stop,
    });
  } catch {
    key.fill(0);
    return here();
  }
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  running.add(exited);
  void exited.then(() => running.delete(exited));
  const next = messagesOf(worker);
  const tell = (m: ToThread) => worker.postMessage(m);
  const client = db.$client;
  let written = () => {};
  let heard = false;
  try {
    return await runJob(
      jobId,
      1,
      async (step) => {
        for (;;) {
          const m = await next();
          heard = true;
          if (m.type === 'done') {
            core.changed(m.changes);
            return m.value;
          }
          if (m.type === 'failed') throw rethrown(m.error);
          if (m.type === 'stopped') throw new AppException('CONFLICT', cancelled);
          if (m.type === 'progress') {
            // The thread is writing, and stops at its next part if a cancel got there first (StopFlag).
            if (m.writing) whenCancelled(jobId, undefined);
            await step(m.done, m.total, m.writing);
            continue;
          }
          try {
            await step(m.done, m.total, m.writeNext && !m.stoppable);
          } catch (e) {
            tell({ type: 'stop' });
            throw e;
          }
          if (m.stoppable) {
            whenCancelled(
              jobId,
              () =>
                Atomics.compareExchange(stop, 0, StopFlag.going, StopFlag.stopping) !== StopFlag.committing,
            );
          }
          if (m.writeNext) {
            // From here the thread holds the write lock until it has committed.
            const zero = holdAtZero(client, 'busy_timeout');
            const busy = busyWith(IMPORTING);
            written = () => {
              zero();
              busy();
            };
            void exited.then(holdAtZero(client, 'wal_autocheckpoint'));
            tell({ type: 'go', now: core.now() });
          } else {
            tell({ type: 'go' });
          }
        }
      },
      cancelled,
    );
  } catch (e) {
    // Stopped or failed: the thread ends on its own (never stopped inside its transaction), and is waited for.
    await exited;
    if (!heard) return here();
    throw e;
  } finally {
    written();
  }
}
