// 离岗离职 as a guided procedure (regulation art. 53): each step its own call, then the approval.
import type { HeldDeviceView } from './devices';
import { z } from 'zod';
import type { LeavingOpinionView } from './notices';
import {
  LEAVING_KINDS,
  LEAVING_STATUSES,
  type Clearance,
  type LeavingKind,
  type LeavingStatus,
  type LeavingStep,
} from '../../../db/domain/vocab';
import { PageInput } from './common';
import { type HeldCopyView } from './carriers';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, optionalText, requiredText } from './common';
import { personId } from './persons';

export const leavingId = z.number({ error: '请选择离岗手续' }).int().positive();

export const LeavingStartInput = z.object({
  personId,
  kind: z.enum(LEAVING_KINDS, { error: '请选择离岗类型' }),
  startedOn: isoDate('开始办理日期'),
  reason: requiredText('离岗原因', 200),
  destination: optionalText('去向/调往单位', 100),
});

/** 保密提醒谈话: at least two people present besides the person. */
export const LeavingTalkInput = z.object({
  leavingId,
  talkOn: isoDate('谈话日期'),
  present: z
    .array(z.object({ name: requiredText('在场人员姓名', 40), title: optionalText('职务', 40) }))
    .max(10, '在场人员过多'),
  notes: optionalText('谈话记录', 2000),
});

/** 清退: checked against the carrier register on this date. */
export const LeavingCarriersInput = z.object({ leavingId, checkedOn: isoDate('清退核对日期') });

/** Devices returned (a free list until the devices register exists). */
export const LeavingDevicesInput = z.object({
  leavingId,
  returnedOn: isoDate('设备交回日期'),
  devices: z.array(requiredText('设备', 100)).max(50).default([]),
});

/** 取消涉密信息系统访问权限: the linked account, if any, is disabled. */
export const LeavingAccountInput = z.object({ leavingId, doneOn: isoDate('取消权限日期') });

export const LeavingPledgeInput = z.object({
  leavingId,
  signedOn: isoDate('离岗承诺书签订日期'),
  scanAttachmentId: z.number().int().positive().optional(),
});

/** The approval fixes the separation period from its date. */
export const LeavingApproveInput = z.object({ leavingId, approval: ActionApprovalInput });

export const LeavingIdInput = z.object({ leavingId });

export const LeavingListInput = PageInput.extend({
  status: z.enum(LEAVING_STATUSES).optional(),
  personId: personId.optional(),
});

export interface TalkPresentView {
  name: string;
  title?: string | undefined;
}

export interface LeavingView {
  id: number;
  personId: number;
  personName: string;
  department: string;
  kind: LeavingKind;
  status: LeavingStatus;
  startedOn: string;
  reason: string;
  destination: string | null;
  talkOn: string | null;
  talkPresent: TalkPresentView[];
  talkNotes: string | null;
  carriersClearedOn: string | null;
  devicesReturned: string[];
  devicesReturnedOn: string | null;
  accountDoneOn: string | null;
  accountDisabledId: number | null;
  pledgeId: number | null;
  approvalId: number | null;
  /** The approval that ended the procedure as recorded: who decided (name, title), when, document, opinion. */
  approval: StepView | null;
  approvedOn: string | null;
  clearance: Clearance | null;
  separationYears: number | null;
  separationEndsOn: string | null;
  /** Steps recorded and those still to do, in the guided order. */
  done: LeavingStep[];
  todo: LeavingStep[];
  /** What the carrier register shows the person holding right now (must be empty to approve). */
  holds: HeldCopyView[];
  /** What the device and media register shows in the person's charge or hands (must be empty too). */
  devicesHeld: HeldDeviceView[];
  /** The supervising bureau's 意见 on this procedure, as its notices brought them (issue 25). */
  supervisorOpinions: LeavingOpinionView[];
}
