// 保密审查 (law art. 35/37, regulation art. 42): a request, each step with its opinion, name and date, then the
// outcome. 按涉密办理 links the carrier the information became.
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { ReviewStep } from '../../../db/domain/vocab';
import { REVIEW_OUTCOME_LABELS, REVIEW_STEP_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { accounts, approvals, departments, persons, reviewSteps, reviews } from '../../../db/schema';
import type {
  InfoReviewCreateInput,
  InfoReviewDecideInput,
  InfoReviewStepInput,
  InfoReviewView,
} from '../../ipc/schemas/reviews';
import type { AppCore } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { loadCarrier } from '../carriers';
import { refuse } from '../util/refuse';
import { checkDecision, checkNotByHandler, checkStepOrder } from './rules';
import { reviewSettings } from './settings';
import { reviewView } from './views';

type ReviewRecord = typeof reviews.$inferSelect;

function loadReview(tx: Pick<Db, 'select'>, id: number): ReviewRecord {
  const r = tx.select().from(reviews).where(eq(reviews.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该保密审查事项。', {
      fields: [{ path: 'reviewId', message: '不存在' }],
    });
  return r;
}

function stepsOf(tx: Pick<Db, 'select'>, reviewId: number) {
  return tx
    .select({ step: reviewSteps.step, decision: approvals.decision })
    .from(reviewSteps)
    .innerJoin(approvals, eq(approvals.id, reviewSteps.approvalId))
    .where(eq(reviewSteps.reviewId, reviewId))
    .orderBy(asc(reviewSteps.id))
    .all();
}

export function createReview(core: AppCore, input: z.output<typeof InfoReviewCreateInput>): InfoReviewView {
  const id = core.write(
    'review_create',
    'review',
    (tx, ctx) => {
      const known = tx
        .select({ id: persons.id })
        .from(persons)
        .where(eq(persons.id, input.handlerPersonId))
        .get();
      if (!known)
        throw new AppException('NOT_FOUND', '找不到该承办人。', {
          fields: [{ path: 'handlerPersonId', message: '不存在' }],
        });
      const dept = tx
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.id, input.departmentId))
        .get();
      if (!dept)
        throw new AppException('NOT_FOUND', '找不到该部门。', {
          fields: [{ path: 'departmentId', message: '不存在' }],
        });
      return tx
        .insert(reviews)
        .values({ ...input, status: 'in_review', createdAt: ctx.now })
        .returning({ id: reviews.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return reviewView(core.session().db, id);
}

/** One step in order; the 承办人 never reviews or signs their own information. */
export function reviewStep(core: AppCore, input: z.output<typeof InfoReviewStepInput>): InfoReviewView {
  core.write(
    'review_step',
    'review',
    (tx, ctx) => {
      const r = loadReview(tx, input.reviewId);
      if (r.status !== 'in_review') refuse('review_open', '该审查已办结或已撤回，不能再审批。', 'reviewId');
      // A step that said no is done with: it is not redone, and the review can still be closed as 不予公开.
      const done = stepsOf(tx, r.id).map((s) => s.step);
      checkStepOrder(done, input.step);
      const handler = tx
        .select({ name: persons.name })
        .from(persons)
        .where(eq(persons.id, r.handlerPersonId))
        .get();
      const recorded = approveRecord(tx, input.approval, 'review', { type: 'review', id: r.id }, ctx, {
        notBefore: r.appliedOn,
      });
      const row = tx
        .select({ name: approvals.approverName, account: accounts.displayName })
        .from(approvals)
        .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
        .where(eq(approvals.id, recorded.id))
        .get();
      checkNotByHandler(handler?.name ?? '', row?.account ?? row?.name ?? '');
      tx.insert(reviewSteps)
        .values({ reviewId: r.id, step: input.step, approvalId: recorded.id, createdAt: ctx.now })
        .run();
      return { step: REVIEW_STEP_LABELS[input.step], decision: recorded.decision };
    },
    (d) => ({ entityId: input.reviewId, detail: { ...input, ...d } }),
  );
  return reviewView(core.session().db, input.reviewId);
}

export function decideReview(core: AppCore, input: z.output<typeof InfoReviewDecideInput>): InfoReviewView {
  core.write(
    'review_decide',
    'review',
    (tx) => {
      const r = loadReview(tx, input.reviewId);
      if (r.status !== 'in_review') refuse('review_open', '该审查已办结或已撤回。', 'reviewId');
      const approved = stepsOf(tx, r.id)
        .filter((s) => s.decision === 'approved')
        .map((s) => s.step as ReviewStep);
      checkDecision({
        purpose: r.purpose,
        outcome: input.outcome,
        approved,
        abroadBasis: input.abroadBasis,
        amendments: input.amendments,
        carrierId: input.carrierId,
        committeeRequired: reviewSettings(tx).committeeFor.includes(r.purpose),
      });
      if (input.decidedOn < r.appliedOn)
        refuse('review_dates_in_order', '办结日期不能早于申请日期。', 'decidedOn');
      if (input.carrierId !== undefined) loadCarrier(tx, input.carrierId);
      tx.update(reviews)
        .set({
          status: 'decided',
          outcome: input.outcome,
          decidedOn: input.decidedOn,
          amendments: input.amendments ?? null,
          abroadBasis: input.abroadBasis ?? null,
          carrierId: input.outcome === 'classified' ? (input.carrierId ?? null) : null,
        })
        .where(eq(reviews.id, r.id))
        .run();
      return REVIEW_OUTCOME_LABELS[input.outcome];
    },
    (outcome) => ({ entityId: input.reviewId, detail: { ...input, outcome } }),
  );
  return reviewView(core.session().db, input.reviewId);
}
