// 年度报备 (issue 5 item 9): who was in post on 12月31日, by clearance and department; who joined and left
// in the year; who was in the 脱密期 at year end; private travel applied for in the year.
import { and, asc, between, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Clearance } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, leavingProcedures, persons, privateTravel } from '../../../db/schema';
import type { ByClearance } from '../../ipc/schemas/persons';
import type { AnnualReport, AnnualReportLeaver, AnnualReportPerson } from '../../ipc/schemas/persons-report';

const zero = (): ByClearance<number> => ({ core: 0, important: 0, general: 0 });

const personCols = {
  personId: persons.id,
  name: persons.name,
  department: departments.name,
  departmentId: persons.departmentId,
  clearance: persons.clearance,
};

export function annualReport(db: Pick<Db, 'select'>, year: number): AnnualReport {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;

  // In post on 12月31日: posted by then, and not yet 离岗 (a 离岗 approved later still counts).
  const inPostRows = db
    .select(personCols)
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(and(lte(persons.postedOn, end), or(isNull(persons.leftOn), gt(persons.leftOn, end))))
    .orderBy(asc(departments.sortOrder), asc(departments.name), asc(persons.name))
    .all();
  const byClearance = zero();
  const depts = new Map<number, AnnualReport['byDepartment'][number]>();
  for (const r of inPostRows) {
    let d = depts.get(r.departmentId);
    if (!d) {
      d = { departmentId: r.departmentId, department: r.department, total: 0, byClearance: zero() };
      depts.set(r.departmentId, d);
    }
    d.total += 1;
    if (r.clearance) {
      byClearance[r.clearance] += 1;
      d.byClearance[r.clearance] += 1;
    }
  }

  const joiners: AnnualReportPerson[] = db
    .select({ ...personCols, on: sql<string>`${persons.postedOn}` })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(between(persons.postedOn, start, end))
    .orderBy(asc(persons.postedOn), asc(persons.name))
    .all()
    .map(strip);

  // The clearance held when leaving is on the procedure; the person's may since have been cleared.
  const leaving = db
    .select({
      ...personCols,
      clearance: sql<Clearance | null>`coalesce(${leavingProcedures.clearance}, ${persons.clearance})`,
      on: sql<string>`${leavingProcedures.approvedOn}`,
      kind: leavingProcedures.kind,
      separationEndsOn: leavingProcedures.separationEndsOn,
      personEndsOn: persons.separationEndsOn,
    })
    .from(leavingProcedures)
    .innerJoin(persons, eq(persons.id, leavingProcedures.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(and(eq(leavingProcedures.status, 'approved'), lte(leavingProcedures.approvedOn, end)))
    .orderBy(asc(leavingProcedures.approvedOn), asc(persons.name))
    .all();
  const leavers = leaving.filter((l) => l.on >= start).map(leaver);
  // A person's latest 离岗 only, with the period as extended since (延长脱密期 is on the person); a period
  // whose last day is 12月31日 still runs that day (README "Dates").
  const latest = new Map(leaving.map((l, i) => [l.personId, i]));
  const inSeparation = leaving
    .filter((_l, i) => latest.get(_l.personId) === i)
    .map((l) => leaver({ ...l, separationEndsOn: l.personEndsOn ?? l.separationEndsOn }))
    .filter((l) => l.separationEndsOn !== null && l.separationEndsOn >= end);

  const travelBy = db
    .select({ status: privateTravel.status, n: sql<number>`count(*)` })
    .from(privateTravel)
    .where(between(privateTravel.appliedOn, start, end))
    .groupBy(privateTravel.status)
    .all();
  const n = (...s: (typeof travelBy)[number]['status'][]) =>
    travelBy.filter((t) => s.includes(t.status)).reduce((a, t) => a + t.n, 0);

  return {
    year,
    asOf: end,
    inPost: inPostRows.length,
    byClearance,
    byDepartment: [...depts.values()],
    joiners,
    leavers,
    inSeparation,
    travel: {
      applied: travelBy.reduce((a, t) => a + t.n, 0),
      approved: n('approved', 'departed', 'returned'),
      refused: n('refused'),
      returned: n('returned'),
    },
  };
}

function leaver({
  departmentId: _d,
  personEndsOn: _p,
  ...r
}: AnnualReportLeaver & { departmentId: number; personEndsOn: string | null }): AnnualReportLeaver {
  return r;
}

function strip({
  departmentId: _d,
  ...r
}: AnnualReportPerson & { departmentId: number }): AnnualReportPerson {
  return r;
}
