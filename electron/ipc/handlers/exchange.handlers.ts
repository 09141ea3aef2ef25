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
  'exchange:counterparts': (core) => listCounterparts(core.session().db),
  'exchange:previewKey': (_core, input) => previewPublicKey(input.path),
  'exchange:importKey': (core, input) => importCounterpart(core, input),
  'exchange:export': (core, input) => exportPackage(core, input),
  'exchange:outgoing': (core, input) => listOutgoing(core.session().db, input.to),
  'exchange:importReceipt': (core, input) => importReceipt(core, input.path),
  'exchange:verify': (core, input) => verifyFile(core, input.path),
  'exchange:import': (core, input) => importPackage(core, input),
  'exchange:receipt': (core, input) => issueReceipt(core, input),
  'exchange:enableSupervisor': (core) => enableSupervisor(core),
  'exchange:units': (core) => listUnits(core),
  'exchange:setInterval': (core, input) => setInterval(core, input),
  'exchange:figures': (core) => consolidatedFigures(core),
  'exchange:unitRegisters': (core, input) => unitRegisters(core.session().db, input.unitCode),
  'exchange:unitRecords': (core, input) => unitRecords(core.session().db, input),
};
