// The helper thread that decodes a large package's parts while the import writes the rows before (decode-thread.ts):
// each part's lines read as the import's own decode reads them (parts.ts decodeBounds), sent back some thousands of
// rows at a time with where each line lies, and a searched register's search rows. Parts come already checked against the
// signed manifest; a part that is not valid UTF-8 or does not parse is answered as failed, and the import decodes
// it itself, refusing it there with the same words as ever.
import { isUtf8 } from 'node:buffer';
import { workerData, type MessagePort } from 'node:worker_threads';
import { recordKeyOf } from './import-parts';
import { decodeBounds } from './parts';
import { searchRowWithGrams } from './supervisor-search';
import type { DecodeAnswer, DecodeRequest, DecodeStart } from './decode-thread';

const { port, signal, chunkRows } = workerData as DecodeStart;

function answer(m: DecodeAnswer, transfer: ArrayBuffer[] = []): void {
  (port as MessagePort).postMessage(m, transfer);
  // The import waits on this counter, not on an event: its event loop is held by the write's transaction.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', ({ index, id, bytes }: DecodeRequest) => {
  try {
    if (!isUtf8(bytes)) throw new Error('not UTF-8');
    decodeBounds(
      bytes,
      recordKeyOf(id),
      (columns) => searchRowWithGrams(id, columns),
      chunkRows,
      (part, last) => answer({ index, part, last }, [part.bounds.buffer as ArrayBuffer]),
    );
  } catch (e) {
    answer({ index, failed: String((e as Error)?.message ?? e) });
  }
});
