// Leaving procedures as the renderer sees them: steps done and to do, what the person still holds, and the
// approval that ended it with the approver's name (the 离岗审批表 prints it).
import { asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { LEAVING_STEPS, type OpinionVerdict } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, leavingProcedures, noticesReceived, persons } from '../../../db/schema';
import type { StepView } from '../../ipc/schemas/approvals';
import type { HeldCopyView } from '../../ipc/schemas/carriers';
import type { HeldDeviceView } from '../../ipc/schemas/devices';
import type { Page } from '../../ipc/schemas/common';
import type { LeavingListInput, LeavingView } from '../../ipc/schemas/leaving';
import { stepViews } from '../approvals/steps';
import { devicesHeldByMany } from '../devices';
import { holdingsOfMany, type PersonRecord } from '../persons';
import { filtersWhere, pageByFilters, pageOf, type EqualityFilter } from '../util/paging';
import { doneSteps, type Leaving } from './procedure';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

// Of the person, what the view shows and their holdings are found by: the whole record (some forty columns) made
// a page read and shape three times the cells.
type LeavingRow = { l: Leaving; p: Pick<PersonRecord, 'id' | 'name'>; department: string };

/** What a view adds to its row, read for a whole page at once. */
interface LeavingExtras {
  approval: StepView | null;
  supervisorOpinions: LeavingView['supervisorOpinions'];
  holds: HeldCopyView[];
  devicesHeld: HeldDeviceView[];
}

function toView({ l, p, department }: LeavingRow, extras: LeavingExtras): LeavingView {
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
    approval: extras.approval,
    approvedOn: l.approvedOn,
    clearance: l.clearance,
    separationYears: l.separationYears,
    separationEndsOn: l.separationEndsOn,
    done,
    todo: l.status === 'open' ? LEAVING_STEPS.filter((s) => !done.includes(s)) : [],
    holds: extras.holds,
    devicesHeld: extras.devicesHeld,
    supervisorOpinions: extras.supervisorOpinions,
  };
}

/**
 * The views of some procedures, with their approvals, the bureau's opinions and (those still open) what their people
 * hold, each read for all of them at once: a query of each per procedure made a page of the large demo, with its 45
 * procedures under way, cost twenty times the plain query.
 */
function toViews(db: Pick<Db, 'select'>, rows: LeavingRow[]): LeavingView[] {
  const approved = stepViews(
    db,
    rows.flatMap(({ l }) => (l.approvalId === null ? [] : [{ step: 'leave', approvalId: l.approvalId }])),
  );
  const approvalOf = new Map(approved.map((a) => [a.approvalId, a]));
  const opinions = opinionsOn(
    db,
    rows.map(({ l }) => l.id),
  );
  const open = rows.filter(({ l }) => l.status === 'open');
  const holds = holdingsOfMany(db, open);
  const devicesHeld = devicesHeldByMany(
    db,
    open.map(({ p }) => p.id),
  );
  return rows.map((r) =>
    toView(r, {
      approval: r.l.approvalId === null ? null : (approvalOf.get(r.l.approvalId) ?? null),
      supervisorOpinions: opinions.get(r.l.id) ?? [],
      holds: r.l.status === 'open' ? (holds.get(r.p.id) ?? []) : [],
      devicesHeld: r.l.status === 'open' ? (devicesHeld.get(r.p.id) ?? []) : [],
    }),
  );
}

/** The bureau's 意见 that landed on each of `ids` (exchange, notice-import.ts), oldest first. */
function opinionsOn(db: Pick<Db, 'select'>, ids: number[]): Map<number, LeavingView['supervisorOpinions']> {
  const out = new Map<number, LeavingView['supervisorOpinions']>();
  if (!ids.length) return out;
  const q = statement(db, 'leaving:opinionsOn', () =>
    db
      .select()
      .from(noticesReceived)
      .where(inListOf(noticesReceived.leavingId, 'ids'))
      .orderBy(asc(noticesReceived.id))
      .prepare(),
  );
  const rows = q.all({ ids: listParam(ids) });
  for (const n of rows) {
    const c = JSON.parse(n.content) as { verdict: OpinionVerdict; separationEndsOn?: string; text: string };
    const list = out.get(n.leavingId as number) ?? [];
    list.push({
      noticeId: n.id,
      seq: n.seq,
      verdict: c.verdict,
      separationEndsOn: c.separationEndsOn ?? null,
      text: c.text,
      issuedAt: n.issuedAt,
    });
    out.set(n.leavingId as number, list);
  }
  return out;
}

const leavingSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ l: leavingProcedures, p: { id: persons.id, name: persons.name }, department: departments.name })
    .from(leavingProcedures)
    .innerJoin(persons, eq(persons.id, leavingProcedures.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId));

type LeavingListQuery = z.output<typeof LeavingListInput>;

const FILTERS: EqualityFilter<LeavingListQuery>[] = [
  ['status', leavingProcedures.status],
  ['personId', leavingProcedures.personId],
];

/** The register's page, newest first (leaving_procedures_started_idx), and its count, under `where`. */
const leavingQuestion = (db: Pick<Db, 'select'>) => (where: SQL | undefined) => ({
  rows: leavingSelect(db).where(where).orderBy(desc(leavingProcedures.startedOn), asc(leavingProcedures.id)),
  count: db.select({ n: count() }).from(leavingProcedures).where(where),
});

/** A page of the register as listLeaving asks it (its plan is pinned in the leaving query-plan test). */
export function leavingPageQuery(db: Pick<Db, 'select'>, input: LeavingListQuery) {
  return pageOf(leavingQuestion(db)(filtersWhere(input, FILTERS)).rows, input);
}

export function leavingView(db: Pick<Db, 'select'>, id: number): LeavingView {
  const r = leavingSelect(db).where(eq(leavingProcedures.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该离岗手续。');
  return toViews(db, [r])[0] as LeavingView;
}

export function listLeaving(db: Pick<Db, 'select'>, input: LeavingListQuery): Page<LeavingView> {
  const { total, rows } = pageByFilters(db, 'leaving', input, FILTERS, leavingQuestion(db));
  return { total, rows: toViews(db, rows) };
}
