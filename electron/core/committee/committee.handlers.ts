// The committee domain's handlers: one function per channel of committee.channels.ts.
import { today } from '../util/dates';
import {
  addMember,
  adoptPlan,
  committeeMeetingView,
  listCommitteeMeetings,
  listMembers,
  memberLeaves,
  recordMeeting,
  signLetter,
  summariseYear,
  yearView,
} from './committee.service';
import {
  approveMeeting,
  closeMeeting,
  collectMaterials,
  createMeeting,
  issueMaterials,
  listMeetings,
  meetingView,
  recordMeasures,
} from './meetings';
import { addTask, finishTask, listTasks } from './tasks';
import { addArchive, addRule, listArchive, listRules, repealRule } from './archive';
import { leaderCheckView, listLeaderChecks, recordLeaderCheck, reviseLeaderCheck } from './leader-checks';
import type { DomainHandlers } from '../../ipc/dispatch';
import { offerDossierPart } from '../persons';
import { committeeOfPerson } from './person-part';

// The person file lists the person's seat on the committee and what they own.
offerDossierPart('committee', committeeOfPerson);

export const committeeHandlers: DomainHandlers<'committee'> = {
  'committee:members': (core) => listMembers(core.session().db),
  'committee:addMember': (core, input) => addMember(core, input),
  'committee:memberLeaves': (core, input) => memberLeaves(core, input),
  'committee:meetings': (core, input) => listCommitteeMeetings(core.session().db, input, today(core.clock)),
  'committee:meeting': (core, input) =>
    committeeMeetingView(core.session().db, input.meetingId, today(core.clock)),
  'committee:recordMeeting': (core, input) => recordMeeting(core, input),
  'committee:tasks': (core, input) => listTasks(core.session().db, input, today(core.clock)),
  'committee:addTask': (core, input) => addTask(core, input),
  'committee:finishTask': (core, input) => finishTask(core, input),
  'committee:year': (core, input) => yearView(core.session().db, input.year, today(core.clock)),
  'committee:adoptPlan': (core, input) => adoptPlan(core, input),
  'committee:summarise': (core, input) => summariseYear(core, input),
  'committee:signLetter': (core, input) => signLetter(core, input),
  'committee:classifiedMeetings': (core, input) => listMeetings(core.session().db, input),
  'committee:classifiedMeeting': (core, input) => meetingView(core.session().db, input.meetingId),
  'committee:createMeeting': (core, input) => createMeeting(core, input),
  'committee:approveMeeting': (core, input) => approveMeeting(core, input),
  'committee:meetingMeasures': (core, input) => recordMeasures(core, input),
  'committee:issueMaterials': (core, input) => issueMaterials(core, input),
  'committee:collectMaterials': (core, input) => collectMaterials(core, input),
  'committee:closeMeeting': (core, input) => closeMeeting(core, input),
  'committee:rules': (core, input) => listRules(core.session().db, input),
  'committee:addRule': (core, input) => addRule(core, input),
  'committee:repealRule': (core, input) => repealRule(core, input),
  'committee:archive': (core, input) => listArchive(core.session().db, input),
  'committee:addArchive': (core, input) => addArchive(core, input),
  'committee:leaderChecks': (core, input) => listLeaderChecks(core.session().db, input),
  'committee:leaderCheck': (core, input) => leaderCheckView(core.session().db, input.checkId),
  'committee:checkLeader': (core, input) => recordLeaderCheck(core, input),
  'committee:reviseLeaderCheck': (core, input) => reviseLeaderCheck(core, input),
};
