import { importCounterpart, listCounterparts, previewPublicKey } from '../../core/keys/counterparts';
import { exportPublicKey, fingerprintSheet } from '../../core/keys/keys.service';
import { importPackage, issueReceipt, verifyFile } from '../../core/exchange/incoming';
import { exportPackage, importReceipt, listOutgoing } from '../../core/exchange/outgoing';
import {
  consolidatedFigures,
  enableSupervisor,
  listUnits,
  setInterval,
  unitRecords,
  unitRegisters,
} from '../../core/exchange/supervisor';
import type { HandlerMap } from '../dispatch';

export const exchangeHandlers: HandlerMap = {
  'keys:exportPublic': (core, input) => exportPublicKey(core, input.outPath),
  'keys:fingerprintSheet': (core) => fingerprintSheet(core),
  'counterparts:list': (core) => listCounterparts(core.session().db),
  'counterparts:preview': (_core, input) => previewPublicKey(input.path),
  'counterparts:import': (core, input) => importCounterpart(core, input),
  'exchange:export': (core, input) => exportPackage(core, input),
  'exchange:outgoing': (core, input) => listOutgoing(core.session().db, input.to),
  'exchange:importReceipt': (core, input) => importReceipt(core, input.path),
  'exchange:verify': (core, input) => verifyFile(core, input.path),
  'exchange:import': (core, input) => importPackage(core, input),
  'exchange:receipt': (core, input) => issueReceipt(core, input),
  'supervisor:enable': (core) => enableSupervisor(core),
  'supervisor:units': (core) => listUnits(core),
  'supervisor:setInterval': (core, input) => setInterval(core, input),
  'supervisor:figures': (core) => consolidatedFigures(core),
  'supervisor:registers': (core, input) => unitRegisters(core.session().db, input.unitCode),
  'supervisor:records': (core, input) => unitRecords(core.session().db, input),
};
