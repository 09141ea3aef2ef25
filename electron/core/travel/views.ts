// Trips as the renderer sees them: the person, the approval steps, an overdue return flagged.
import { count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, persons, privateTravel, travelSteps } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { TravelListInput, TravelView } from '../../ipc/schemas/travel';
import { stepsOfMany } from '../approvals/steps';
import type { StepView } from '../../ipc/schemas/approvals';
import { filtersWhere, pageByFilters, pageOf, type EqualityFilter } from '../util/paging';

type TravelRecord = typeof privateTravel.$inferSelect;

const STEPS = {
  table: travelSteps,
  id: travelSteps.id,
  owner: travelSteps.travelId,
  step: travelSteps.step,
  approvalId: travelSteps.approvalId,
};
const stepsOf = (db: Pick<Db, 'select'>, ids: number[]) => stepsOfMany(db, STEPS, ids);

function toTravelView(
  t: TravelRecord,
  name: string,
  department: string,
  now: string,
  steps: StepView[],
): TravelView {
  return {
    id: t.id,
    personId: t.personId,
    personName: name,
    department,
    destination: t.destination,
    purpose: t.purpose,
    appliedOn: t.appliedOn,
    plannedDepartOn: t.plannedDepartOn,
    plannedReturnOn: t.plannedReturnOn,
    status: t.status,
    needsApproval: t.needsApproval === 1,
    educatedOn: t.educatedOn,
    educatedBy: t.educatedBy,
    pledgeId: t.pledgeId,
    departedOn: t.departedOn,
    returnedOn: t.returnedOn,
    returnReport: t.returnReport,
    returnOverdue: t.status === 'departed' && t.plannedReturnOn < now,
    steps,
  };
}

const travelSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ t: privateTravel, name: persons.name, department: departments.name })
    .from(privateTravel)
    .innerJoin(persons, eq(persons.id, privateTravel.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId));

export function travelView(db: Pick<Db, 'select'>, id: number, now: string): TravelView {
  const r = travelSelect(db).where(eq(privateTravel.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该出国(境)申请。');
  return toTravelView(r.t, r.name, r.department, now, stepsOf(db, [id]).get(id) ?? []);
}

type TravelListQuery = z.output<typeof TravelListInput>;

const FILTERS: EqualityFilter<TravelListQuery>[] = [
  ['personId', privateTravel.personId],
  ['status', privateTravel.status],
];

/** The register's page, newest application first, and its count, under `where`. */
const travelQuestion = (db: Pick<Db, 'select'>) => (where: SQL | undefined) => ({
  rows: travelSelect(db).where(where).orderBy(desc(privateTravel.appliedOn), desc(privateTravel.id)),
  count: db.select({ n: count() }).from(privateTravel).where(where),
});

/** A page of the register as listTravel asks it (its plan is pinned in the travel query-plan test). */
export function travelPageQuery(db: Pick<Db, 'select'>, input: TravelListQuery) {
  return pageOf(travelQuestion(db)(filtersWhere(input, FILTERS)).rows, input);
}

export function listTravel(db: Pick<Db, 'select'>, input: TravelListQuery, now: string): Page<TravelView> {
  const { total, rows } = pageByFilters(db, 'travel', input, FILTERS, travelQuestion(db));
  const steps = stepsOf(
    db,
    rows.map((r) => r.t.id),
  );
  return {
    total,
    rows: rows.map((r) => toTravelView(r.t, r.name, r.department, now, steps.get(r.t.id) ?? [])),
  };
}
