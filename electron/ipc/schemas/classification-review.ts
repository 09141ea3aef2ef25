// 年度定密审核 (law art. 24): the list of items due, and decisions per item or in batch.
import { z } from 'zod';
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewReason } from '../../../db/domain/vocab';
import { PageInput } from './common';
import { carrierId, level, NeedToKnowInput, TermInput, type CarrierRow } from './carriers';
import { BeyondMaxInput, DeciderInput, NoticeInput } from './classification';
import { isoDate, optionalText, requiredText } from './common';

export const ReviewListInput = PageInput.extend({
  year: z.number().int().min(2000).max(2100).optional(),
  /** Terms ending within this many days are listed too (default: the unit setting). */
  windowDays: z.number().int().min(0).max(3650).optional(),
});

export const ReviewDecideInput = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  decidedOn: isoDate('审核日期'),
  by: DeciderInput,
  reason: requiredText('审核意见', 500),
  notice: NoticeInput.optional(),
  items: z
    .array(
      z.object({
        carrierId,
        decision: z.enum(REVIEW_DECISIONS, { error: '请选择审核结论' }),
        reason: optionalText('理由', 500),
        level: level.optional(),
        term: TermInput.optional(),
        needToKnow: NeedToKnowInput.optional(),
        beyondMax: BeyondMaxInput.optional(),
      }),
    )
    .min(1, '请至少选择一项')
    .max(5000, '一次最多审核 5000 项'),
});
export type ReviewDecideInput = z.output<typeof ReviewDecideInput>;

export interface ReviewItem extends CarrierRow {
  /** Why it is listed: yearly review due, term ending within the window, or term already ended. */
  reasons: ReviewReason[];
  lastReviewYear: number | null;
  ownClassification: boolean;
}

export interface ReviewList {
  year: number;
  windowDays: number;
  rows: ReviewItem[];
  total: number;
}

export interface ReviewDecideResult {
  decided: { carrierId: number; decision: ReviewDecision; decisionId: number }[];
}
