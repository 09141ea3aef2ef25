// Trips as the renderer sees them: the person, the approval steps, an overdue return flagged.
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, persons, privateTravel, travelSteps } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { TravelListInput, TravelView } from '../../ipc/schemas/travel';
import { stepViews } from '../approvals/steps';
import { pageOf } from '../util/paging';

type TravelRecord = typeof privateTravel.$inferSelect;

function toTravelView(
  db: Pick<Db, 'select'>,
  t: TravelRecord,
  name: string,
  department: string,
  now: string,
): TravelView {
  const steps = db
    .select({ step: travelSteps.step, approvalId: travelSteps.approvalId })
    .from(travelSteps)
    .where(eq(travelSteps.travelId, t.id))
    .orderBy(asc(travelSteps.id))
    .all();
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
    steps: stepViews(db, steps),
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
  return toTravelView(db, r.t, r.name, r.department, now);
}

export function listTravel(
  db: Pick<Db, 'select'>,
  input: z.output<typeof TravelListInput>,
  now: string,
): Page<TravelView> {
  const where = and(
    input.personId === undefined ? undefined : eq(privateTravel.personId, input.personId),
    input.status === undefined ? undefined : eq(privateTravel.status, input.status),
  );
  const total = db.select({ n: count() }).from(privateTravel).where(where).get()?.n ?? 0;
  const rows = pageOf(
    travelSelect(db).where(where).orderBy(desc(privateTravel.appliedOn), desc(privateTravel.id)),
    input,
  ).all();
  return { total, rows: rows.map((r) => toTravelView(db, r.t, r.name, r.department, now)) };
}
