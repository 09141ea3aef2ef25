// The travel domain's handlers: one function per channel of travel.channels.ts, each calling the domain's code.
import { listPassports, registerPassport, returnPassport } from '../persons/passports';
import {
  applyTravel,
  decideTravel,
  departTravel,
  educateTravel,
  listTravel,
  returnTravel,
  travelView,
} from '../persons/travel';
import { today } from '../util/dates';
import type { DomainHandlers } from '../../ipc/dispatch';

export const travelHandlers: DomainHandlers<'travel'> = {
  'travel:list': (core, input) => listTravel(core.session().db, input, today(core.clock)),
  'travel:get': (core, input) => travelView(core.session().db, input.travelId, today(core.clock)),
  'travel:apply': (core, input) => applyTravel(core, input),
  'travel:decide': (core, input) => decideTravel(core, input),
  'travel:educate': (core, input) => educateTravel(core, input),
  'travel:depart': (core, input) => departTravel(core, input),
  'travel:return': (core, input) => returnTravel(core, input),
  'travel:passports': (core, input) => listPassports(core.session().db, input, today(core.clock)),
  'travel:registerPassport': (core, input) => registerPassport(core, input),
  'travel:returnPassport': (core, input) => returnPassport(core, input),
};
