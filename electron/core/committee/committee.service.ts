// 保密委员会/领导小组 (regulation art. 6, 责任制): members, meetings with their decisions as tracked tasks, the
// year's plan and summary, and the 部门保密工作责任书 signed per department per year.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import {
  committeeMeetings,
  committeeMembers,
  committeeYears,
  departments,
  persons,
  responsibilityLetters,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  CommitteeMeetingListInput,
  CommitteeMeetingView,
  LetterSignInput,
  MeetingRecordInput,
  MemberAddInput,
  MemberLeaveInput,
  MemberView,
  TaskView,
  YearPlanInput,
  YearSummaryInput,
  YearView,
} from '../../ipc/schemas/committee';
import type { AppCore, Tx } from '../app-core';
import { today, yearOf } from '../util/dates';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { addTaskInTx, planItems, tasksOfMeeting, tasksOfMeetings } from './tasks';

export function listMembers(db: Pick<Db, 'select'>, current = true): MemberView[] {
  return db
    .select({ m: committeeMembers, name: persons.name, gender: persons.gender, department: departments.name })
    .from(committeeMembers)
    .innerJoin(persons, eq(persons.id, committeeMembers.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(current ? isNull(committeeMembers.leftOn) : undefined)
    .orderBy(
      sql`case ${committeeMembers.role} when 'chair' then 0 when 'vice_chair' then 1 when 'office_head' then 2 else 3 end`,
      asc(committeeMembers.id),
    )
    .all()
    .map(({ m, name, gender, department }) => ({
      id: m.id,
      personId: m.personId,
      name,
      gender,
      department,
      role: m.role,
      title: m.title,
      phone: m.phone,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
    }));
}

export function addMember(core: AppCore, input: z.output<typeof MemberAddInput>): MemberView[] {
  core.write(
    'committee_member_add',
    'committee_member',
    (tx, ctx) => {
      if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, input.personId)).get())
        throw new AppException('NOT_FOUND', '找不到该人员。', {
          fields: [{ path: 'personId', message: '不存在' }],
        });
      const already = tx
        .select({ id: committeeMembers.id })
        .from(committeeMembers)
        .where(and(eq(committeeMembers.personId, input.personId), isNull(committeeMembers.leftOn)))
        .get();
      if (already) refuse('member_once', '该人员已是委员会成员。', 'personId');
      return tx
        .insert(committeeMembers)
        .values({ ...input, title: input.title ?? null, phone: input.phone ?? null, createdAt: ctx.now })
        .returning({ id: committeeMembers.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return listMembers(core.session().db);
}

export function memberLeaves(core: AppCore, input: z.output<typeof MemberLeaveInput>): MemberView[] {
  core.write(
    'committee_member_leave',
    'committee_member',
    (tx) => {
      const m = tx.select().from(committeeMembers).where(eq(committeeMembers.id, input.memberId)).get();
      if (!m)
        throw new AppException('NOT_FOUND', '找不到该成员。', {
          fields: [{ path: 'memberId', message: '不存在' }],
        });
      if (m.leftOn) refuse('member_once', '该成员已离任。', 'memberId');
      if (input.leftOn < m.joinedOn) refuse('member_dates_in_order', '离任日期不能早于任职日期。', 'leftOn');
      tx.update(committeeMembers).set({ leftOn: input.leftOn }).where(eq(committeeMembers.id, m.id)).run();
    },
    () => ({ entityId: input.memberId, detail: input }),
  );
  return listMembers(core.session().db);
}

function meetingView(m: typeof committeeMeetings.$inferSelect, decisions: TaskView[]): CommitteeMeetingView {
  return {
    id: m.id,
    heldOn: m.heldOn,
    topics: m.topics,
    chair: m.chair,
    attendees: m.attendees,
    recorder: m.recorder,
    minutes: m.minutes,
    minutesAttachmentId: m.minutesAttachmentId,
    decisions,
  };
}

export function committeeMeetingView(db: Pick<Db, 'select'>, id: number, now: string): CommitteeMeetingView {
  const m = db.select().from(committeeMeetings).where(eq(committeeMeetings.id, id)).get();
  if (!m)
    throw new AppException('NOT_FOUND', '找不到该会议记录。', {
      fields: [{ path: 'meetingId', message: '不存在' }],
    });
  return meetingView(m, tasksOfMeeting(db, m.id, now));
}

type CommitteeMeetingListQuery = z.output<typeof CommitteeMeetingListInput>;

/** The year's meetings (all without one), its first and last day bound by `b`. */
function committeeMeetingWhere(input: CommitteeMeetingListQuery, b: Bindings) {
  return input.year === undefined
    ? undefined
    : and(
        sql`${committeeMeetings.heldOn} >= ${b.bind('from', `${input.year}-01-01`)}`,
        sql`${committeeMeetings.heldOn} <= ${b.bind('to', `${input.year}-12-31`)}`,
      );
}

function committeeMeetingQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select()
      .from(committeeMeetings)
      .where(where)
      .orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.id)),
    count: db.select({ n: count() }).from(committeeMeetings).where(where),
  };
}

/** One page of the committee's meetings as a query built whole, with its values in the SQL. */
export function committeeMeetingPageQuery(db: Pick<Db, 'select'>, input: CommitteeMeetingListQuery) {
  return pageOf(committeeMeetingQuestion(db, committeeMeetingWhere(input, Bindings.inline())).rows, input);
}

export function listCommitteeMeetings(
  db: Pick<Db, 'select'>,
  input: CommitteeMeetingListQuery,
  now: string,
): Page<CommitteeMeetingView> {
  const b = Bindings.placeholders();
  const where = committeeMeetingWhere(input, b);
  // Prepared once with a year and once without (util/paging.ts); the total kept while nothing is written.
  const { total, rows } = pageByShape(db, `committee_meetings:${b.names}`, b, input, () =>
    committeeMeetingQuestion(db, where),
  );
  const decisions = tasksOfMeetings(
    db,
    rows.map((m) => m.id),
    now,
  );
  return { total, rows: rows.map((m) => meetingView(m, decisions.get(m.id) ?? [])) };
}

/** 委员会会议记录 and its decisions, each with an owner, recorded together in one write. */
export function recordMeeting(
  core: AppCore,
  input: z.output<typeof MeetingRecordInput>,
): CommitteeMeetingView {
  const id = core.write(
    'committee_meeting_record',
    'committee_meeting',
    (tx, ctx) => {
      const { decisions, ...m } = input;
      const id = tx
        .insert(committeeMeetings)
        .values({
          ...m,
          minutes: m.minutes ?? null,
          minutesAttachmentId: m.minutesAttachmentId ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: committeeMeetings.id })
        .get().id;
      decisions.forEach((d, i) =>
        addTaskInTx(
          tx,
          ctx,
          { kind: 'decision', meetingId: id, year: yearOf(input.heldOn), ...d },
          `decisions.${i}.ownerPersonId`,
        ),
      );
      ctx.touch('committee');
      return id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return committeeMeetingView(core.session().db, id, today(core.clock));
}

function ensureYear(tx: Pick<Tx, 'select' | 'insert'>, year: number, now: string) {
  if (!tx.select({ y: committeeYears.year }).from(committeeYears).where(eq(committeeYears.year, year)).get())
    tx.insert(committeeYears).values({ year, createdAt: now }).run();
}

export function yearView(db: Pick<Db, 'select'>, year: number, now: string): YearView {
  const y = db.select().from(committeeYears).where(eq(committeeYears.year, year)).get();
  const held = db
    .select({ heldOn: committeeMeetings.heldOn })
    .from(committeeMeetings)
    .where(
      and(
        sql`${committeeMeetings.heldOn} >= ${`${year}-01-01`}`,
        sql`${committeeMeetings.heldOn} <= ${`${year}-12-31`}`,
      ),
    )
    .all();
  const letters = db
    .select({
      id: departments.id,
      name: departments.name,
      signedOn: responsibilityLetters.signedOn,
      signer: responsibilityLetters.signer,
    })
    .from(departments)
    .leftJoin(
      responsibilityLetters,
      and(eq(responsibilityLetters.departmentId, departments.id), eq(responsibilityLetters.year, year)),
    )
    .orderBy(asc(departments.sortOrder), asc(departments.id))
    .all();
  return {
    year,
    plan: y?.plan ?? null,
    planAdoptedOn: y?.planAdoptedOn ?? null,
    summary: y?.summary ?? null,
    summaryOn: y?.summaryOn ?? null,
    planItems: planItems(db, year, now),
    meetingsFirstHalf: held.filter((m) => m.heldOn < `${year}-07-01`).length,
    meetingsSecondHalf: held.filter((m) => m.heldOn >= `${year}-07-01`).length,
    letters: letters.map((l) => ({
      departmentId: l.id,
      department: l.name,
      signedOn: l.signedOn,
      signer: l.signer,
    })),
  };
}

export function adoptPlan(core: AppCore, input: z.output<typeof YearPlanInput>): YearView {
  core.write(
    'committee_plan',
    'committee_year',
    (tx, ctx) => {
      ensureYear(tx, input.year, ctx.now);
      tx.update(committeeYears)
        .set({ plan: input.plan, planAdoptedOn: input.adoptedOn })
        .where(eq(committeeYears.year, input.year))
        .run();
    },
    () => ({ entityId: input.year, detail: input }),
  );
  return yearView(core.session().db, input.year, today(core.clock));
}

export function summariseYear(core: AppCore, input: z.output<typeof YearSummaryInput>): YearView {
  core.write(
    'committee_summary',
    'committee_year',
    (tx, ctx) => {
      ensureYear(tx, input.year, ctx.now);
      tx.update(committeeYears)
        .set({ summary: input.summary, summaryOn: input.summaryOn })
        .where(eq(committeeYears.year, input.year))
        .run();
    },
    () => ({ entityId: input.year, detail: input }),
  );
  return yearView(core.session().db, input.year, today(core.clock));
}

export function signLetter(core: AppCore, input: z.output<typeof LetterSignInput>): YearView {
  core.write(
    'responsibility_letter_sign',
    'responsibility_letter',
    (tx, ctx) => {
      if (
        !tx
          .select({ id: departments.id })
          .from(departments)
          .where(eq(departments.id, input.departmentId))
          .get()
      )
        throw new AppException('NOT_FOUND', '找不到该部门。', {
          fields: [{ path: 'departmentId', message: '不存在' }],
        });
      const had = tx
        .select({ id: responsibilityLetters.id })
        .from(responsibilityLetters)
        .where(
          and(
            eq(responsibilityLetters.year, input.year),
            eq(responsibilityLetters.departmentId, input.departmentId),
          ),
        )
        .get();
      if (had) refuse('letter_once_a_year', '该部门本年度的保密工作责任书已签订。', 'departmentId');
      return tx
        .insert(responsibilityLetters)
        .values({ ...input, createdAt: ctx.now })
        .returning({ id: responsibilityLetters.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return yearView(core.session().db, input.year, today(core.clock));
}

/** The committee meets once or twice each half-year: is a half-year that has ended without a meeting? */
export function missingHalfYear(db: Pick<Db, 'select'>, now: string): { year: number; half: 1 | 2 } | null {
  const year = yearOf(now);
  // The half-year just ended: H2 of last year until July, then H1 of this year.
  const [y, half, from, to] =
    now >= `${year}-07-01`
      ? ([year, 1, `${year}-01-01`, `${year}-06-30`] as const)
      : ([year - 1, 2, `${year - 1}-07-01`, `${year - 1}-12-31`] as const);
  // Only once the committee existed through that half-year.
  const started =
    db
      .select({ n: sql<number>`count(*)` })
      .from(committeeMembers)
      .where(sql`${committeeMembers.joinedOn} <= ${from}`)
      .get()?.n ?? 0;
  if (!started) return null;
  const n =
    db
      .select({ n: sql<number>`count(*)` })
      .from(committeeMeetings)
      .where(and(sql`${committeeMeetings.heldOn} >= ${from}`, sql`${committeeMeetings.heldOn} <= ${to}`))
      .get()?.n ?? 0;
  return n ? null : { year: y, half };
}
