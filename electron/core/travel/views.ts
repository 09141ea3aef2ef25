// Trips as the renderer sees them: the person, the approval steps, an overdue return flagged.
import { and, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, persons, privateTravel, travelSteps } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { TravelListInput, TravelView } from '../../ipc/schemas/travel';
import { stepsOfMany } from '../approvals/steps';
import type { StepView } from '../../ipc/schemas/approvals';
import { pageOf } from '../util/paging';
import { keptTotal } from '../util/count-cache';

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

const whereOf = (input: z.output<typeof TravelListInput>) =>
  and(
    input.personId === undefined ? undefined : eq(privateTravel.personId, input.personId),
    input.status === undefined ? undefined : eq(privateTravel.status, input.status),
  );

/** A page of the register, newest application first (its plan is pinned in the travel query-plan test). */
export function travelPageQuery(db: Pick<Db, 'select'>, input: z.output<typeof TravelListInput>) {
  return pageOf(
    travelSelect(db).where(whereOf(input)).orderBy(desc(privateTravel.appliedOn), desc(privateTravel.id)),
    input,
  );
}

export function listTravel(
  db: Pick<Db, 'select'>,
  input: z.output<typeof TravelListInput>,
  now: string,
): Page<TravelView> {
  const total = keptTotal(db, db.select({ n: count() }).from(privateTravel).where(whereOf(input)));
  const rows = travelPageQuery(db, input).all();
  const steps = stepsOf(
    db,
    rows.map((r) => r.t.id),
  );
  return {
    total,
    rows: rows.map((r) => toTravelView(r.t, r.name, r.department, now, steps.get(r.t.id) ?? [])),
  };
}
