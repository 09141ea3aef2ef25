// Reviews as the renderer sees them: handler, department, the steps behind them, whether the clerk is next.
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { REVIEW_OUTCOME_LABELS } from '../../../db/domain/labels';
import type { ReviewStep } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, persons, reviewSteps, reviews } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { WorkRef } from '../../ipc/schemas/persons-records';
import type { InfoReviewListInput, InfoReviewView } from '../../ipc/schemas/reviews';
import type { StepView } from '../../ipc/schemas/approvals';
import { stepsOfMany } from '../approvals/steps';
import { Bindings, filtersWhere, pageByShape, pageOf, type EqualityFilter } from '../util/paging';
import { anyContains } from '../util/like';

type ReviewRecord = typeof reviews.$inferSelect;

const reviewSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ r: reviews, handlerName: persons.name, department: departments.name })
    .from(reviews)
    .innerJoin(persons, eq(persons.id, reviews.handlerPersonId))
    .innerJoin(departments, eq(departments.id, reviews.departmentId));

const STEPS = {
  table: reviewSteps,
  id: reviewSteps.id,
  owner: reviewSteps.reviewId,
  step: reviewSteps.step,
  approvalId: reviewSteps.approvalId,
};
const stepsOf = (db: Pick<Db, 'select'>, ids: number[]) => stepsOfMany(db, STEPS, ids);

/** The views of review rows, their steps read for all of them at once. */
function toViews(
  db: Pick<Db, 'select'>,
  rows: { r: ReviewRecord; handlerName: string; department: string }[],
): InfoReviewView[] {
  const steps = stepsOf(
    db,
    rows.map((x) => x.r.id),
  );
  return rows.map((x) => toView(x.r, x.handlerName, x.department, steps.get(x.r.id) ?? []));
}

function toView(r: ReviewRecord, handlerName: string, department: string, steps: StepView[]): InfoReviewView {
  const approved = new Set(steps.filter((s) => s.decision === 'approved').map((s) => s.step as ReviewStep));
  const waitingOnClerk =
    r.status === 'in_review' && ((approved.has('dept') && !approved.has('office')) || approved.has('leader'));
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    handlerPersonId: r.handlerPersonId,
    handlerName,
    departmentId: r.departmentId,
    department,
    purpose: r.purpose,
    recipient: r.recipient,
    appliedOn: r.appliedOn,
    status: r.status,
    outcome: r.outcome,
    amendments: r.amendments,
    abroadBasis: r.abroadBasis,
    decidedOn: r.decidedOn,
    carrierId: r.carrierId,
    attachmentId: r.attachmentId,
    steps,
    waitingOnClerk,
  };
}

export function reviewView(db: Pick<Db, 'select'>, id: number): InfoReviewView {
  const r = reviewSelect(db).where(eq(reviews.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该保密审查事项。', {
      fields: [{ path: 'reviewId', message: '不存在' }],
    });
  return toViews(db, [r])[0] as InfoReviewView;
}

type ReviewListQuery = z.output<typeof InfoReviewListInput>;

const FILTERS: EqualityFilter<ReviewListQuery>[] = [
  ['status', reviews.status],
  ['purpose', reviews.purpose],
  ['departmentId', reviews.departmentId],
];

function reviewWhere(input: ReviewListQuery, b: Bindings) {
  return and(
    filtersWhere(input, FILTERS, b),
    input.year === undefined
      ? undefined
      : and(
          sql`${reviews.appliedOn} >= ${b.bind('from', `${input.year}-01-01`)}`,
          sql`${reviews.appliedOn} <= ${b.bind('to', `${input.year}-12-31`)}`,
        ),
    input.search
      ? anyContains([reviews.title, reviews.recipient], input.search, (p) => b.bind('search', p))
      : undefined,
  );
}

/** The register's page in the order asked, and its count, under `where`. */
function reviewQuestion(db: Pick<Db, 'select'>, input: ReviewListQuery, where: SQL | undefined) {
  const dir = input.order === 'asc' ? asc : desc;
  const key = input.sort === 'title' ? reviews.title : reviews.appliedOn;
  return {
    rows: reviewSelect(db).where(where).orderBy(dir(key), dir(reviews.id)),
    count: db.select({ n: count() }).from(reviews).where(where),
  };
}

/** One page of the register as a query (its plan is pinned by test/electron/core/reviews/query-plan.test.ts). */
export function reviewPageQuery(db: Pick<Db, 'select'>, input: ReviewListQuery) {
  return pageOf(reviewQuestion(db, input, reviewWhere(input, Bindings.inline())).rows, input);
}

export function listReviews(db: Pick<Db, 'select'>, input: ReviewListQuery): Page<InfoReviewView> {
  const b = Bindings.placeholders();
  const where = reviewWhere(input, b);
  const { total, rows } = pageByShape(db, `reviews:${b.names}:${input.sort}:${input.order}`, b, input, () =>
    reviewQuestion(db, input, where),
  );
  return { total, rows: toViews(db, rows) };
}

/** Reviews waiting on the clerk (for the home page's reminders). */
export function reviewsWaiting(db: Pick<Db, 'select'>): InfoReviewView[] {
  const rows = reviewSelect(db)
    .where(eq(reviews.status, 'in_review'))
    .orderBy(asc(reviews.appliedOn))
    .limit(500)
    .all();
  return toViews(db, rows).filter((v) => v.waitingOnClerk);
}

/** The person file's part: the 保密审查 the person handled (承办人). */
export function reviewsOfPerson(db: Pick<Db, 'select'>, personId: number): WorkRef[] {
  return db
    .select({ id: reviews.id, title: reviews.title, on: reviews.appliedOn, outcome: reviews.outcome })
    .from(reviews)
    .where(eq(reviews.handlerPersonId, personId))
    .all()
    .map((r) => ({
      register: '保密审查',
      id: r.id,
      title: r.title,
      on: r.on,
      role: `承办人${r.outcome ? `（${REVIEW_OUTCOME_LABELS[r.outcome]}）` : ''}`,
    }));
}
