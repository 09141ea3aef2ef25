// The backup domain's handlers: one function per channel of backup.channels.ts, each calling the domain's code.
import { backupNow, restoreCancel, restoreNow, restoreProgress } from './backup.actions';
import type { DomainHandlers } from '../../ipc/dispatch';
import { cancelJob, jobProgress } from '../util/jobs';

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup:create': (core, input) => backupNow(core, input),
  'backup:restore': (core, input) => restoreNow(core, input),
  'backup:progress': (_core, input) => jobProgress(input.jobId),
  'backup:cancel': (_core, input) => cancelJob(input.jobId),
  'backup:restoreProgress': (_core, input) => restoreProgress(input.jobId),
  'backup:restoreCancel': (_core, input) => restoreCancel(input.jobId),
};
