// 信息发布保密审查 (law art. 35/37, regulation art. 42): the request, its steps, its outcome.
import { z } from 'zod';
import {
  REVIEW_OUTCOMES,
  REVIEW_PURPOSES,
  REVIEW_STATUSES,
  REVIEW_STEPS,
  type ReviewOutcome,
  type ReviewPurpose,
  type ReviewStatus,
} from '../../../db/domain/vocab';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';
import { personId } from './persons';

export const reviewId = z.number({ error: '请选择审查事项' }).int().positive();

export const InfoReviewCreateInput = z.object({
  title: requiredText('信息标题', 200),
  summary: requiredText('内容摘要', 2000),
  handlerPersonId: personId,
  departmentId,
  purpose: z.enum(REVIEW_PURPOSES, { error: '请选择用途' }),
  recipient: optionalText('接收方或发布途径', 200),
  appliedOn: isoDate('申请日期'),
  attachmentId: z.number().int().positive().optional(),
});

/** One step: 部门初审, 保密办审查, 专家意见, 单位领导签批 or 保密委员会, with opinion, name and date. */
export const InfoReviewStepInput = z.object({
  reviewId,
  step: z.enum(REVIEW_STEPS, { error: '请选择审查环节' }),
  approval: ActionApprovalInput,
});

export const InfoReviewDecideInput = z.object({
  reviewId,
  outcome: z.enum(REVIEW_OUTCOMES, { error: '请选择审查结论' }),
  decidedOn: isoDate('办结日期'),
  amendments: optionalText('删改内容', 2000),
  abroadBasis: optionalText('向境外提供的依据', 1000),
  /** 按涉密办理: the carrier registered for it (with its 定密 record). */
  carrierId: z.number().int().positive().optional(),
});

export const InfoReviewListInput = PageInput.extend({
  status: z.enum(REVIEW_STATUSES).optional(),
  purpose: z.enum(REVIEW_PURPOSES).optional(),
  departmentId: departmentId.optional(),
  /** 年度: reviews applied for in this year. */
  year: z.number().int().min(2000).max(2100).optional(),
  search: z.string().trim().max(60).optional(),
  sort: z.enum(['appliedOn', 'title']).default('appliedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const InfoReviewIdInput = z.object({ reviewId });

export interface InfoReviewView {
  id: number;
  title: string;
  summary: string;
  handlerPersonId: number;
  handlerName: string;
  departmentId: number;
  department: string;
  purpose: ReviewPurpose;
  recipient: string | null;
  appliedOn: string;
  status: ReviewStatus;
  outcome: ReviewOutcome | null;
  amendments: string | null;
  abroadBasis: string | null;
  decidedOn: string | null;
  carrierId: number | null;
  attachmentId: number | null;
  steps: StepView[];
  /** Waiting on the clerk: in review, and the next step is 保密办's or the outcome. */
  waitingOnClerk: boolean;
}

/** The unit's choice of which uses need the 保密委员会's 审定 after the leader's 签批 (none by default). */
export const ReviewSettingsInput = z.object({
  committeeFor: z.array(z.enum(REVIEW_PURPOSES, { error: '请选择用途' })).max(REVIEW_PURPOSES.length),
});
export type ReviewSettings = z.output<typeof ReviewSettingsInput>;
