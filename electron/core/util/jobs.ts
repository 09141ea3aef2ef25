// Progress and cancel of long work (issue 20 point 6: the year's exports, the audit chain's walk): the screen
// names the job, asks how far it is and may cancel. The work yields at each step so those calls are answered;
// a cancel is seen at the next step and stops the work before it writes anything (files are written last).
import { AppException } from '../../../db/domain/errors';

interface Job {
  done: number;
  total: number;
  cancelled: boolean;
}

const jobs = new Map<string, Job>();

export function jobProgress(id: string): { done: number; total: number } | null {
  const j = jobs.get(id);
  return j ? { done: j.done, total: j.total } : null;
}

export function cancelJob(id: string): boolean {
  const j = jobs.get(id);
  if (j) j.cancelled = true;
  return j !== undefined;
}

/** Report `done` steps (and the total, once the work knows it), and give the screen its turn. */
export type Step = (done: number, total?: number) => Promise<void>;

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
    return await fn(async (done, total) => {
      job.done = done;
      if (total !== undefined) job.total = total;
      await new Promise((r) => setImmediate(r));
      if (job.cancelled) throw new AppException('CONFLICT', cancelled);
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
  return runJob(
    id,
    1,
    async (step) => {
      try {
        for (;;) {
          const r = stages.next();
          if (r.done) return r.value;
          await step(r.value.done, r.value.total);
        }
      } finally {
        stages.return(undefined as T);
      }
    },
    cancelled,
  );
}
