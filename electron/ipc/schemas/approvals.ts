import { z } from 'zod';
import { boundedJsonObject } from './bounded-json';
import {
  APPROVAL_DECISIONS,
  APPROVAL_KINDS,
  REQUEST_STATUSES,
  type ApprovalDecision,
  type ApprovalKind,
  type RequestStatus,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';

/** Who approved: an account that approved in the app, or a named person whose paper approval is recorded. */
export const Approver = z.discriminatedUnion('type', [
  z.object({ type: z.literal('account'), accountId: z.number().int().positive() }),
  z.object({
    type: z.literal('person'),
    name: requiredText('审批人姓名', 40),
    title: optionalText('审批人职务', 40),
  }),
]);

export const ApprovalRecordInput = z.object({
  kind: z.enum(APPROVAL_KINDS, { error: '请选择审批事项' }),
  subjectType: requiredText('审批对象类型', 40),
  subjectId: requiredText('审批对象', 40),
  approver: Approver,
  decision: z.enum(APPROVAL_DECISIONS, { error: '请选择审批结论' }),
  decidedAt: isoDate('审批日期'),
  documentNo: optionalText('审批单文号', 60),
  opinion: optionalText('审批意见', 500),
  scanAttachmentId: z.number().int().positive().optional(),
});

export const ApprovalListInput = PageInput.extend({
  kind: z.enum(APPROVAL_KINDS).optional(),
  /** One subject's approvals (e.g. `carrier` / `42`), found through the subject index however old they are. */
  subjectType: requiredText('审批对象类型', 40).optional(),
  subjectId: requiredText('审批对象', 40).optional(),
}).refine((v) => (v.subjectType === undefined) === (v.subjectId === undefined), {
  message: '审批对象类型和审批对象应同时给出',
  path: ['subjectId'],
});

export interface ApprovalView {
  id: number;
  kind: ApprovalKind;
  subjectType: string;
  subjectId: string;
  /** The subject in the clerk's words: a carrier's 编号 and 名称, a person's name… */
  subjectLabel: string;
  /** The approver as shown: an account's name, or the named person (with title). */
  approverName: string;
  approverAccountId: number | null;
  approverTitle: string | null;
  decision: ApprovalDecision;
  decidedAt: string;
  documentNo: string | null;
  opinion: string | null;
  hasScan: boolean;
}

/** The clerk files a request; a 领导 decides it with his own login. */
export const RequestCreateInput = z.object({
  kind: z.enum(APPROVAL_KINDS, { error: '请选择审批事项' }),
  subjectType: requiredText('审批对象类型', 40),
  subjectId: requiredText('审批对象', 40),
  summary: requiredText('申请事由', 500),
  /** The proposed action (due date, copies, people …), shown to the leader and kept with the decision. */
  detail: boundedJsonObject('拟办事项').default({}),
});

export const RequestListInput = PageInput.extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  kind: z.enum(APPROVAL_KINDS).optional(),
});

export const RequestDecideInput = z.object({
  requestId: z.number().int().positive(),
  decision: z.enum(APPROVAL_DECISIONS, { error: '请选择同意或不同意' }),
  opinion: optionalText('审批意见', 500),
});

export const RequestIdInput = z.object({ requestId: z.number().int().positive() });

export interface RequestView {
  id: number;
  kind: ApprovalKind;
  subjectType: string;
  subjectId: string;
  summary: string;
  detail: Record<string, unknown>;
  status: RequestStatus;
  requestedBy: string;
  requestedAt: string;
  /** The decision, once made: who (the leader's account), when, what, and the approval it produced. */
  approval: ApprovalView | null;
  closedAt: string | null;
}

/**
 * The approval an action rests on (subject and kind are filled in by the core): either a request a 领导
 * approved in the app (`requestId`), or a paper approval the clerk records now (approver, date …).
 */
export const ActionApprovalInput = z
  .object({
    requestId: z.number().int().positive().optional(),
    approver: Approver.optional(),
    decision: z.enum(['approved', 'rejected']).default('approved'),
    decidedAt: isoDate('审批日期').optional(),
    documentNo: optionalText('审批单文号', 60),
    opinion: optionalText('审批意见', 500),
    scanAttachmentId: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.requestId !== undefined) return;
    if (!v.approver) ctx.addIssue({ code: 'custom', path: ['approver'], message: '请填写审批人' });
    if (!v.decidedAt) ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: '请填写审批日期' });
  });
export type ActionApprovalInput = z.output<typeof ActionApprovalInput>;

/** One step of an approval chain (clearance, travel) as the renderer sees it: the approval row behind it. */
export interface StepView {
  step: string;
  approvalId: number;
  approverName: string;
  approverTitle: string | null;
  decision: ApprovalDecision;
  decidedAt: string;
  documentNo: string | null;
  opinion: string | null;
  hasScan: boolean;
}
