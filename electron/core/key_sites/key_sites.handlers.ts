// The key_sites domain's handlers: one function per channel of key_sites.channels.ts.
import { today } from '../util/dates';
import {
  addDuty,
  approveKeySite,
  checkSite,
  proposeKeySite,
  revokeKeySite,
  setProtections,
  visitIn,
  visitOut,
} from './key_sites.service';
import { approvedPlaces, keySitesOfPerson, keySiteView, listKeySites, listVisits } from './views';
import type { DomainHandlers } from '../../ipc/dispatch';
import { offerSafePlaces } from '../carriers';
import { topSecretPlaces } from './views';
import { offerDossierPart } from '../persons';

// An approved 绝密 要害部位 is a place fit for 绝密 carriers: their storage warning reads it by its name.
offerSafePlaces(topSecretPlaces);

// The person file lists the sites the person is 负责人 of.
offerDossierPart('keySites', keySitesOfPerson);

export const keySitesHandlers: DomainHandlers<'key_sites'> = {
  'key_sites:list': (core, input) => listKeySites(core.session().db, input, today(core.clock)),
  'key_sites:get': (core, input) => keySiteView(core.session().db, input.siteId, today(core.clock)),
  'key_sites:places': (core) => approvedPlaces(core.session().db),
  'key_sites:visits': (core, input) => listVisits(core.session().db, input),
  'key_sites:propose': (core, input) => proposeKeySite(core, input),
  'key_sites:approve': (core, input) => approveKeySite(core, input),
  'key_sites:revoke': (core, input) => revokeKeySite(core, input),
  'key_sites:protections': (core, input) => setProtections(core, input),
  'key_sites:visitIn': (core, input) => visitIn(core, input),
  'key_sites:visitOut': (core, input) => visitOut(core, input),
  'key_sites:duty': (core, input) => addDuty(core, input),
  'key_sites:check': (core, input) => checkSite(core, input),
};
