// Why the database refuses writes for a while, in the words a refused write is given: while a package is imported
// in a thread, the thread holds the write lock and a write on the main connection is refused at once (SQLITE_BUSY,
// busy_timeout 0); the clerk is told what is going on rather than that the database is busy.
const reasons: string[] = [];

/** Writes are refused with `reason` until the returned release is called (once; later calls do nothing). */
export function busyWith(reason: string): () => void {
  reasons.push(reason);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    reasons.splice(reasons.indexOf(reason), 1);
  };
}

/** The latest reason writes are refused now, or null. */
export function busyReason(): string | null {
  return reasons.at(-1) ?? null;
}
