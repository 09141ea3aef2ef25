// The committee domain's channels (保密委员会 and 涉密会议与活动): name, input schema, output type and who may
// call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import { empty } from '../../ipc/schemas/common';
import {
  CommitteeMeetingIdInput,
  CommitteeMeetingListInput,
  type CommitteeMeetingView,
  LetterSignInput,
  MeetingRecordInput,
  MemberAddInput,
  MemberLeaveInput,
  type MemberView,
  TaskAddInput,
  TaskDoneInput,
  TaskListInput,
  type TaskView,
  YearInput,
  YearPlanInput,
  YearSummaryInput,
  type YearView,
} from '../../ipc/schemas/committee';
import {
  MaterialsCollectInput,
  MaterialsIssueInput,
  MeetingApproveInput,
  MeetingCloseInput,
  MeetingCreateInput,
  MeetingIdInput,
  MeetingListInput,
  MeetingMeasuresInput,
  type MeetingRow,
  type MeetingView,
} from '../../ipc/schemas/meetings';

export const committeeChannels = channels('committee', {
  'committee:members': channel<MemberView[]>()(empty, 'register:read'),
  'committee:addMember': channel<MemberView[]>()(MemberAddInput, 'register:write'),
  'committee:memberLeaves': channel<MemberView[]>()(MemberLeaveInput, 'register:write'),
  'committee:meetings': channel<Page<CommitteeMeetingView>>()(CommitteeMeetingListInput, 'register:read'),
  'committee:meeting': channel<CommitteeMeetingView>()(CommitteeMeetingIdInput, 'register:read'),
  'committee:recordMeeting': channel<CommitteeMeetingView>()(MeetingRecordInput, 'register:write'),
  'committee:tasks': channel<Page<TaskView>>()(TaskListInput, 'register:read'),
  'committee:addTask': channel<TaskView>()(TaskAddInput, 'register:write'),
  'committee:finishTask': channel<TaskView>()(TaskDoneInput, 'register:write'),
  'committee:year': channel<YearView>()(YearInput, 'register:read'),
  'committee:adoptPlan': channel<YearView>()(YearPlanInput, 'register:write'),
  'committee:summarise': channel<YearView>()(YearSummaryInput, 'register:write'),
  'committee:signLetter': channel<YearView>()(LetterSignInput, 'register:write'),
  'committee:classifiedMeetings': channel<Page<MeetingRow>>()(MeetingListInput, 'register:read'),
  'committee:classifiedMeeting': channel<MeetingView>()(MeetingIdInput, 'register:read'),
  'committee:createMeeting': channel<MeetingView>()(MeetingCreateInput, 'register:write'),
  'committee:approveMeeting': channel<MeetingView>()(MeetingApproveInput, 'register:write'),
  'committee:meetingMeasures': channel<MeetingView>()(MeetingMeasuresInput, 'register:write'),
  'committee:issueMaterials': channel<MeetingView>()(MaterialsIssueInput, 'register:write'),
  'committee:collectMaterials': channel<MeetingView>()(MaterialsCollectInput, 'register:write'),
  'committee:closeMeeting': channel<MeetingView>()(MeetingCloseInput, 'register:write'),
});
