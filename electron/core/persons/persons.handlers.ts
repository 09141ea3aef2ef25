// The persons domain's handlers: one function per channel of persons.channels.ts, each calling the domain's code.
import { today } from '../util/dates';
import { annualReport } from './annual-report';
import { nominateClearance, recordClearanceStep } from './clearance';
import { personDossier, personnelCounts } from './dossier';
import {
  addPost,
  createPerson,
  endPost,
  linkAccount,
  personDetail,
  postPerson,
  updatePerson,
} from './persons.service';
import { listPersons } from './register-query';
import { depart, extendSeparation } from './separation';
import { personnelSettings, updatePersonnelSettings } from './settings';
import { recordPledge, recordTraining, recordVetting } from './vetting';
import type { DomainHandlers } from '../../ipc/dispatch';

export const personsHandlers: DomainHandlers<'persons'> = {
  'persons:list': (core, input) => {
    const { db } = core.session();
    return listPersons(db, input, today(core.clock), personnelSettings(db).warningDays);
  },
  'persons:get': (core, input) => personDetail(core, input.id),
  'persons:dossier': (core, input) => personDossier(core, input.id),
  'persons:counts': (core) => personnelCounts(core.session().db, today(core.clock)),
  'persons:annualReport': (core, input) => annualReport(core.session().db, input.year),
  'persons:create': (core, input) => createPerson(core, input),
  'persons:update': (core, input) => updatePerson(core, input),
  'persons:addPost': (core, input) => addPost(core, input),
  'persons:endPost': (core, input) => endPost(core, input),
  'persons:nominateClearance': (core, input) => nominateClearance(core, input),
  'persons:clearanceStep': (core, input) => recordClearanceStep(core, input),
  'persons:vet': (core, input) => recordVetting(core, input),
  'persons:train': (core, input) => recordTraining(core, input),
  'persons:pledge': (core, input) => recordPledge(core, input),
  'persons:post': (core, input) => postPerson(core, input),
  'persons:linkAccount': (core, input) => linkAccount(core, input),
  'persons:depart': (core, input) => depart(core, input),
  'persons:extendSeparation': (core, input) => extendSeparation(core, input),
  'persons:settings': (core) => personnelSettings(core.session().db),
  'persons:updateSettings': (core, input) => updatePersonnelSettings(core, input),
};
