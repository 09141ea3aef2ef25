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
}

/** The import's stage as it is reported; `writeNext` on the last one before the write. */
export interface ImportStage {
  done: number;
  total: number;
  writeNext?: boolean;
}

export type ToThread =
  /** Go on to the next stage; before the write, with the instant the write records (the main process's clock). */
  | { type: 'go'; now?: string }
  /** Cancelled: stop before anything is written. */
  | { type: 'stop' };

export type FromThread =
  | ({ type: 'stage' } & ImportStage)
  | { type: 'done'; value: ImportView; changes: ChangeTopic[] }
  | { type: 'stopped' }
  | { type: 'failed'; error: ThreadError };

/** An error as it crosses: a clerk's refusal whole, anything else by its message and (SQLite's, a file's) code. */
export type ThreadError = { app: AppError } | { message: string; code?: string };
