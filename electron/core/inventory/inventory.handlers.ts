// The inventory domain's handlers: one function per channel of inventory.channels.ts, each calling the domain's code.
import {
  checkLines,
  closeInventory,
  getInventory,
  listInventories,
  openDiscrepancies,
  resolveDiscrepancy,
  startInventory,
} from './inventory.service';
import { checkRest, scanCopy } from './scan';
import type { DomainHandlers } from '../../ipc/dispatch';

export const inventoryHandlers: DomainHandlers<'inventory'> = {
  'inventory:list': (core, input) => listInventories(core.session().db, input),
  'inventory:start': (core, input) => startInventory(core, input),
  'inventory:get': (core, input) => getInventory(core.session().db, input),
  'inventory:check': (core, input) => checkLines(core, input),
  'inventory:close': (core, input) => closeInventory(core, input),
  'inventory:discrepancies': (core, input) => openDiscrepancies(core.session().db, input),
  'inventory:resolve': (core, input) => resolveDiscrepancy(core, input),
  'inventory:scan': (core, input) => scanCopy(core, input),
  'inventory:checkRest': (core, input) => checkRest(core, input),
};
