// A large package's parts decoded in a helper thread while the import writes (issue 20, point 5). The write of a
// unit's first full package is one transaction, and the import's own thread spent a second and a half of it, before
// it, reading 470,000 lines for their ids and digests. Here the helper decodes part k + 1 while the write puts part
// k in: the write takes each part as it comes, waiting on a shared counter (its event loop is held by the
// transaction), and binds each line's bytes as they lie in the part. A helper that cannot start, fails on a part
// or falls silent leaves that part, and those after it, to the import itself: slower, never refused for it.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { startWorker } from '../util/start-worker';
import type { DecodedPart } from './parts';

/** What the helper is started with: its end of the channel and the counter it adds one to per answer. */
export interface DecodeStart {
  port: MessagePort;
  signal: Int32Array;
  /** Rows sent back at a time (decodeTuning.chunkRows, as the import's side has it). */
  chunkRows: number;
}

export interface DecodeRequest {
  index: number;
  id: string;
  bytes: Uint8Array;
}

/** Rows of part `index` (the last of its rows: `last`), or that the helper failed on it. */
export type DecodeAnswer =
  { index: number; part: DecodedPart; last: boolean } | { index: number; failed: string };

/**
 * From this package size on its parts are decoded in the helper (the import thread's own size: below it the whole
 * import is shorter than starting a thread); rows sent back at a time (the write waits for the first of a part, not
 * the whole of a 100k-row part); how long the write waits for the helper's next answer before it decodes the part
 * itself. The tests lower them.
 */
export const decodeTuning = { fromBytes: 512 * 1024, chunkRows: 8192, patienceMs: 10_000 };

/**
 * The bundled main process and import thread name the helper's bundle beside them (scripts/node-bundle.mjs);
 * elsewhere the helper runs its TypeScript entry through tsx.
 */
declare const __BAOMI_DECODE_WORKER__: string | undefined;

export class PartDecoder {
  private silent = false;
  /** The helper's answers taken so far. */
  answered = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
  ) {}

  /** The helper, started; null when it cannot be (the import decodes every part itself). */
  static start(): PartDecoder | null {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    try {
      const worker = startWorker(
        typeof __BAOMI_DECODE_WORKER__ === 'string' ? __BAOMI_DECODE_WORKER__ : undefined,
        new URL('./decode-thread.worker.ts', import.meta.url),
        {
          workerData: { port: port2, signal, chunkRows: decodeTuning.chunkRows } satisfies DecodeStart,
          transferList: [port2],
        },
      );
      // The helper never keeps the process alive, nor does its failure reach the process: its silence is waited
      // for with patience, then the import does the work.
      worker.unref();
      worker.on('error', () => {});
      return new PartDecoder(worker, port1, signal);
    } catch {
      port1.close();
      return null;
    }
  }

  /**
   * Hand over the parts in the order they will be taken: the import's own bytes when they are shared memory (as the
   * package's check keeps them, payload.ts), else a copy of each.
   */
  send(parts: { id: string; bytes: Uint8Array }[]): void {
    parts.forEach(({ id, bytes }, index) => {
      if (bytes.buffer instanceof SharedArrayBuffer) {
        this.port.postMessage({ index, id, bytes } satisfies DecodeRequest);
        return;
      }
      // A copy of the part alone (a view's move would detach all the memory it is a view of).
      const copy = new Uint8Array(bytes);
      this.port.postMessage({ index, id, bytes: copy } satisfies DecodeRequest, [copy.buffer as ArrayBuffer]);
    });
  }

  /**
   * The helper's next answer, waited for; null once it has been silent for decodeTuning.patienceMs (then at once).
   */
  next(): DecodeAnswer | null {
    let waited = 0;
    while (!this.silent) {
      const seen = Atomics.load(this.signal, 0);
      const m = receiveMessageOnPort(this.port);
      if (m) {
        this.answered += 1;
        return m.message as DecodeAnswer;
      }
      const t = performance.now();
      if (Atomics.wait(this.signal, 0, seen, decodeTuning.patienceMs - waited) === 'timed-out') break;
      waited += performance.now() - t;
      if (waited >= decodeTuning.patienceMs) break;
    }
    this.silent = true;
    return null;
  }

  /** The helper stopped (the import has its parts, or no longer needs them). */
  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
