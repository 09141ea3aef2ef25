// 保密委员会/领导小组: members, meetings and their decisions (tracked tasks), the year's plan and summary,
// 部门保密工作责任书.
import { z } from 'zod';
import {
  ARCHIVE_KINDS,
  COMMITTEE_ROLES,
  TASK_KINDS,
  TASK_STATUSES,
  type ArchiveKind,
  type CommitteeRole,
  type TaskKind,
  type TaskStatus,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';
import { personId } from './persons';

const year = z.number({ error: '请填写年度' }).int().min(2000, '年度不正确').max(2100, '年度不正确');

export const MemberAddInput = z.object({
  personId,
  role: z.enum(COMMITTEE_ROLES, { error: '请选择委员会职务' }),
  title: optionalText('行政职务', 40),
  phone: optionalText('电话', 30),
  joinedOn: isoDate('任职日期'),
});

export const MemberLeaveInput = z.object({
  memberId: z.number().int().positive(),
  leftOn: isoDate('离任日期'),
});

/** A decision of a meeting: the owner is checked by the core (a decision nobody owns is refused). */
export const DecisionInput = z.object({
  content: requiredText('决定事项', 500),
  ownerPersonId: z.number().int().positive().optional(),
  dueOn: isoDate('完成期限').optional(),
});

export const MeetingRecordInput = z.object({
  heldOn: isoDate('会议日期'),
  topics: requiredText('议题', 1000),
  chair: requiredText('主持人', 40),
  attendees: requiredText('出席人员', 500),
  recorder: requiredText('记录人', 40),
  minutes: optionalText('会议纪要', 5000),
  minutesAttachmentId: z.number().int().positive().optional(),
  decisions: z.array(DecisionInput).max(50).default([]),
});

export const TaskAddInput = z.object({
  kind: z.enum(TASK_KINDS, { error: '请选择事项类别' }),
  meetingId: z.number().int().positive().optional(),
  year,
  content: requiredText('事项', 500),
  ownerPersonId: z.number().int().positive().optional(),
  dueOn: isoDate('完成期限').optional(),
});

export const TaskDoneInput = z.object({
  taskId: z.number().int().positive(),
  doneOn: isoDate('完成日期'),
  note: optionalText('完成情况', 1000),
});

export const YearPlanInput = z.object({
  year,
  plan: requiredText('年度工作计划', 5000),
  adoptedOn: isoDate('通过日期'),
});
export const YearSummaryInput = z.object({
  year,
  summary: requiredText('年度工作总结', 10000),
  summaryOn: isoDate('总结日期'),
});

export const LetterSignInput = z.object({
  year,
  departmentId,
  signedOn: isoDate('签订日期'),
  signer: requiredText('部门负责人', 40),
});

export const TaskListInput = PageInput.extend({
  status: z.enum(TASK_STATUSES).optional(),
  kind: z.enum(TASK_KINDS).optional(),
  year: year.optional(),
});
export const CommitteeMeetingListInput = PageInput.extend({ year: year.optional() });
export const YearInput = z.object({ year });
export const CommitteeMeetingIdInput = z.object({ meetingId: z.number().int().positive() });

export interface MemberView {
  id: number;
  personId: number;
  name: string;
  gender: string;
  department: string;
  role: CommitteeRole;
  title: string | null;
  phone: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export interface TaskView {
  id: number;
  kind: TaskKind;
  meetingId: number | null;
  year: number;
  content: string;
  ownerPersonId: number;
  ownerName: string;
  dueOn: string | null;
  status: TaskStatus;
  doneOn: string | null;
  doneNote: string | null;
  overdue: boolean;
}

export interface CommitteeMeetingView {
  id: number;
  heldOn: string;
  topics: string;
  chair: string;
  attendees: string;
  recorder: string;
  minutes: string | null;
  minutesAttachmentId: number | null;
  decisions: TaskView[];
}

export interface YearView {
  year: number;
  plan: string | null;
  planAdoptedOn: string | null;
  summary: string | null;
  summaryOn: string | null;
  planItems: TaskView[];
  meetingsFirstHalf: number;
  meetingsSecondHalf: number;
  letters: { departmentId: number; department: string; signedOn: string | null; signer: string | null }[];
}

export const RuleAddInput = z.object({
  name: requiredText('制度名称', 100),
  docNo: optionalText('文号', 60),
  effectiveOn: isoDate('生效日期'),
  attachmentId: z.number().int().positive().optional(),
});
export const RuleRepealInput = z.object({
  ruleId: z.number().int().positive(),
  repealedOn: isoDate('废止日期'),
});
export const RuleListInput = z.object({ includeRepealed: z.boolean().default(true) });

export const ArchiveAddInput = z.object({
  year,
  kind: z.enum(ARCHIVE_KINDS, { error: '请选择档案类别' }),
  title: requiredText('标题', 200),
  attachmentId: z.number({ error: '请上传档案文件' }).int().positive(),
});
export const ArchiveListInput = PageInput.extend({
  year: year.optional(),
  kind: z.enum(ARCHIVE_KINDS).optional(),
  search: z.string().trim().max(60).optional(),
});

export interface RuleView {
  id: number;
  name: string;
  docNo: string | null;
  effectiveOn: string;
  repealedOn: string | null;
  attachmentId: number | null;
}

export interface ArchiveView {
  id: number;
  year: number;
  kind: ArchiveKind;
  title: string;
  attachmentId: number | null;
  fileName: string | null;
}
