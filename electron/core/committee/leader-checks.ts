// 领导干部履行保密工作责任制情况检查表 (regulation art. 6): each leader's year checked item by item of the
// 责任制, kept beside the departments' 责任书 of the same year. One record per leader per year, corrected in place.
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { committeeMembers, departments, leaderChecks, persons } from '../../../db/schema';
import type {
  DutyItemView,
  LeaderCheckInput,
  LeaderCheckListInput,
  LeaderCheckReviseInput,
  LeaderCheckView,
} from '../../ipc/schemas/leader-checks';
import type { AppCore, Tx } from '../app-core';
import { refuse } from '../util/refuse';
import { checkCheckerAndDate, checkDutiesRated, checkGradeMatches } from './rules';

type Row = typeof leaderChecks.$inferSelect;

function view(r: Row, name: string, department: string | null): LeaderCheckView {
  return {
    id: r.id,
    year: r.year,
    personId: r.personId,
    name,
    department: department ?? '',
    post: r.post,
    items: JSON.parse(r.items) as DutyItemView[],
    grade: r.grade,
    comment: r.comment,
    checker: r.checker,
    checkedOn: r.checkedOn,
  };
}

function select(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return db
    .select({ c: leaderChecks, name: persons.name, department: departments.name })
    .from(leaderChecks)
    .innerJoin(persons, eq(persons.id, leaderChecks.personId))
    .leftJoin(departments, eq(departments.id, persons.departmentId))
    .where(where)
    .orderBy(asc(leaderChecks.year), asc(departments.sortOrder), asc(leaderChecks.id))
    .all()
    .map(({ c, name, department }) => view(c, name, department));
}

/** The year's sheets (or every year's), by department as the 责任书 list reads. */
export function listLeaderChecks(
  db: Pick<Db, 'select'>,
  input: z.output<typeof LeaderCheckListInput>,
): LeaderCheckView[] {
  return select(db, input.year === undefined ? undefined : eq(leaderChecks.year, input.year));
}

export function leaderCheckView(db: Pick<Db, 'select'>, id: number): LeaderCheckView {
  const v = select(db, eq(leaderChecks.id, id))[0];
  if (!v)
    throw new AppException('NOT_FOUND', '找不到该检查表。', {
      fields: [{ path: 'checkId', message: '不存在' }],
    });
  return v;
}

/** The rules every sheet passes, on a new one and on a correction alike; returns the items as stored. */
function checked(
  input: z.output<typeof LeaderCheckReviseInput> | z.output<typeof LeaderCheckInput>,
  leaderName: string,
  year: number,
): string {
  const items = checkDutiesRated(input.items);
  checkGradeMatches(input.grade, items);
  checkCheckerAndDate(leaderName, input.checker, year, input.checkedOn);
  return JSON.stringify(items);
}

function leaderName(tx: Pick<Tx, 'select'>, personId: number): string {
  const p = tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId)).get();
  if (!p)
    throw new AppException('NOT_FOUND', '找不到该领导干部。', {
      fields: [{ path: 'personId', message: '不存在' }],
    });
  return p.name;
}

export function recordLeaderCheck(core: AppCore, input: z.output<typeof LeaderCheckInput>): LeaderCheckView {
  const id = core.write(
    'leader_check_record',
    'leader_check',
    (tx, ctx) => {
      const name = leaderName(tx, input.personId);
      const had = tx
        .select({ id: leaderChecks.id })
        .from(leaderChecks)
        .where(and(eq(leaderChecks.year, input.year), eq(leaderChecks.personId, input.personId)))
        .get();
      if (had)
        refuse(
          'leader_check_once_a_year',
          `${name} 的 ${input.year} 年度履行保密工作责任制情况已检查，请在原检查表上更正。`,
          'personId',
        );
      const items = checked(input, name, input.year);
      return tx
        .insert(leaderChecks)
        .values({
          year: input.year,
          personId: input.personId,
          post: input.post,
          items,
          grade: input.grade,
          comment: input.comment ?? null,
          checker: input.checker,
          checkedOn: input.checkedOn,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: leaderChecks.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return leaderCheckView(core.session().db, id);
}

/** A correction of a sheet: the same rules again; the audit entry keeps what it said before. */
export function reviseLeaderCheck(
  core: AppCore,
  input: z.output<typeof LeaderCheckReviseInput>,
): LeaderCheckView {
  const before = core.write(
    'leader_check_revise',
    'leader_check',
    (tx, ctx) => {
      const had = tx.select().from(leaderChecks).where(eq(leaderChecks.id, input.checkId)).get();
      if (!had)
        throw new AppException('NOT_FOUND', '找不到该检查表。', {
          fields: [{ path: 'checkId', message: '不存在' }],
        });
      const items = checked(input, leaderName(tx, had.personId), had.year);
      tx.update(leaderChecks)
        .set({
          post: input.post,
          items,
          grade: input.grade,
          comment: input.comment ?? null,
          checker: input.checker,
          checkedOn: input.checkedOn,
          updatedAt: ctx.now,
        })
        .where(eq(leaderChecks.id, had.id))
        .run();
      return had;
    },
    (had) => ({
      entityId: had.id,
      detail: { ...input, before: { grade: had.grade, items: had.items, checkedOn: had.checkedOn } },
    }),
  );
  return leaderCheckView(core.session().db, before.id);
}

/**
 * The year-end check not yet done: from December (for this year) through January (for the last), the committee's
 * 主任 and 副主任 in office without a sheet for that year. They are the leaders the 责任制 names first (art. 6).
 */
export function leadersUnchecked(
  db: Pick<Db, 'select'>,
  now: string,
): { year: number; names: string[] } | null {
  const month = now.slice(5, 7);
  if (month !== '12' && month !== '01') return null;
  const year = Number(now.slice(0, 4)) - (month === '01' ? 1 : 0);
  const names = db
    .select({ name: persons.name })
    .from(committeeMembers)
    .innerJoin(persons, eq(persons.id, committeeMembers.personId))
    .leftJoin(
      leaderChecks,
      and(eq(leaderChecks.personId, committeeMembers.personId), eq(leaderChecks.year, year)),
    )
    .where(
      and(
        inArray(committeeMembers.role, ['chair', 'vice_chair']),
        isNull(committeeMembers.leftOn),
        isNull(leaderChecks.id),
      ),
    )
    .orderBy(asc(committeeMembers.id))
    .all()
    .map((r) => r.name);
  return names.length ? { year, names } : null;
}
