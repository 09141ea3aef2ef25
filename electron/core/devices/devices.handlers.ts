// The devices domain's handlers: one function per channel of devices.channels.ts, each calling the domain's code.
import type { DomainHandlers } from '../../ipc/dispatch';
import { offerDossierPart } from '../persons';
import { today } from '../util/dates';
import { checkSchedule } from './check-schedule';
import { hostFacts } from './host';
import { bindVolume } from './media-bind';
import {
  checkDeviceLines,
  closeDeviceInventory,
  getDeviceInventory,
  listDeviceInventories,
  openDeviceDiscrepancies,
  resolveDeviceDiscrepancy,
  startDeviceInventory,
} from './inventory';
import { destroyDevice, downgradeDevice, retireDevice } from './disposal';
import { borrowDevice, carryOutDevice, returnDevice } from './movements';
import { listMovements } from './movements-query';
import { changeDevice, giveBack, issueDevice, registerDevice } from './register';
import { devicesHeldBy, listDevices } from './register-query';
import { finishRepair, startRepair } from './repair';
import { addCheck, addUsage, listChecks, listRepairs, listUsage } from './usage';
import { deviceSettings, updateDeviceSettings } from './settings';
import { getDevice } from './views';

// The person's file lists what they hold (persons cannot import devices, which is built on it).
offerDossierPart('devices', (db, personId) => devicesHeldBy(db, personId));

export const devicesHandlers: DomainHandlers<'devices'> = {
  'devices:list': (core, input) => listDevices(core.session().db, input, today(core.clock)),
  'devices:get': (core, input) => getDevice(core, input.id),
  'devices:register': (core, input) => registerDevice(core, input),
  'devices:issue': (core, input) => issueDevice(core, input),
  'devices:giveBack': (core, input) => giveBack(core, input),
  'devices:borrow': (core, input) => borrowDevice(core, input),
  'devices:carryOut': (core, input) => carryOutDevice(core, input),
  'devices:return': (core, input) => returnDevice(core, input),
  'devices:change': (core, input) => changeDevice(core, input),
  'devices:repair': (core, input) => startRepair(core, input),
  'devices:repairDone': (core, input) => finishRepair(core, input),
  'devices:retire': (core, input) => retireDevice(core, input),
  'devices:destroy': (core, input) => destroyDevice(core, input),
  'devices:downgrade': (core, input) => downgradeDevice(core, input),
  'devices:addUsage': (core, input) => addUsage(core, input),
  'devices:usage': (core, input) => listUsage(core.session().db, input),
  'devices:repairs': (core, input) => listRepairs(core.session().db, input),
  'devices:movements': (core, input) => listMovements(core.session().db, input),
  'devices:addCheck': (core, input) => addCheck(core, input),
  'devices:checks': (core, input) => listChecks(core.session().db, input.id),
  'devices:checkSchedule': (core, input) => checkSchedule(core.session().db, input, today(core.clock)),
  'devices:settings': (core) => deviceSettings(core.session().db),
  'devices:updateSettings': (core, input) => updateDeviceSettings(core, input),
  'devices:inventories': (core, input) => listDeviceInventories(core.session().db, input),
  'devices:inventoryStart': (core, input) => startDeviceInventory(core, input),
  'devices:inventory': (core, input) => getDeviceInventory(core.session().db, input),
  'devices:inventoryCheck': (core, input) => checkDeviceLines(core, input),
  'devices:inventoryClose': (core, input) => closeDeviceInventory(core, input),
  'devices:discrepancies': (core, input) => openDeviceDiscrepancies(core.session().db, input),
  'devices:inventoryResolve': (core, input) => resolveDeviceDiscrepancy(core, input),
  'devices:host': (core) => hostFacts(core.session().db),
  'devices:heldBy': (core, input) => devicesHeldBy(core.session().db, input.personId),
  'devices:bindVolume': (core, input) => bindVolume(core, input),
};
