import { createStatement, listStatements, statementView } from '../../core/persons/allowance';
import { nominateClearance, recordClearanceStep } from '../../core/persons/clearance';
import { today } from '../../core/util/dates';
import { annualReport } from '../../core/persons/annual-report';
import { personDossier, personnelCounts } from '../../core/persons/dossier';
import {
  approveLeaving,
  cancelLeaving,
  checkCarriers,
  leavingView,
  listLeaving,
  recordDevices,
  recordTalk,
  removeAccess,
  signLeavingPledge,
  startLeaving,
} from '../../core/persons/leaving';
import {
  addPost,
  createDepartment,
  createPerson,
  depart,
  endPost,
  extendSeparation,
  linkAccount,
  listDepartments,
  personDetail,
  postPerson,
  updateDepartment,
  updatePerson,
} from '../../core/persons/persons.service';
import { listPersons } from '../../core/persons/register-query';
import { personnelSettings, updatePersonnelSettings } from '../../core/persons/settings';
import {
  applyTravel,
  decideTravel,
  departTravel,
  educateTravel,
  listTravel,
  returnTravel,
  travelView,
} from '../../core/persons/travel';
import { listPassports, registerPassport, returnPassport } from '../../core/persons/passports';
import { recordPledge, recordTraining, recordVetting } from '../../core/persons/vetting';
import type { HandlerMap } from '../dispatch';

export const personsHandlers: HandlerMap = {
  'departments:list': (core) => listDepartments(core.session().db),
  'departments:create': (core, input) => createDepartment(core, input),
  'departments:update': (core, input) => updateDepartment(core, input),
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
  'allowance:list': (core, input) => listStatements(core.session().db, input),
  'allowance:get': (core, input) => statementView(core.session().db, input.id),
  'allowance:create': (core, input) => createStatement(core, input),
};
