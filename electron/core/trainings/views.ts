// The sessions register as the renderer reads it: the paged list, one session with its attendance sheet.
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { anyContains } from '../util/like';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import {
  attachments,
  departments,
  persons,
  staffMembers,
  trainingAttendance,
  trainingSessions,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  AttendanceView,
  RosterLine,
  SessionListInput,
  SessionRow,
  SessionView,
} from '../../ipc/schemas/trainings';
import { pageOf } from '../util/paging';
import { loadSession, type SessionRecord } from './store';
import { inList } from '../util/in-list';
import { keptOn, keptWhileUnchanged, keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

// Written out in full: inside a select of one table drizzle leaves its columns unqualified, and an unqualified
// "id" here would be the attendance row's own. Both counted from training_attendance_session_status_idx alone
// (migration 0048): 出席 is every line but the absent ones (a whole-unit session has thousands of lines; reading
// each to test its status made the 100-session page cost 13 ms at the demo's large scale, 2 ms from the index).
const counts = {
  lines: sql<number>`(SELECT count(*) FROM training_attendance a WHERE a.session_id = training_sessions.id)`,
  absent: sql<number>`(SELECT count(*) FROM training_attendance a WHERE a.session_id = training_sessions.id AND a.status = 'absent')`,
};

function rowOf(s: SessionRecord, present: number, absent: number): SessionRow {
  return {
    id: s.id,
    purpose: s.purpose,
    form: s.form,
    status: s.status,
    topic: s.topic,
    year: s.year,
    plannedOn: s.plannedOn,
    heldOn: s.heldOn,
    organizer: s.organizer,
    speaker: s.speaker,
    scope: s.scope,
    hours: s.hours,
    present,
    absent,
  };
}

/** The materials' file names, for the drawer and the 登记表 (the scans stay in the database). */
function materialFiles(db: Reader, ids: number[]): { id: number; fileName: string }[] {
  if (!ids.length) return [];
  return db
    .select({ id: attachments.id, fileName: attachments.fileName })
    .from(attachments)
    .where(inList(attachments.id, ids))
    .orderBy(asc(attachments.id))
    .all();
}

export function sessionView(db: Reader, id: number): SessionView {
  const r = db
    .select({ s: trainingSessions, ...counts })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, id))
    .get();
  const { s, lines, absent } = r ?? { s: loadSession(db, id), lines: 0, absent: 0 };
  return {
    ...rowOf(s, lines - absent, absent),
    content: s.content,
    place: s.place,
    recorder: s.recorder,
    materials: JSON.parse(s.materials) as number[],
    materialFiles: materialFiles(db, JSON.parse(s.materials) as number[]),
    attendance: attendanceOf(db, id),
  };
}

export function listSessions(db: Reader, input: z.output<typeof SessionListInput>): Page<SessionRow> {
  const where = and(
    input.year === undefined ? undefined : eq(trainingSessions.year, input.year),
    input.status === undefined ? undefined : eq(trainingSessions.status, input.status),
    input.form === undefined ? undefined : eq(trainingSessions.form, input.form),
    input.q
      ? anyContains([trainingSessions.topic, trainingSessions.speaker, trainingSessions.content], input.q)
      : undefined,
  );
  const total = keptTotal(db, db.select({ n: count() }).from(trainingSessions).where(where));
  const day = sql`coalesce(${trainingSessions.heldOn}, ${trainingSessions.plannedOn})`;
  const rows = pageOf(
    db.select().from(trainingSessions).where(where).orderBy(desc(day), desc(trainingSessions.id)),
    input,
  ).all();
  const tally = attendanceTally(db);
  return {
    total,
    rows: rows.map((s) => {
      const t = tally.get(s.id) ?? NO_LINES;
      return rowOf(s, t.lines - t.absent, t.absent);
    }),
  };
}

interface Tally {
  lines: number;
  absent: number;
}
const NO_LINES: Tally = { lines: 0, absent: 0 };
const keptTally = keptWhileUnchanged<ReadonlyMap<number, Tally>>();

/**
 * Every session's attendance lines and absences, counted in one pass and kept while nothing in the database is
 * written (util/count-cache.ts; inside a transaction always counted afresh). A page of the large demo's sessions
 * counted some 40,000 lines of the index anew at every view: 3 of its 5 ms.
 */
function attendanceTally(db: Reader): ReadonlyMap<number, Tally> {
  const count = (): ReadonlyMap<number, Tally> =>
    new Map(
      db
        .select({
          id: trainingAttendance.sessionId,
          lines: sql<number>`count(*)`,
          absent: sql<number>`count(*) FILTER (WHERE ${trainingAttendance.status} = 'absent')`,
        })
        .from(trainingAttendance)
        .groupBy(trainingAttendance.sessionId)
        .all()
        .map((r) => [r.id, Object.freeze({ lines: r.lines, absent: r.absent })]),
    );
  return keptOn(keptTally, db, 'attendance', count);
}

/** Names as a Chinese roster reads them: by pinyin (SQLite and a plain sort order by code point). */
const PINYIN = new Intl.Collator('zh-CN-u-co-pinyin');

export function attendanceOf(db: Reader, sessionId: number): AttendanceView[] {
  const name = sql<string>`coalesce(${persons.name}, ${staffMembers.name})`;
  const lines = db
    .select({
      sort: sql<number>`coalesce(${departments.sortOrder}, 0)`,
      id: trainingAttendance.id,
      personId: trainingAttendance.personId,
      staffId: trainingAttendance.staffId,
      name,
      department: sql<string>`coalesce(${departments.name}, '')`,
      clearance: persons.clearance,
      status: trainingAttendance.status,
      absenceReason: trainingAttendance.absenceReason,
      madeUpOn: trainingAttendance.madeUpOn,
      hours: trainingAttendance.hours,
    })
    .from(trainingAttendance)
    .leftJoin(persons, eq(persons.id, trainingAttendance.personId))
    .leftJoin(staffMembers, eq(staffMembers.id, trainingAttendance.staffId))
    .leftJoin(
      departments,
      sql`${departments.id} = coalesce(${persons.departmentId}, ${staffMembers.departmentId})`,
    )
    .where(eq(trainingAttendance.sessionId, sessionId))
    .all();
  return lines
    .sort(
      (a, b) =>
        a.sort - b.sort || PINYIN.compare(a.department, b.department) || PINYIN.compare(a.name, b.name),
    )
    .map(({ sort: _sort, ...l }) => l);
}

/**
 * The attendance sheet: every 涉密人员 in post and every 在职人员 still on staff, by department, each with the
 * line already recorded (anyone recorded who has since left stays on the sheet too).
 */
export function rosterOf(db: Reader, sessionId: number): RosterLine[] {
  const lines = attendanceOf(db, sessionId);
  const byPerson = new Map(lines.filter((l) => l.personId !== null).map((l) => [l.personId, l]));
  const byStaff = new Map(lines.filter((l) => l.staffId !== null).map((l) => [l.staffId, l]));
  const people = db
    .select({
      id: persons.id,
      name: persons.name,
      departmentId: persons.departmentId,
      department: departments.name,
      clearance: persons.clearance,
      status: persons.status,
      sort: departments.sortOrder,
    })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .orderBy(asc(departments.sortOrder), asc(departments.name), asc(persons.name))
    .all()
    .filter((p) => p.status === 'in_post' || byPerson.has(p.id));
  const staff = db
    .select({
      id: staffMembers.id,
      name: staffMembers.name,
      departmentId: staffMembers.departmentId,
      department: departments.name,
      leftOn: staffMembers.leftOn,
      sort: departments.sortOrder,
    })
    .from(staffMembers)
    .innerJoin(departments, eq(departments.id, staffMembers.departmentId))
    .all()
    .filter((s) => s.leftOn === null || byStaff.has(s.id));
  const out: (RosterLine & { sort: number })[] = [
    ...people.map((p) => {
      const l = byPerson.get(p.id);
      return {
        personId: p.id,
        staffId: null,
        name: p.name,
        departmentId: p.departmentId,
        department: p.department,
        clearance: p.clearance,
        status: l?.status ?? null,
        absenceReason: l?.absenceReason ?? null,
        sort: p.sort,
      };
    }),
    ...staff.map((s) => {
      const l = byStaff.get(s.id);
      return {
        personId: null,
        staffId: s.id,
        name: s.name,
        departmentId: s.departmentId,
        department: s.department,
        clearance: null,
        status: l?.status ?? null,
        absenceReason: l?.absenceReason ?? null,
        sort: s.sort,
      };
    }),
  ];
  return out
    .sort(
      (a, b) =>
        a.sort - b.sort || PINYIN.compare(a.department, b.department) || PINYIN.compare(a.name, b.name),
    )
    .map(({ sort: _sort, ...l }) => l);
}
