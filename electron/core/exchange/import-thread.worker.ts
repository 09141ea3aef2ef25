// The supervisor's package import in a thread of its own (started by import-thread.ts): the same stages as in the
// main process (incoming.ts `importing`) on the thread's own connection to the same encrypted database, so the
// decryption, the parsing and the one long write transaction never hold up the main process's event loop. Each
// stage waits for the main process's word: go on, or stop (cancelled: nothing has been written). The write itself
// is `AppCore.write` as everywhere: one transaction with its audit entry, all or nothing.
import { parentPort, workerData } from 'node:worker_threads';
import { AppException } from '../../../db/domain/errors';
import { openDatabase, useNativeBinding } from '../../../db/open';
import { AppCore } from '../app-core';
import { importing } from './incoming';
import type { FromThread, ThreadError, ThreadStart, ToThread } from './import-thread-messages';

const port = parentPort;
const start = workerData as ThreadStart;

/** The main process's clock (tests move it): read when the thread started, and again for the write. */
let now = start.now;
const clock = { now: () => new Date(now) };

function send(m: FromThread): void {
  port?.postMessage(m);
}

const word = () => new Promise<ToThread>((resolve) => port?.once('message', resolve));

function crossing(e: unknown): ThreadError {
  if (e instanceof AppException) return { app: e.toError() };
  const code = (e as { code?: unknown } | null)?.code;
  return { message: String((e as Error)?.message ?? e), ...(typeof code === 'string' ? { code } : {}) };
}

async function run(): Promise<void> {
  if (start.nativeBinding) useNativeBinding(start.nativeBinding);
  const core = new AppCore({ dbPath: start.dbPath, clock });
  let out: FromThread;
  try {
    const db = openDatabase(start.dbPath, start.key);
    // The commit does not copy the log into the file (fold, below, does, once the clerk has the answer).
    db.$client.pragma('wal_autocheckpoint = 0');
    core.attach(db, start.account, start.key);
    start.key.fill(0);
    const { result, changes } = await core.collectChanges(async () => {
      // The file stays in WAL mode: the main process's connection keeps reading what was committed before.
      const stages = importing(core, start.input, {
        keepWal: true,
        stop: start.stop,
        progress: (p) => send({ type: 'progress', ...p }),
      });
      try {
        for (;;) {
          const r = stages.next();
          if (r.done) return r.value;
          send({ type: 'stage', ...r.value });
          const w = await word();
          if (w.type === 'stop') return null;
          if (w.now) now = w.now;
        }
      } finally {
        stages.return(undefined as never);
      }
    });
    out = result ? { type: 'done', value: result, changes } : { type: 'stopped' };
  } catch (e) {
    out = { type: 'failed', error: crossing(e) };
  }
  try {
    // Committed: the answer goes now, the import's pages are copied from the log into the file after it.
    if (out.type === 'done') {
      send(out);
      fold(core.session().db.$client);
    }
  } catch {
    // Not folded: the log stays until the next checkpoint (the main connection's, at the latest when it closes).
  } finally {
    core.detach();
    start.key.fill(0);
  }
  if (out.type !== 'done') send(out);
}

type Client = ReturnType<typeof openDatabase>['$client'];

/**
 * Copy the log into the file (a checkpoint) here, not in the main process, whose connection leaves it to this
 * thread until it has ended (import-thread.ts): else its next write would copy the whole import, seconds long. A
 * checkpoint never holds up a writer; another import thread's may run, so this one waits its turn.
 */
function fold(client: Client): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 600; i++) {
    try {
      const [r] = client.pragma('wal_checkpoint(PASSIVE)') as {
        busy: number;
        log: number;
        checkpointed: number;
      }[];
      if (!r || (!r.busy && r.log === r.checkpointed)) break;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    }
    Atomics.wait(pause, 0, 0, 100);
  }
  // The closing checkpoint (closeDatabase) only shortens the log file: it waits for no writer of the main process.
  client.pragma('busy_timeout = 0');
}

void run();
