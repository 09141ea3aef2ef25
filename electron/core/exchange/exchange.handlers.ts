// The exchange domain's handlers: one function per channel of exchange.channels.ts, each calling the domain's code.
import { importCounterpart, listCounterparts, previewPublicKey } from './counterparts';
import { issueReceipt, verifyFile } from './incoming';
import { importWithHistory } from './supervisor-history';
import { supervisorHandlers } from './supervisor.handlers';
import { noticeHandlers } from './notice.handlers';
import { exportPackageJob, listOutgoing } from './outgoing';
import { importReceipt } from './receipt-import';
import {
  consolidatedFigures,
  enableSupervisor,
  listUnits,
  setInterval,
  unitRecords,
  unitRegisters,
} from './supervisor';
import type { DomainHandlers } from '../../ipc/dispatch';
import { driveOfPath } from '../files';
import { cancelJob, jobProgress } from '../util/jobs';

export const exchangeHandlers: DomainHandlers<'exchange'> = {
  'exchange:counterparts': (core) => listCounterparts(core.session().db),
  'exchange:previewKey': (_core, input) => previewPublicKey(input.path),
  'exchange:importKey': (core, input) => importCounterpart(core, input),
  'exchange:export': (core, input) =>
    exportPackageJob(core, input, () => driveOfPath(core, input.outPath), input.jobId),
  'exchange:exportProgress': (_core, input) => jobProgress(input.jobId),
  'exchange:exportCancel': (_core, input) => cancelJob(input.jobId),
  'exchange:outgoing': (core, input) => listOutgoing(core.session().db, input.to),
  'exchange:importReceipt': (core, input) => importReceipt(core, input.path),
  'exchange:verify': (core, input) => verifyFile(core, input.path),
  'exchange:import': (core, input) => importWithHistory(core, input),
  'exchange:importProgress': (_core, input) => jobProgress(input.jobId),
  'exchange:importCancel': (_core, input) => cancelJob(input.jobId),
  'exchange:receipt': (core, input) => issueReceipt(core, input),
  'exchange:enableSupervisor': (core) => enableSupervisor(core),
  'exchange:units': (core) => listUnits(core),
  'exchange:setInterval': (core, input) => setInterval(core, input),
  'exchange:figures': (core) => consolidatedFigures(core),
  'exchange:unitRegisters': (core, input) => unitRegisters(core.session().db, input.unitCode),
  'exchange:unitRecords': (core, input) => unitRecords(core.session().db, input),
  ...supervisorHandlers,
  ...noticeHandlers,
};
