// The training matrix (涉密人员 in post × months of one year) and the yearly floor: who is under it. Two reads
// over covering indexes (the year's attendance, the people in post), joined in memory: the whole unit is needed
// anyway for the under-floor count and filter, and 5,000 people stay well inside the bench's 50 ms.
import { and, asc, eq, gte, like, lte, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { departments, persons, trainingAttendance } from '../../../db/schema';
import type { Matrix, MatrixInput, MatrixRow, TrainingSettings } from '../../ipc/schemas/trainings';
import { trainingSettings } from './settings';

type Reader = Pick<Db, 'select'>;

/** Sessions and hours per person in the year, by month: one scan of the year's range of the attendance. */
function attendanceByPerson(db: Reader, year: number): Map<number, { months: number[]; hours: number }> {
  const rows = db
    .select({
      personId: trainingAttendance.personId,
      month: sql<number>`CAST(substr(${trainingAttendance.heldOn}, 6, 2) AS INTEGER)`,
      n: sql<number>`count(*)`,
      hours: sql<number>`sum(${trainingAttendance.hours})`,
    })
    .from(trainingAttendance)
    .where(
      and(
        gte(trainingAttendance.heldOn, `${year}-01-01`),
        lte(trainingAttendance.heldOn, `${year}-12-31`),
        sql`${trainingAttendance.personId} IS NOT NULL`,
        ne(trainingAttendance.status, 'absent'),
      ),
    )
    .groupBy(trainingAttendance.personId, sql`2`)
    .all();
  const out = new Map<number, { months: number[]; hours: number }>();
  for (const r of rows) {
    const id = r.personId ?? 0;
    let m = out.get(id);
    if (!m) out.set(id, (m = { months: new Array<number>(12).fill(0), hours: 0 }));
    m.months[r.month - 1] = (m.months[r.month - 1] ?? 0) + r.n;
    m.hours += r.hours;
  }
  return out;
}

function inPost(db: Reader, input: Pick<z.output<typeof MatrixInput>, 'departmentId' | 'q'>) {
  return db
    .select({
      personId: persons.id,
      name: persons.name,
      department: departments.name,
      clearance: persons.clearance,
    })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(
      and(
        eq(persons.status, 'in_post'),
        input.departmentId === undefined ? undefined : eq(persons.departmentId, input.departmentId),
        input.q ? like(persons.name, `%${input.q}%`) : undefined,
      ),
    )
    .orderBy(asc(departments.sortOrder), asc(departments.name), asc(persons.name), asc(persons.id))
    .all();
}

/** Every 涉密人员 in post with the year's figures and the floor of their clearance. */
export function matrixRows(
  db: Reader,
  year: number,
  filter: Pick<z.output<typeof MatrixInput>, 'departmentId' | 'q'> = {},
  settings: TrainingSettings = trainingSettings(db),
): MatrixRow[] {
  const att = attendanceByPerson(db, year);
  return inPost(db, filter).map((p) => {
    const a = att.get(p.personId);
    const months = a?.months ?? new Array<number>(12).fill(0);
    const sessions = months.reduce((x, y) => x + y, 0);
    const hours = a?.hours ?? 0;
    const floorSessions = p.clearance ? settings.sessionsPerYear[p.clearance] : 0;
    const floorHours = p.clearance ? settings.hoursPerYear[p.clearance] : 0;
    return {
      ...p,
      months,
      sessions,
      hours,
      floorSessions,
      floorHours,
      underFloor: sessions < floorSessions || hours < floorHours,
    };
  });
}

export function trainingMatrix(db: Reader, input: z.output<typeof MatrixInput>): Matrix {
  const all = matrixRows(db, input.year, input);
  const under = all.filter((r) => r.underFloor);
  const shown = input.underFloorOnly ? under : all;
  const start = (input.page - 1) * input.pageSize;
  return {
    rows: shown.slice(start, start + input.pageSize),
    total: shown.length,
    inPost: all.length,
    underFloor: under.length,
  };
}
