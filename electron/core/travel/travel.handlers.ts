// The travel domain's handlers: one function per channel of travel.channels.ts, each calling the domain's code.
import { offerDossierPart } from '../persons';
import { today } from '../util/dates';
import { listPassports, registerPassport, returnPassport } from './passports';
import { applyTravel, decideTravel, departTravel, educateTravel, returnTravel } from './travel.service';
import { listTravel, travelView } from './views';
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

// A person's file lists their trips and the passports the unit keeps for them; offered here, where this
// domain is wired in.
offerDossierPart(
  'travel',
  (db, personId, now) => listTravel(db, { personId, page: 1, pageSize: 500 }, now).rows,
);
offerDossierPart('passports', (db, personId, now) => listPassports(db, { personId, outOnly: false }, now));
