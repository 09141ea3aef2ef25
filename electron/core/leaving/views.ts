// Leaving procedures as the renderer sees them: steps done and to do, what the person still holds, and the
// approval that ended it with the approver's name (the 离岗审批表 prints it).
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { LEAVING_STEPS, type OpinionVerdict } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, leavingProcedures, noticesReceived, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { LeavingListInput, LeavingView } from '../../ipc/schemas/leaving';
import { stepViews } from '../approvals/steps';
import { devicesHeldBy } from '../devices';
import { holdingsOf, type PersonRecord } from '../persons';
import { pageOf } from '../util/paging';
import { doneSteps, type Leaving } from './procedure';

function toView(db: Pick<Db, 'select'>, l: Leaving, p: PersonRecord, department: string): LeavingView {
  const done = doneSteps(l);
  return {
    id: l.id,
    personId: l.personId,
    personName: p.name,
    department,
    kind: l.kind,
    status: l.status,
    startedOn: l.startedOn,
    reason: l.reason,
    destination: l.destination,
    talkOn: l.talkOn,
    talkPresent: l.talkPresent ? (JSON.parse(l.talkPresent) as LeavingView['talkPresent']) : [],
    talkNotes: l.talkNotes,
    carriersClearedOn: l.carriersClearedOn,
    devicesReturned: l.devicesReturned ? (JSON.parse(l.devicesReturned) as string[]) : [],
    devicesReturnedOn: l.devicesReturnedOn,
    accountDoneOn: l.accountDoneOn,
    accountDisabledId: l.accountDisabledId,
    pledgeId: l.pledgeId,
    approvalId: l.approvalId,
    approval: l.approvalId ? (stepViews(db, [{ step: 'leave', approvalId: l.approvalId }])[0] ?? null) : null,
    approvedOn: l.approvedOn,
    clearance: l.clearance,
    separationYears: l.separationYears,
    separationEndsOn: l.separationEndsOn,
    done,
    todo: l.status === 'open' ? LEAVING_STEPS.filter((s) => !done.includes(s)) : [],
    holds: l.status === 'open' ? holdingsOf(db, p) : [],
    devicesHeld: l.status === 'open' ? devicesHeldBy(db, p.id) : [],
    supervisorOpinions: opinionsOn(db, l.id),
  };
}

/** The bureau's 意见 that landed on this procedure (exchange, notice-import.ts), oldest first. */
function opinionsOn(db: Pick<Db, 'select'>, leavingId: number): LeavingView['supervisorOpinions'] {
  return db
    .select()
    .from(noticesReceived)
    .where(eq(noticesReceived.leavingId, leavingId))
    .orderBy(asc(noticesReceived.id))
    .all()
    .map((n) => {
      const c = JSON.parse(n.content) as { verdict: OpinionVerdict; separationEndsOn?: string; text: string };
      return {
        noticeId: n.id,
        seq: n.seq,
        verdict: c.verdict,
        separationEndsOn: c.separationEndsOn ?? null,
        text: c.text,
        issuedAt: n.issuedAt,
      };
    });
}

const leavingSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ l: leavingProcedures, p: persons, department: departments.name })
    .from(leavingProcedures)
    .innerJoin(persons, eq(persons.id, leavingProcedures.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId));

export function leavingView(db: Pick<Db, 'select'>, id: number): LeavingView {
  const r = leavingSelect(db).where(eq(leavingProcedures.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该离岗手续。');
  return toView(db, r.l, r.p, r.department);
}

export function listLeaving(
  db: Pick<Db, 'select'>,
  input: z.output<typeof LeavingListInput>,
): Page<LeavingView> {
  const where = and(
    input.status === undefined ? undefined : eq(leavingProcedures.status, input.status),
    input.personId === undefined ? undefined : eq(leavingProcedures.personId, input.personId),
  );
  const total = db.select({ n: count() }).from(leavingProcedures).where(where).get()?.n ?? 0;
  const rows = pageOf(
    leavingSelect(db).where(where).orderBy(desc(leavingProcedures.startedOn), asc(leavingProcedures.id)),
    input,
  ).all();
  return { total, rows: rows.map((r) => toView(db, r.l, r.p, r.department)) };
}
