// Progress and cancel of long work (issue 20 point 6: the year's exports, the audit chain's walk): the screen
// names the job, asks how far it is and may cancel. The work yields at each step so those calls are answered;
// a cancel is seen at the next step and stops the work before it writes anything (files are written last).
// One registry for every followed job: the year's exports and the chain's walk run through runJob; the xlsx
// import and export follow their phases (read → check → write) through startJob/endJob and report them.
import { AppException } from '../../../db/domain/errors';

export type JobPhase = 'read' | 'check' | 'write' | 'done';

interface Job {
  done: number;
  total: number;
  cancelled: boolean;
  /** Set for a phased job (the xlsx import and export); runJob's jobs have none. */
  phase?: JobPhase;
  /** Work that cannot take its turn (a transaction in another thread) asked to stop: whether it will. */
  onCancel?: () => boolean;
}

/** A phased job as its work sees and moves it. */
export type JobState = Required<Omit<Job, 'onCancel'>>;

const jobs = new Map<string, Job>();

export function jobProgress(id: string): { done: number; total: number } | null {
  const j = jobs.get(id);
  return j ? { done: j.done, total: j.total } : null;
}

/**
 * Cancel a running job. A phased job already writing (its one transaction) or done cannot be cancelled: what
 * it writes is written whole.
 */
export function cancelJob(id: string): boolean {
  const j = jobs.get(id);
  if (!j || j.phase === 'write' || j.phase === 'done') return false;
  if (j.onCancel && !j.onCancel()) return false;
  j.cancelled = true;
  return true;
}

/**
 * While job `id` runs, a cancel is first put to `stop`, which says whether the work will stop (false: too late, it
 * goes on whole); undefined: the job's own steps see it, as before.
 */
export function whenCancelled(id: string | undefined, stop: (() => boolean) | undefined): void {
  const j = id === undefined ? undefined : jobs.get(id);
  if (!j) return;
  if (stop) j.onCancel = stop;
  else delete j.onCancel;
}

/** Start a phased job (none followed without an id); its work checks `cancelled` between chunks. */
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
  setTimeout(() => {
    if (jobs.get(id) === j) jobs.delete(id);
  }, 60_000).unref?.();
}

/** A phased job's state (null for an unknown id or a job without phases). */
export function phasedProgress(id: string): JobState | null {
  const j = jobs.get(id);
  return j?.phase ? { done: j.done, total: j.total, cancelled: j.cancelled, phase: j.phase } : null;
}

/** Let the event loop answer progress and cancel calls between chunks of work. */
export const breathe = () => new Promise<void>((r) => setImmediate(r));

/**
 * Report `done` steps (and the total, once the work knows it), and give the screen its turn. `writing`: past this
 * step the work writes and can no longer be cancelled (a cancel then answers false; what it writes is written whole).
 */
export type Step = (done: number, total?: number, writing?: boolean) => Promise<void>;

/**
 * Run `fn` as job `id` (none: not followed) of `total` steps; each `step(n)` reports and may end it, with
 * `cancelled` as the refusal's words.
 */
export async function runJob<T>(
  id: string | undefined,
  total: number,
  fn: (step: Step) => Promise<T>,
  cancelled = '导出已取消，未写入任何文件。',
): Promise<T> {
  const job: Job = { done: 0, total, cancelled: false };
  if (id !== undefined) jobs.set(id, job);
  try {
    return await fn(async (done, total, writing) => {
      job.done = done;
      if (total !== undefined) job.total = total;
      await new Promise((r) => setImmediate(r));
      if (job.cancelled) throw new AppException('CONFLICT', cancelled);
      if (writing) job.phase = 'write';
    });
  } finally {
    if (id !== undefined) jobs.delete(id);
  }
}

/** Work written as stages: each yield says how far it is; nothing may be written before the last stage. */
export type Stages<T> = Generator<{ done: number; total: number }, T>;

/** Run the stages straight through (the command line, the tests). */
export function runStages<T>(stages: Stages<T>): T {
  for (;;) {
    const r = stages.next();
    if (r.done) return r.value;
  }
}

/**
 * Run the stages as job `id`, giving the screen its turn between them; a cancel ends the work at the next
 * stage, and the stages' own `finally` (temporary files) runs whether they finished, failed or were cancelled.
 */
export function runStagesJob<T>(id: string | undefined, stages: Stages<T>, cancelled: string): Promise<T> {
  return runJob(id, 1, (step) => stepThrough(stages, step), cancelled);
}

/** The stages reported through `step` of a job already running (which may have been cancelled before them). */
export async function stepThrough<T>(stages: Stages<T>, step: Step): Promise<T> {
  try {
    for (;;) {
      const r = stages.next();
      if (r.done) return r.value;
      await step(r.value.done, r.value.total);
    }
  } finally {
    stages.return(undefined as T);
  }
}
