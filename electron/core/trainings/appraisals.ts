// 年度考核 (涉密人员, 保密员), 专项考核 and the 岗前培训考核: one at a time or a whole department in one grid. A
// 不合格 asks for a review of the person's clearance (a reminder until the review is recorded), never an
// automatic change.
import { and, count, desc, eq, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { APPRAISAL_KIND_LABELS, APPRAISAL_RESULT_LABELS } from '../../../db/domain/labels';
import { AppException } from '../../../db/domain/errors';
import type { AppraisalResult } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { appraisals, departments, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  AppraisalListInput,
  AppraisalReviewInput,
  AppraisalView,
  AppraiseGridInput,
  AppraiseInput,
} from '../../ipc/schemas/trainings-records';
import type { AppCore, WriteCtx } from '../app-core';
import { addPersonEvent, loadPerson } from '../persons';
import { pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { checkOneAppraisalPerYear } from './rules';
import { inList } from '../util/in-list';

type Reader = Pick<Db, 'select'>;
type Line = z.output<typeof AppraiseInput>;

const select = (db: Reader) =>
  db
    .select({ a: appraisals, name: persons.name, department: departments.name, clearance: persons.clearance })
    .from(appraisals)
    .innerJoin(persons, eq(persons.id, appraisals.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId));

type Joined = Awaited<ReturnType<ReturnType<typeof select>['all']>>[number];

function viewOf(r: Joined): AppraisalView {
  const { a } = r;
  return {
    id: a.id,
    personId: a.personId,
    name: r.name,
    department: r.department,
    clearance: r.clearance,
    kind: a.kind,
    year: a.year,
    appraisedOn: a.appraisedOn,
    result: a.result,
    score: a.score,
    appraiser: a.appraiser,
    remarks: a.remarks,
    sessionId: a.sessionId,
    reviewedOn: a.reviewedOn,
    reviewNote: a.reviewNote,
  };
}

export function listAppraisals(db: Reader, input: z.output<typeof AppraisalListInput>): Page<AppraisalView> {
  const where = and(
    input.year === undefined ? undefined : eq(appraisals.year, input.year),
    input.kind === undefined ? undefined : eq(appraisals.kind, input.kind),
    input.personId === undefined ? undefined : eq(appraisals.personId, input.personId),
    input.departmentId === undefined ? undefined : eq(persons.departmentId, input.departmentId),
  );
  const total =
    db
      .select({ n: count() })
      .from(appraisals)
      .innerJoin(persons, eq(persons.id, appraisals.personId))
      .where(where)
      .get()?.n ?? 0;
  const rows = pageOf(
    select(db).where(where).orderBy(desc(appraisals.appraisedOn), desc(appraisals.id)),
    input,
  ).all();
  return { total, rows: rows.map(viewOf) };
}

function insertAppraisal(tx: Pick<Db, 'select' | 'insert'>, ctx: WriteCtx, line: Line): number {
  const p = loadPerson(tx, line.personId);
  if (line.appraisedOn > ctx.today) {
    refuse('appraisal_not_in_future', '考核日期不能晚于今天。', 'appraisedOn');
  }
  checkOneAppraisalPerYear(tx, p.id, line.kind, line.year, p.name);
  const id = tx
    .insert(appraisals)
    .values({
      personId: p.id,
      kind: line.kind,
      year: line.year,
      appraisedOn: line.appraisedOn,
      result: line.result,
      score: line.score ?? null,
      appraiser: line.appraiser,
      remarks: line.remarks ?? null,
      sessionId: line.sessionId ?? null,
      createdAt: ctx.now,
    })
    .returning({ id: appraisals.id })
    .get().id;
  addPersonEvent(tx, ctx, {
    personId: p.id,
    kind: 'training',
    on: line.appraisedOn,
    summary: `${line.year} 年${APPRAISAL_KIND_LABELS[line.kind]}：${APPRAISAL_RESULT_LABELS[line.result]}`,
    detail: { appraisalId: id, kind: line.kind, result: line.result, score: line.score ?? null },
  });
  return id;
}

export function appraise(core: AppCore, input: Line): AppraisalView[] {
  core.write(
    'appraisal_record',
    'appraisal',
    (tx, ctx) => insertAppraisal(tx, ctx, input),
    (id) => ({ entityId: id, detail: { personId: input.personId, kind: input.kind, result: input.result } }),
  );
  return listAppraisals(core.session().db, { personId: input.personId, page: 1, pageSize: 100 }).rows;
}

/** The department grid: every line in one write, so a refusal on one line records none. */
export function appraiseGrid(core: AppCore, input: z.output<typeof AppraiseGridInput>): { recorded: number } {
  const { lines, ...shared } = input;
  const ids = core.write(
    'appraisal_grid',
    'appraisal',
    (tx, ctx) =>
      lines.map((l, i) => {
        try {
          return insertAppraisal(tx, ctx, { ...shared, ...l });
        } catch (e) {
          // Point the clerk at the row of the grid.
          if (e instanceof AppException && e.fields) {
            throw new AppException(e.code, `第 ${i + 1} 行：${e.message}`, {
              ...(e.rule ? { rule: e.rule } : {}),
              fields: e.fields.map((f) => ({ ...f, path: `lines.${i}.${f.path}` })),
            });
          }
          throw e;
        }
      }),
    (ids) => ({ detail: { kind: input.kind, year: input.year, count: ids.length } }),
  );
  return { recorded: ids.length };
}

export function reviewAppraisal(
  core: AppCore,
  input: z.output<typeof AppraisalReviewInput>,
): AppraisalView[] {
  const personId = core.write(
    'appraisal_review',
    'appraisal',
    (tx, ctx) => {
      const a = tx.select().from(appraisals).where(eq(appraisals.id, input.appraisalId)).get();
      if (!a) throw new AppException('NOT_FOUND', '找不到该考核记录。');
      if (a.result !== 'fail')
        refuse('review_failed_appraisal', '只有不合格的考核需要复核涉密资格。', 'appraisalId');
      tx.update(appraisals)
        .set({ reviewedOn: input.reviewedOn, reviewNote: input.reviewNote })
        .where(eq(appraisals.id, a.id))
        .run();
      addPersonEvent(tx, ctx, {
        personId: a.personId,
        kind: 'training',
        on: input.reviewedOn,
        summary: `考核不合格后复核涉密资格：${input.reviewNote}`,
        detail: { appraisalId: a.id },
      });
      return a.personId;
    },
    () => ({ entityId: input.appraisalId, detail: input }),
  );
  return listAppraisals(core.session().db, { personId, page: 1, pageSize: 100 }).rows;
}

/** The latest 岗前培训考核 of the person passed (合格 or better; 不合格 needs another). */
export function passedPrePostAppraisal(db: Reader, personId: number): boolean {
  const last = db
    .select({ result: appraisals.result })
    .from(appraisals)
    .where(and(eq(appraisals.personId, personId), eq(appraisals.kind, 'pre_post')))
    .orderBy(desc(appraisals.appraisedOn), desc(appraisals.id))
    .limit(1)
    .get();
  return !!last && last.result !== 'fail';
}

/** 不合格 results whose clearance review is not recorded yet (the reminder). */
export function failedUnreviewed(db: Reader) {
  return select(db)
    .where(and(eq(appraisals.result, 'fail'), ne(appraisals.kind, 'pre_post'), isNull(appraisals.reviewedOn)))
    .all();
}

/**
 * The latest 年度考核 (涉密人员's or 保密员's) of each person up to `year`, for the allowance statement: the
 * result stands beside the amount, and any 扣发 stays the unit's decision, recorded by hand.
 */
export function latestAnnualAppraisals(
  db: Reader,
  personIds: number[],
  year: number,
): Map<number, { year: number; result: AppraisalResult }> {
  const out = new Map<number, { year: number; result: AppraisalResult }>();
  if (!personIds.length) return out;
  const rows = db
    .select({ personId: appraisals.personId, year: appraisals.year, result: appraisals.result })
    .from(appraisals)
    .where(
      and(
        inList(appraisals.personId, personIds),
        inArray(appraisals.kind, ['annual', 'clerk_annual']),
        lte(appraisals.year, year),
      ),
    )
    .orderBy(desc(appraisals.year), desc(appraisals.appraisedOn))
    .all();
  for (const r of rows) if (!out.has(r.personId)) out.set(r.personId, { year: r.year, result: r.result });
  return out;
}
