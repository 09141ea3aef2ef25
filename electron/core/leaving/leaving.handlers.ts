// The leaving domain's handlers: one function per channel of leaving.channels.ts, each calling the domain's code.
import { offerDossierPart } from '../persons';
import { approveLeaving } from './approval';
import {
  cancelLeaving,
  checkCarriers,
  recordDevices,
  recordTalk,
  removeAccess,
  signLeavingPledge,
  startLeaving,
} from './leaving.service';
import { leavingView, listLeaving } from './views';
import type { DomainHandlers } from '../../ipc/dispatch';

export const leavingHandlers: DomainHandlers<'leaving'> = {
  'leaving:list': (core, input) => listLeaving(core.session().db, input),
  'leaving:get': (core, input) => leavingView(core.session().db, input.leavingId),
  'leaving:start': (core, input) => startLeaving(core, input),
  'leaving:talk': (core, input) => recordTalk(core, input),
  'leaving:carriers': (core, input) => checkCarriers(core, input),
  'leaving:devices': (core, input) => recordDevices(core, input),
  'leaving:account': (core, input) => removeAccess(core, input),
  'leaving:pledge': (core, input) => signLeavingPledge(core, input),
  'leaving:approve': (core, input) => approveLeaving(core, input),
  'leaving:cancel': (core, input) => cancelLeaving(core, input.leavingId),
};

// A person's file lists their leaving procedures; offered here, where this domain is wired in.
offerDossierPart('leaving', (db, personId) => listLeaving(db, { personId, page: 1, pageSize: 100 }).rows);
