import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { AppException } from '../../../db/domain/errors';

/**
 * One password check at a time per keyring, in this process and across processes (the app and any number
 * of CLI commands): the lockout counter is read, raised and written under this lock, so simultaneous wrong
 * passwords cannot all read the same count (issue 22: 30 parallel guesses used to add one failure).
 *
 * Across processes the lock is a file `<keyring>.lock` created exclusively (`wx`), holding the owner's pid.
 * A lock whose owner is gone (killed mid-check) or that is older than STALE_MS is taken over, so a kill
 * never locks everybody out; a live holder is waited for up to WAIT_MS.
 */
const STALE_MS = 60_000;
const WAIT_MS = 30_000;
const POLL_MS = 20;

const inProcess = new Map<string, Promise<unknown>>();

export const lockPathFor = (keyringPath: string) => `${keyringPath}.lock`;

function ownerGone(path: string): boolean {
  try {
    const { pid, at } = JSON.parse(readFileSync(path, 'utf8')) as { pid?: number; at?: number };
    if (typeof at === 'number' && Date.now() - at > STALE_MS) return true;
    if (typeof pid !== 'number') return true;
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    // Unreadable: written half by a killed owner, or removed in between. Old enough means abandoned.
    try {
      return Date.now() - statSync(path).mtimeMs > 1_000;
    } catch {
      return false;
    }
  }
}

async function acquireFile(path: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() }));
      } finally {
        closeSync(fd);
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (ownerGone(path)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new AppException('CONFLICT', '另一个程序正在核对此数据库的密码，请稍后再试。');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Run `fn` holding the keyring's lock; calls queue in order within the process. */
export function withKeyringLock<T>(keyringPath: string, fn: () => Promise<T>): Promise<T> {
  const before = inProcess.get(keyringPath) ?? Promise.resolve();
  const run = before
    .catch(() => undefined)
    .then(async () => {
      const lockFile = lockPathFor(keyringPath);
      await acquireFile(lockFile);
      try {
        return await fn();
      } finally {
        rmSync(lockFile, { force: true });
      }
    });
  const tail = run.catch(() => undefined);
  inProcess.set(keyringPath, tail);
  void tail.then(() => {
    if (inProcess.get(keyringPath) === tail) inProcess.delete(keyringPath);
  });
  return run;
}
