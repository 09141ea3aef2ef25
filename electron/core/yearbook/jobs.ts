// Progress and cancel for the year's exports (issue 18 point 7): a large unit's book takes seconds, so the
// screen asks how far it is and may cancel. The work yields between sections so those calls are answered; a
// cancel is seen at the next step and stops before any file is written (the file is written last).
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

export type Step = (done: number) => Promise<void>;

/** Run `fn` as job `id` (none: not followed) of `total` steps; each `step(n)` reports and may end it. */
export async function runJob<T>(
  id: string | undefined,
  total: number,
  fn: (step: Step) => Promise<T>,
): Promise<T> {
  const job: Job = { done: 0, total, cancelled: false };
  if (id !== undefined) jobs.set(id, job);
  try {
    return await fn(async (done) => {
      job.done = done;
      await new Promise((r) => setImmediate(r));
      if (job.cancelled) throw new AppException('CONFLICT', '导出已取消，未写入任何文件。');
    });
  } finally {
    if (id !== undefined) jobs.delete(id);
  }
}
