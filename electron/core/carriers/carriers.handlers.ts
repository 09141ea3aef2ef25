// The carriers domain's handlers: one function per channel of carriers.channels.ts, each calling the domain's code.
import { today } from '../util/dates';
import { attachToCarrier, editCarrier, getCarrier, registerCarrier } from './carriers.service';
import { copyRegister } from './copy-register';
import { copyCarrier } from './copying';
import { destroyCopies, listDestructions } from './destruction';
import { addKnower } from './knowers';
import { borrow, carryOut, returnCopies } from './lending';
import { distribute, handOver, recall, returnToIssuer } from './custody';
import { listCarriers } from './register-query';
import { carriersHeldBy, listCustodians, listMovements } from './holders-query';
import { returnBatch } from './return-batch';
import { carrierSettings, updateCarrierSettings } from './settings';
import { exportRegister, registerColumns } from '../xlsx';
import type { DomainHandlers } from '../../ipc/dispatch';

export const carriersHandlers: DomainHandlers<'carriers'> = {
  'carriers:list': (core, input) => {
    const { db } = core.session();
    return listCarriers(db, input, today(core.clock), carrierSettings(db).termWarningDays);
  },
  // The register's export is the column registry's (the importer reads the same headings back).
  'carriers:exportXlsx': (core, { outPath, ...query }) =>
    exportRegister(core, registerColumns('carriers'), query, outPath),
  'carriers:get': (core, input) => getCarrier(core, input.id),
  'carriers:register': (core, input) => registerCarrier(core, input),
  'carriers:edit': (core, input) => editCarrier(core, input),
  'carriers:attach': (core, input) => attachToCarrier(core, input),
  'carriers:distribute': (core, input) => distribute(core, input),
  'carriers:recall': (core, input) => recall(core, input),
  'carriers:borrow': (core, input) => borrow(core, input),
  'carriers:carryOut': (core, input) => carryOut(core, input),
  'carriers:return': (core, input) => returnCopies(core, input),
  'carriers:returnBatch': (core, input) => returnBatch(core, input),
  'carriers:returnToIssuer': (core, input) => returnToIssuer(core, input),
  'carriers:handOver': (core, input) => handOver(core, input),
  'carriers:copy': (core, input) => copyCarrier(core, input),
  'carriers:destroy': (core, input) => destroyCopies(core, input),
  'carriers:destructions': (core, input) => listDestructions(core.session().db, input),
  'carriers:movements': (core, input) => listMovements(core.session().db, input),
  'carriers:copyRegister': (core, input) => copyRegister(core.session().db, input, today(core.clock)),
  'carriers:addKnower': (core, input) => addKnower(core, input),
  'carriers:heldBy': (core, input) => carriersHeldBy(core.session().db, input.custodianKey),
  'carriers:custodians': (core) => listCustodians(core.session().db),
  'carriers:settings': (core) => carrierSettings(core.session().db),
  'carriers:updateSettings': (core, input) => updateCarrierSettings(core, input),
};
