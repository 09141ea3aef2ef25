// Long pieces of work followed from the page (xlsx, year book, the audit walk, package import, backup): the id
// the work is known by, and a hook that asks how far it got while it runs and cancels it on request.
import { useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../electron/ipc/contract';
import { call } from './api';

export function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

type ProgressChannel = {
  [C in Channel]: ChannelInput<C> extends { jobId: string }
    ? ChannelOutput<C> extends { done: number; total: number } | null
      ? C
      : never
    : never;
}[Channel];
type CancelChannel = {
  [C in Channel]: ChannelInput<C> extends { jobId: string } ? C : never;
}[Channel];

/**
 * `start()` names a job and begins asking `progress` for it every 300 ms; `stop()` when the call returned;
 * `cancel()` asks the core to stop it (nothing is written after a cancel).
 */
export function useJob(progress: ProgressChannel, cancelChannel: CancelChannel) {
  const [job, setJob] = useState<string | null>(null);
  const [seen, setSeen] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (job === null) return;
    const t = setInterval(() => {
      void call(progress, { jobId: job } as ChannelInput<typeof progress>).then((r) => {
        if (r.ok) setSeen(r.value as { done: number; total: number } | null);
      });
    }, 300);
    return () => clearInterval(t);
  }, [job, progress]);
  return {
    progress: job === null ? null : seen,
    /** Started and not yet stopped (its first progress may not have come). */
    running: job !== null,
    start: () => {
      const id = newJobId();
      setSeen(null);
      setJob(id);
      return id;
    },
    stop: () => setJob(null),
    cancel: () => {
      if (job !== null) void call(cancelChannel, { jobId: job } as ChannelInput<typeof cancelChannel>);
    },
  };
}
