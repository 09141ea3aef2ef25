// 年度定密审核 (law art. 24): every item the unit classified that has not been reviewed this year, and every
// term ending within the warning window (or already ended: 已到期). Decisions per item or in batch —
// 维持 / 变更 / 解密 / 延期 — each recorded with who and why, all in one transaction.
import { and, asc, count, eq, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { carriers } from '../../../db/schema';
import type {
  ReviewDecideInput,
  ReviewDecideResult,
  ReviewItem,
  ReviewList,
  ReviewListInput,
} from '../../ipc/schemas/classification-review';
import type { AppCore } from '../app-core';
import { carrierSettings, refreshCarrier, reviewDueCondition, termOver, toRow } from '../carriers';
import { addDays, yearOf } from '../util/dates';
import { pageOf } from '../util/paging';
import { applyDecision } from './decisions';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

export function listReview(db: Reader, input: z.output<typeof ReviewListInput>, now: string): ReviewList {
  const year = input.year ?? yearOf(now);
  const windowDays = input.windowDays ?? carrierSettings(db).termWarningDays;
  const horizon = addDays(now, windowDays);
  const termDue = and(
    eq(carriers.classState, 'classified'),
    isNotNull(carriers.termEndsOn),
    lte(carriers.termEndsOn, horizon),
  );
  const where = or(reviewDueCondition(year), termDue);
  const total = keptTotal(db, db.select({ n: count() }).from(carriers).where(where));
  const query = db
    .select()
    .from(carriers)
    .where(where)
    // Soonest-ending terms first; items without a date after them, oldest registration first.
    .orderBy(
      sql`${carriers.termEndsOn} IS NULL`,
      asc(carriers.termEndsOn),
      asc(carriers.registeredOn),
      asc(carriers.id),
    );
  const rows = pageOf(query, input).all();
  return {
    year,
    windowDays,
    total,
    rows: rows.map((c): ReviewItem => {
      const reasons: ReviewItem['reasons'] = [];
      const yearly =
        c.ownClassification === 1 &&
        c.source !== 'copied' &&
        c.classState === 'classified' &&
        c.lastReviewYear !== null &&
        c.lastReviewYear < year;
      if (yearly) reasons.push('yearly');
      if (termOver(c.termEndsOn, now)) reasons.push('term_expired');
      else if (c.termEndsOn !== null && c.termEndsOn <= horizon) reasons.push('term_ending');
      return {
        ...toRow(c, now),
        reasons,
        lastReviewYear: c.lastReviewYear,
        ownClassification: c.ownClassification === 1,
      };
    }),
  };
}

export function decideReview(core: AppCore, input: ReviewDecideInput): ReviewDecideResult {
  const commercial = carrierSettings(core.session().db).commercialLevels;
  const year = input.year ?? yearOf(input.decidedOn);
  return core.write(
    'classification_review',
    'carrier',
    (tx, ctx) => {
      const decided = input.items.map((item) => {
        const decisionId = applyDecision(tx, ctx, item.carrierId, {
          kind: item.decision,
          decidedOn: input.decidedOn,
          by: input.by,
          reason: item.reason ?? input.reason,
          level: item.level,
          term: item.term,
          needToKnow: item.needToKnow,
          beyondMax: item.beyondMax,
          notice: input.notice,
          reviewYear: year,
          commercial,
          today: ctx.today,
        });
        refreshCarrier(tx, ctx, item.carrierId);
        return { carrierId: item.carrierId, decision: item.decision, decisionId };
      });
      return { decided };
    },
    (r) => ({
      entityId: null,
      detail: {
        year,
        authority: input.by.authority,
        decisions: r.decided.map((d) => [d.carrierId, d.decision]),
      },
    }),
  );
}
