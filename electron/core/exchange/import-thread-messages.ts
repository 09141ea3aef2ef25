// What the supervisor's import thread (import-thread.worker.ts) and the main process (import-thread.ts) say to each
// other: plain data, copied across by structured clone.
import type { ChangeTopic } from '../../../db/domain/domains';
import type { AppError } from '../../../db/domain/errors';
import type { ImportView } from '../../ipc/schemas/exchange';
import type { SessionAccount } from '../../ipc/schemas/session';

export interface ImportInput {
  path: string;
  receiptOutPath: string;
}

/** The thread's start: the database it opens on its own connection, as the clerk who imports. */
export interface ThreadStart {
  dbPath: string;
  /** The database key, moved to the thread (zeroed there once the connection is open). */
  key: Uint8Array;
  account: SessionAccount;
  input: ImportInput;
  /** The main process's clock when the thread was started. */
  now: string;
  /** The SQLite module's binary when the app loads one of its own (the packaged app); none: the package's own. */
  nativeBinding?: string | undefined;
  /** Shared with the main process: a cancel during a write that can still stop (StopFlag). */
  stop: Int32Array;
}

/**
 * The states of ThreadStart.stop: the write goes on; a cancel asked it to stop (it rolls back at its next part);
 * it is past its parts and goes on whole (a cancel is refused). Each move is one compare-and-exchange.
 */
export const StopFlag = { going: 0, stopping: 1, committing: 2 } as const;

/**
 * The import's stage as it is reported; `writeNext` on the last one before the write; `stoppable`: the write
 * that follows may still be cancelled until it reports its parts written (`ImportProgress.writing`).
 */
export interface ImportStage {
  done: number;
  total: number;
  writeNext?: boolean;
  stoppable?: boolean;
}

/** How far a write that writes each part as it comes has gone; `writing`: its parts are written, it goes on whole. */
export interface ImportProgress {
  done: number;
  total: number;
  writing?: boolean;
}

export type ToThread =
  /** Go on to the next stage; before the write, with the instant the write records (the main process's clock). */
  | { type: 'go'; now?: string }
  /** Cancelled: stop before anything is written. */
  | { type: 'stop' };

export type FromThread =
  | ({ type: 'stage' } & ImportStage)
  /** Reported during the write; no answer is awaited. */
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; value: ImportView; changes: ChangeTopic[] }
  | { type: 'stopped' }
  | { type: 'failed'; error: ThreadError };

/** An error as it crosses: a clerk's refusal whole, anything else by its message and (SQLite's, a file's) code. */
export type ThreadError = { app: AppError } | { message: string; code?: string };
