// The trainings domain's handlers: one function per channel of trainings.channels.ts, each calling the domain's
// code. Persons asks this register for a person's training and 岗前培训考核 through the part offered below.
import { offerDossierPart, offerTrainingPart } from '../persons';
import {
  appraise,
  appraiseGrid,
  listAppraisals,
  passedPrePostAppraisal,
  reviewAppraisal,
} from './appraisals';
import { listAgreements, recordAgreement } from './agreements';
import { attend, attendedPrePost, makeUp, recordPersonTraining, trainingsOfPerson } from './attendance';
import { trainingMatrix } from './matrix';
import { listSanctions, recordSanction } from './sanctions';
import { cancelSession, holdSession, planSession, planSummary } from './sessions';
import { listSessions, rosterOf, sessionView } from './views';
import { saveTrainingSettings, trainingSettings } from './settings';
import { addStaff, listStaff } from './staff';
import type { DomainHandlers } from '../../ipc/dispatch';
import { trainingFigures } from './annual-figures';

export const trainingsHandlers: DomainHandlers<'trainings'> = {
  'trainings:list': (core, input) => listSessions(core.session().db, input),
  'trainings:get': (core, input) => sessionView(core.session().db, input.sessionId),
  'trainings:roster': (core, input) => rosterOf(core.session().db, input.sessionId),
  'trainings:plan': (core, input) => planSession(core, input),
  'trainings:hold': (core, input) => holdSession(core, input),
  'trainings:cancel': (core, input) => cancelSession(core, input),
  'trainings:attend': (core, input) => attend(core, input),
  'trainings:makeUp': (core, input) => makeUp(core, input),
  'trainings:planSummary': (core, input) => planSummary(core.session().db, input.year),
  'trainings:matrix': (core, input) => trainingMatrix(core.session().db, input),
  'trainings:figures': (core, input) => trainingFigures(core.session().db, input.year),
  'trainings:appraisals': (core, input) => listAppraisals(core.session().db, input),
  'trainings:appraise': (core, input) => appraise(core, input),
  'trainings:appraiseGrid': (core, input) => appraiseGrid(core, input),
  'trainings:reviewAppraisal': (core, input) => reviewAppraisal(core, input),
  'trainings:sanctions': (core, input) => listSanctions(core.session().db, input),
  'trainings:sanction': (core, input) => recordSanction(core, input),
  'trainings:agreements': (core, input) => listAgreements(core.session().db, input),
  'trainings:agree': (core, input) => recordAgreement(core, input),
  'trainings:staff': (core, input) => listStaff(core.session().db, input),
  'trainings:addStaff': (core, input) => addStaff(core, input),
  'trainings:settings': (core) => trainingSettings(core.session().db),
  'trainings:updateSettings': (core, input) => saveTrainingSettings(core, input),
};

offerTrainingPart({
  of: trainingsOfPerson,
  prePost: (db, personId) => ({
    trained: attendedPrePost(db, personId),
    appraised: passedPrePostAppraisal(db, personId),
  }),
  record: recordPersonTraining,
});

// The person's file shows their 考核, 奖惩 and agreements (a 竞业限制 stays after they leave).
offerDossierPart(
  'appraisals',
  (db, personId) => listAppraisals(db, { personId, page: 1, pageSize: 500 }).rows,
);
offerDossierPart('sanctions', (db, personId) => listSanctions(db, { personId, page: 1, pageSize: 500 }).rows);
offerDossierPart(
  'agreements',
  (db, personId) => listAgreements(db, { personId, page: 1, pageSize: 500 }).rows,
);
