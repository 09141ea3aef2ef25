// 涉密会议与活动 (law art. 38, regulation art. 45), with 外单位参观考察 and 参展 as activities of the same kind.
import { z } from 'zod';
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  NATIONAL_LEVELS,
  type MeetingKind,
  type MeetingStatus,
  type NationalLevel,
} from '../../../db/domain/vocab';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';

export const meetingId = z.number({ error: '请选择涉密会议' }).int().positive();

export const MeetingCreateInput = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: '请选择类别' }),
    name: requiredText('名称', 200),
    level: z.enum(NATIONAL_LEVELS, { error: '请选择密级' }),
    startsOn: isoDate('开始日期'),
    endsOn: isoDate('结束日期'),
    place: requiredText('地点', 100),
    hostDepartmentId: departmentId,
    attendees: z.array(requiredText('参会人员', 40)).min(1, '请填写知悉范围（参会人员）').max(500),
    planAttachmentId: z.number().int().positive().optional(),
    measures: optionalText('主要管理措施', 2000),
  })
  .refine((m) => m.endsOn >= m.startsOn, { message: '结束日期不能早于开始日期', path: ['endsOn'] });

export const MeetingApproveInput = z.object({ meetingId, approval: ActionApprovalInput });

/** 场所和设备合规, 身份核实, 保密教育 (art. 45): checked off before it starts. */
export const MeetingMeasuresInput = z.object({
  meetingId,
  venueCompliant: z.boolean(),
  identityChecked: z.boolean(),
  educated: z.boolean(),
});

/** 会议材料: carrier copies issued to attendees, by the carrier and its 份号. */
export const MaterialsIssueInput = z.object({
  meetingId,
  carrierId: z.number({ error: '请选择载体' }).int().positive(),
  copyNos: z.array(z.number().int().positive()).min(1, '请选择份号'),
  issuedTo: requiredText('领取人', 40),
  issuedOn: isoDate('发放日期'),
});

export const MaterialsCollectInput = z.object({
  materialIds: z.array(z.number().int().positive()).min(1, '请选择要收回的材料'),
  collectedOn: isoDate('收回日期'),
});

export const MeetingCloseInput = z.object({ meetingId, closedOn: isoDate('结束日期') });

export const MeetingListInput = PageInput.extend({
  status: z.enum(MEETING_STATUSES).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  /** Only those with materials still out. */
  materialsOut: z.boolean().optional(),
  search: z.string().trim().max(60).optional(),
});
export const MeetingIdInput = z.object({ meetingId });

export interface MaterialView {
  id: number;
  carrierId: number;
  carrierName: string;
  copyNo: number;
  issuedTo: string;
  issuedOn: string;
  collectedOn: string | null;
}

export interface MeetingRow {
  id: number;
  kind: MeetingKind;
  name: string;
  level: NationalLevel;
  startsOn: string;
  endsOn: string;
  place: string;
  hostDepartmentId: number;
  hostDepartment: string;
  attendees: string[];
  venueCompliant: boolean;
  identityChecked: boolean;
  educated: boolean;
  measures: string | null;
  status: MeetingStatus;
  closedOn: string | null;
  materialsIssued: number;
  materialsOut: number;
}

export interface MeetingView extends MeetingRow {
  planAttachmentId: number | null;
  steps: StepView[];
  materials: MaterialView[];
}
