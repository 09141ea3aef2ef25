// Findings as the renderer sees them: their state read against today (逾期 is computed, never stored), names
// resolved, the board's page prepared per shape.
import { and, asc, count, eq, gte, inArray, isNotNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { FindingState, FindingStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, findingEvents, findings, inspections, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { FindingListInput, FindingView } from '../../ipc/schemas/inspections';
import { Bindings, pageByShape } from '../util/paging';
import { findingOverdue, findingState, overdueDays } from './rules';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

type Read = Pick<Db, 'select'>;
type FindingRecord = typeof findings.$inferSelect;
// Open states named, not "not done": an IN list walks findings_status_idx (status, deadline) state by state.
export const OPEN: FindingStatus[] = ['pending', 'rectifying', 'to_verify'];

/** The names of `ids` in `table` (persons or departments), prepared once per connection and table. */
function namesOf(db: Read, table: typeof persons | typeof departments, ids: (number | null)[]) {
  const want = [...new Set(ids.filter((i): i is number => i !== null))];
  if (want.length === 0) return new Map<number, string>();
  const key = table === persons ? 'inspections:personNames' : 'inspections:departmentNames';
  const q = statement(db, key, () =>
    db.select({ id: table.id, name: table.name }).from(table).where(inListOf(table.id, 'ids')).prepare(),
  );
  return new Map(q.all({ ids: listParam(want) }).map((r) => [r.id, r.name]));
}

export function toFindingViews(
  db: Read,
  rows: FindingRecord[],
  today: string,
  withEvents: boolean,
): FindingView[] {
  if (rows.length === 0) return [];
  const people = namesOf(
    db,
    persons,
    rows.flatMap((f) => [f.responsiblePersonId, f.rectifiedById, f.verifierId]),
  );
  const depts = namesOf(
    db,
    departments,
    rows.map((f) => f.departmentId),
  );
  const checksOf = statement(db, 'inspections:checksOfFindings', () =>
    db
      .select({ id: inspections.id, title: inspections.title, kind: inspections.kind })
      .from(inspections)
      .where(inListOf(inspections.id, 'ids'))
      .prepare(),
  );
  const checks = new Map(
    checksOf.all({ ids: listParam([...new Set(rows.map((f) => f.inspectionId))]) }).map((c) => [c.id, c]),
  );
  const name = (m: Map<number, string>, id: number | null) => (id === null ? null : (m.get(id) ?? null));
  return rows.map((f) => ({
    id: f.id,
    inspectionId: f.inspectionId,
    inspectionTitle: checks.get(f.inspectionId)?.title ?? '',
    inspectionKind: checks.get(f.inspectionId)?.kind ?? 'self_dept',
    itemId: f.itemId,
    area: f.area,
    what: f.what,
    severity: f.severity,
    departmentId: f.departmentId,
    department: name(depts, f.departmentId),
    responsiblePersonId: f.responsiblePersonId,
    responsible: name(people, f.responsiblePersonId),
    requirement: f.requirement,
    deadline: f.deadline,
    status: f.status,
    state: findingState(f.status, f.deadline, today),
    overdue: findingOverdue(f.status, f.deadline, today),
    overdueDays: overdueDays(f.status, f.deadline, today),
    rectification: f.rectification,
    rectifiedOn: f.rectifiedOn,
    rectifiedBy: name(people, f.rectifiedById),
    verifier: name(people, f.verifierId),
    verifiedOn: f.verifiedOn,
    evidence: f.evidence,
    carryOverReason: f.carryOverReason,
    events: withEvents
      ? db
          .select({
            kind: findingEvents.kind,
            on: findingEvents.on,
            summary: findingEvents.summary,
            createdAt: findingEvents.createdAt,
          })
          .from(findingEvents)
          .where(eq(findingEvents.findingId, f.id))
          .orderBy(asc(findingEvents.id))
          .all()
      : [],
  }));
}

export function findingView(db: Read, id: number, today: string): FindingView {
  const f = db.select().from(findings).where(eq(findings.id, id)).get();
  if (!f)
    throw new AppException('NOT_FOUND', '找不到该问题。', {
      fields: [{ path: 'findingId', message: '不存在' }],
    });
  const [v] = toFindingViews(db, [f], today, true);
  if (!v) throw new AppException('NOT_FOUND', '找不到该问题。');
  return v;
}

type FindingListQuery = z.output<typeof FindingListInput>;

/**
 * The board's filter by state: 逾期 is read from the deadline, and an overdue finding leaves its own column. The
 * state chosen is part of the question's shape (`listFindings`); today's date is bound by `b`.
 */
function stateFilter(state: FindingState | undefined, today: string, b: Bindings): SQL | undefined {
  if (state === undefined) return undefined;
  if (state === 'closed' || state === 'carried_over') return eq(findings.status, state);
  const now = b.bind('today', today);
  if (state === 'overdue')
    return and(inArray(findings.status, OPEN), isNotNull(findings.deadline), lt(findings.deadline, now));
  return and(eq(findings.status, state), or(sql`${findings.deadline} IS NULL`, gte(findings.deadline, now)));
}

function findingWhere(input: FindingListQuery, today: string, b: Bindings) {
  return and(
    input.inspectionId === undefined
      ? undefined
      : eq(findings.inspectionId, b.bind('inspectionId', input.inspectionId)),
    stateFilter(input.state, today, b),
    input.openOnly ? inArray(findings.status, OPEN) : undefined,
    input.departmentId === undefined
      ? undefined
      : eq(findings.departmentId, b.bind('departmentId', input.departmentId)),
    input.deadlineBy === undefined
      ? undefined
      : lte(findings.deadline, b.bind('deadlineBy', input.deadlineBy)),
  );
}

/** The board's page (by deadline, undated last) and its count, under `where`. */
function findingQuestion(db: Read, where: SQL | undefined) {
  return {
    rows: db
      .select()
      .from(findings)
      .where(where)
      .orderBy(sql`${findings.deadline} IS NULL`, asc(findings.deadline), asc(findings.id)),
    count: db.select({ n: count() }).from(findings).where(where),
  };
}

/** The findings board's query built whole, with its values, before paging: its plan is pinned by a test. */
export function findingPageQuery(db: Read, input: FindingListQuery, today: string) {
  return findingQuestion(db, findingWhere(input, today, Bindings.inline())).rows;
}

export function listFindings(db: Read, input: FindingListQuery, today: string): Page<FindingView> {
  const b = Bindings.placeholders();
  const where = findingWhere(input, today, b);
  // The state and 未整改 chosen are the shape; the values and today are bound.
  const shape = `findings:${b.names}:${input.state ?? ''}:${input.openOnly ? 'open' : 'any'}`;
  const { total, rows } = pageByShape(db, shape, b, input, () => findingQuestion(db, where));
  return { total, rows: toFindingViews(db, rows, today, false) };
}
