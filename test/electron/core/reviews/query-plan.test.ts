// The 保密审查 register's page keeps its indexes: the default page (newest first) and each filter read from an
// index in order, never a sort of the whole register.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/open';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { seedReviews } from '../../../../electron/core/reviews/demo';
import { asc, eq } from 'drizzle-orm';
import { reviewSteps } from '../../../../db/schema';
import { stepViews } from '../../../../electron/core/approvals/steps';
import { listReviews, reviewPageQuery } from '../../../../electron/core/reviews/views';
import { InfoReviewListInput } from '../../../../electron/ipc/schemas/reviews';
import { setUpCore } from '../../../helpers/temp';

let db: Db;
beforeAll(async () => {
  const { core } = await setUpCore();
  db = core.session().db;
  let seed = 7;
  const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  seedPersons(db, 60, rng, new Date('2026-06-15T12:00:00'));
  seedReviews(db, 'large', rng, '2026-06-15', '2026-06-15T12:00:00.000Z');
});

function plan(input: Record<string, unknown>): string {
  const { sql, params } = reviewPageQuery(
    db,
    InfoReviewListInput.parse({ page: 1, pageSize: 50, ...input }),
  ).toSQL();
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('保密审查 register query plans', () => {
  it('the default page reads the applied-on index in order, no sort', () => {
    const p = plan({});
    expect(p).toContain('reviews_applied_idx');
    expect(p).not.toContain('TEMP B-TREE');
  });

  it('status and purpose filters read their own index', () => {
    expect(plan({ status: 'in_review' })).toContain('reviews_status_idx');
    expect(plan({ purpose: 'abroad' })).toContain('reviews_purpose_idx');
  });
});

describe('保密审查 page reads', () => {
  it('reviews_page_steps_at_once: a page reads its steps in two queries, each review as it reads alone', () => {
    const input = InfoReviewListInput.parse({ page: 1, pageSize: 100 });
    // Each query drizzle runs asks its session for the statement once, compiled anew or kept.
    const session = (db as unknown as { session: { client: typeof db.$client } }).session.client;
    const ask = session.prepare.bind(session);
    let statements = 0;
    session.prepare = ((sql: string) => {
      statements++;
      return ask(sql);
    }) as typeof session.prepare;
    let page;
    try {
      page = listReviews(db, input);
    } finally {
      session.prepare = ask;
    }
    expect(page.rows).toHaveLength(100);
    // The count, the page, its steps and their approvals: not a query per review.
    expect(statements).toBeLessThanOrEqual(4);
    expect(page.rows.some((r) => r.steps.length > 1)).toBe(true);
    for (const r of page.rows) {
      const own = db
        .select({ step: reviewSteps.step, approvalId: reviewSteps.approvalId })
        .from(reviewSteps)
        .where(eq(reviewSteps.reviewId, r.id))
        .orderBy(asc(reviewSteps.id))
        .all();
      expect(r.steps, `review ${r.id}`).toEqual(stepViews(db, own));
    }
  });
});
