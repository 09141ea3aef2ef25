// The xlsx domain's handlers: one function per channel of xlsx.channels.ts.
import type { DomainHandlers } from '../../ipc/dispatch';
import { exportRegister } from './export';
import { previewImport, runImport, writeErrorsXlsx } from './import';
import { cancelJob, endJob, phasedProgress, startJob } from '../util/jobs';
import { registerColumns } from './registers';

export const xlsxHandlers: DomainHandlers<'xlsx'> = {
  'xlsx:preview': (core, input) => previewImport(core, input),
  'xlsx:import': (core, input) => runImport(core, input),
  'xlsx:errors': (core, input) => writeErrorsXlsx(core, input),
  'xlsx:export': async (core, input) => {
    startJob(input.jobId);
    try {
      return await exportRegister(core, registerColumns(input.register), input.query, input.outPath);
    } finally {
      endJob(input.jobId);
    }
  },
  'xlsx:progress': (_core, input) => phasedProgress(input.jobId),
  'xlsx:cancel': (_core, input) => ({ cancelled: cancelJob(input.jobId) }),
};
