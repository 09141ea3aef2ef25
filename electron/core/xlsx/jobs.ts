// Progress and cancel of a long import or export: the caller names its job (a random id), asks `xlsx:progress`
// while it runs and may ask `xlsx:cancel`. The work checks the flag between chunks; a cancelled job has written
// nothing (the one write transaction starts only after the last check).
export interface JobState {
  phase: 'read' | 'check' | 'write' | 'done';
  done: number;
  total: number;
  cancelled: boolean;
}

const jobs = new Map<string, JobState>();

export function startJob(id: string | undefined): JobState {
  const state: JobState = { phase: 'read', done: 0, total: 0, cancelled: false };
  if (id) jobs.set(id, state);
  return state;
}

export function endJob(id: string | undefined): void {
  if (!id) return;
  const j = jobs.get(id);
  if (j) j.phase = 'done';
  // Kept a little so the last poll still reads "done"; the map never grows past the few jobs of a session.
  setTimeout(() => jobs.delete(id), 60_000).unref?.();
}

export function jobProgress(id: string): JobState | null {
  const j = jobs.get(id);
  return j ? { ...j } : null;
}

export function cancelJob(id: string): boolean {
  const j = jobs.get(id);
  if (!j || j.phase === 'write' || j.phase === 'done') return false;
  j.cancelled = true;
  return true;
}

/** Let the event loop answer progress and cancel calls between chunks of work. */
export const breathe = () => new Promise<void>((r) => setImmediate(r));
