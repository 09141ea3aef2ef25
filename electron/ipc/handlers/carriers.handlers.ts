import {
  attachToCarrier,
  editCarrier,
  getCarrier,
  registerCarrier,
} from '../../core/carriers/carriers.service';
import { addKnower, createItem, listItems, updateItem } from '../../core/carriers/classification';
import { copyCarrier } from '../../core/carriers/copying';
import { copyRegister } from '../../core/carriers/copy-register';
import { today } from '../../core/util/dates';
import { declassify, extendTerm, reclassify } from '../../core/carriers/decisions';
import { destroyCopies, listDestructions } from '../../core/carriers/destruction';
import {
  checkLines,
  closeInventory,
  getInventory,
  listInventories,
  openDiscrepancies,
  resolveDiscrepancy,
  startInventory,
} from '../../core/carriers/inventory';
import {
  borrow,
  carryOut,
  distribute,
  handOver,
  recall,
  returnCopies,
  returnToIssuer,
} from '../../core/carriers/lifecycle';
import {
  carriersHeldBy,
  listCarriers,
  listCustodians,
  listMovements,
} from '../../core/carriers/register-query';
import { returnBatch } from '../../core/carriers/return-batch';
import { exportCarriersXlsx } from '../../core/carriers/xlsx-export';
import { decideReview, listReview } from '../../core/carriers/review';
import { carrierSettings, updateCarrierSettings } from '../../core/carriers/settings';
import type { HandlerMap } from '../dispatch';

export const carriersHandlers: HandlerMap = {
  'carriers:list': (core, input) => {
    const { db } = core.session();
    return listCarriers(db, input, today(core.clock), carrierSettings(db).termWarningDays);
  },
  'carriers:exportXlsx': (core, input) => exportCarriersXlsx(core, input),
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
  'classification:list': (core, input) => listItems(core.session().db, input),
  'classification:create': (core, input) => createItem(core, input),
  'classification:update': (core, input) => updateItem(core, input),
  'classification:reclassify': (core, input) => reclassify(core, input),
  'classification:declassify': (core, input) => declassify(core, input),
  'classification:extend': (core, input) => extendTerm(core, input),
  'classification:reviewList': (core, input) => listReview(core.session().db, input, today(core.clock)),
  'classification:review': (core, input) => decideReview(core, input),
  'inventory:list': (core, input) => listInventories(core.session().db, input),
  'inventory:start': (core, input) => startInventory(core, input),
  'inventory:get': (core, input) => getInventory(core.session().db, input),
  'inventory:check': (core, input) => checkLines(core, input),
  'inventory:close': (core, input) => closeInventory(core, input),
  'inventory:discrepancies': (core, input) => openDiscrepancies(core.session().db, input),
  'inventory:resolve': (core, input) => resolveDiscrepancy(core, input),
};
