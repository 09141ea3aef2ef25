// Checks as the renderer sees them: the checklist with each 不符合's finding, counts and scopes, names resolved;
// the findings are findings-views.ts.
import { and, asc, count, desc, eq, exists, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { CheckArea } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import {
  departments,
  findings,
  inspectionDepartments,
  inspectionItems,
  inspections,
  persons,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { InspectionListInput, InspectionRow, InspectionView } from '../../ipc/schemas/inspections';
import { anyContains } from '../util/like';
import { Bindings, pageByShape } from '../util/paging';
import { OPEN, toFindingViews } from './findings-views';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';
import { keptOn, keptWhileUnchanged } from '../util/count-cache';

type Read = Pick<Db, 'select'>;
type CheckCounts = Pick<InspectionRow, 'items' | 'answered' | 'failed' | 'openFindings' | 'overdueFindings'>;
const NO_COUNTS: CheckCounts = { items: 0, answered: 0, failed: 0, openFindings: 0, overdueFindings: 0 };

interface ItemTally {
  items: number;
  answered: number;
  failed: number;
}
const keptItemTally = keptWhileUnchanged<ReadonlyMap<number, ItemTally>>();

/**
 * Every check's checklist tally (items, answered, failed) in one pass, kept while nothing is written
 * (util/count-cache.ts): a page's hundred checks read some 2,500 item rows for their answers anew at every view.
 */
function itemTally(db: Read): ReadonlyMap<number, ItemTally> {
  return keptOn(keptItemTally, db, 'inspection-items', () => {
    const rows = db
      .select({
        id: inspectionItems.inspectionId,
        items: count(),
        answered: count(inspectionItems.answer),
        failed: sql<number>`count(*) FILTER (WHERE ${inspectionItems.answer} = 'fail')`,
      })
      .from(inspectionItems)
      .groupBy(inspectionItems.inspectionId)
      .all();
    return new Map(rows.map(({ id, ...t }) => [id, Object.freeze(t)]));
  });
}

/**
 * The checklist and finding counts of every check of a page in two grouped reads (not two per row). 逾期 is the
 * rule's reading in SQL (open, dated, deadline before today: `findingOverdue`), and a test holds the two equal.
 */
function countsOf(db: Read, ids: number[], today: string): Map<number, CheckCounts> {
  const out = new Map<number, CheckCounts>();
  if (ids.length === 0) return out;
  const tally = itemTally(db);
  const items = ids.flatMap((id) => {
    const t = tally.get(id);
    return t ? [{ id, ...t }] : [];
  });
  const q = statement(db, 'inspections:findingCounts', () => {
    const open = inArray(findings.status, OPEN);
    const overdue = and(open, isNotNull(findings.deadline), lt(findings.deadline, sql.placeholder('today')));
    return db
      .select({
        id: findings.inspectionId,
        open: sql<number>`sum(${open})`,
        overdue: sql<number>`sum(${overdue})`,
      })
      .from(findings)
      .where(inListOf(findings.inspectionId, 'ids'))
      .groupBy(findings.inspectionId)
      .prepare();
  });
  const fs = q.all({ ids: listParam(ids), today });
  for (const r of items)
    out.set(r.id, { ...NO_COUNTS, items: r.items, answered: r.answered, failed: r.failed });
  for (const r of fs)
    out.set(r.id, {
      ...(out.get(r.id) ?? NO_COUNTS),
      openFindings: Number(r.open ?? 0),
      overdueFindings: Number(r.overdue ?? 0),
    });
  return out;
}

const checkSelect = (db: Read) =>
  db
    .select({ c: inspections, department: departments.name, person: persons.name })
    .from(inspections)
    .leftJoin(departments, eq(departments.id, inspections.departmentId))
    .leftJoin(persons, eq(persons.id, inspections.personId));

type CheckJoined = { c: typeof inspections.$inferSelect; department: string | null; person: string | null };
type Scope = { ids: number[]; names: string[] };

/**
 * Each check's 检查范围（部门） in one read for a page, in the order chosen. A check recorded before scopes were
 * kept has only its `department_id`: that one department is its scope.
 */
function scopesOf(db: Read, rows: CheckJoined[]): Map<number, Scope> {
  const out = new Map<number, Scope>();
  if (rows.length === 0) return out;
  const q = statement(db, 'inspections:scopes', () =>
    db
      .select({ id: inspectionDepartments.inspectionId, dept: departments.id, name: departments.name })
      .from(inspectionDepartments)
      .innerJoin(departments, eq(departments.id, inspectionDepartments.departmentId))
      .where(inListOf(inspectionDepartments.inspectionId, 'ids'))
      .orderBy(asc(inspectionDepartments.id))
      .prepare(),
  );
  const lines = q.all({ ids: listParam(rows.map((r) => r.c.id)) });
  for (const l of lines) {
    const s = out.get(l.id) ?? { ids: [], names: [] };
    s.ids.push(l.dept);
    s.names.push(l.name);
    out.set(l.id, s);
  }
  for (const r of rows)
    if (!out.has(r.c.id) && r.c.departmentId !== null && r.department !== null)
      out.set(r.c.id, { ids: [r.c.departmentId], names: [r.department] });
  return out;
}

const NO_SCOPE: Scope = { ids: [], names: [] };

function toRow(r: CheckJoined, counts: CheckCounts, scope: Scope): InspectionRow {
  return {
    id: r.c.id,
    kind: r.c.kind,
    title: r.c.title,
    period: r.c.period,
    checkedOn: r.c.checkedOn,
    department: r.department,
    departments: scope.names,
    person: r.person,
    inspectors: r.c.inspectors,
    status: r.c.status,
    closedOn: r.c.closedOn,
    ...counts,
  };
}

export function listInspections(
  db: Read,
  input: z.output<typeof InspectionListInput>,
  today: string,
): Page<InspectionRow> {
  const b = Bindings.placeholders();
  const department =
    input.departmentId === undefined ? undefined : b.bind('departmentId', input.departmentId);
  const where = and(
    input.kind === undefined ? undefined : eq(inspections.kind, b.bind('kind', input.kind)),
    input.status === undefined ? undefined : eq(inspections.status, b.bind('status', input.status)),
    department === undefined
      ? undefined
      : or(
          eq(inspections.departmentId, department),
          exists(
            db
              .select({ one: sql`1` })
              .from(inspectionDepartments)
              .where(
                and(
                  eq(inspectionDepartments.inspectionId, inspections.id),
                  eq(inspectionDepartments.departmentId, department),
                ),
              ),
          ),
        ),
    input.q
      ? anyContains([inspections.title, inspections.inspectors], input.q, (p) => b.bind('q', p))
      : undefined,
  );
  // Prepared once for each set of filters asked (util/paging.ts): only the values change.
  const { total, rows } = pageByShape(db, `inspections:${b.names}`, b, input, () => ({
    rows: checkSelect(db).where(where).orderBy(desc(inspections.checkedOn), desc(inspections.id)),
    count: db.select({ n: count() }).from(inspections).where(where),
  }));
  const counts = countsOf(
    db,
    rows.map((r) => r.c.id),
    today,
  );
  const scopes = scopesOf(db, rows);
  return {
    total,
    rows: rows.map((r) => toRow(r, counts.get(r.c.id) ?? NO_COUNTS, scopes.get(r.c.id) ?? NO_SCOPE)),
  };
}

export function inspectionView(db: Read, id: number, today: string): InspectionView {
  const r = checkSelect(db).where(eq(inspections.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该检查。', {
      fields: [{ path: 'inspectionId', message: '不存在' }],
    });
  const fs = db.select().from(findings).where(eq(findings.inspectionId, id)).orderBy(asc(findings.id)).all();
  const findingOf = new Map(fs.map((f) => [f.itemId, f.id]));
  const items = db
    .select()
    .from(inspectionItems)
    .where(eq(inspectionItems.inspectionId, id))
    .orderBy(asc(inspectionItems.seq))
    .all();
  const scope = scopesOf(db, [r]).get(id) ?? NO_SCOPE;
  return {
    ...toRow(r, countsOf(db, [id], today).get(id) ?? NO_COUNTS, scope),
    departmentId: r.c.departmentId,
    departmentIds: scope.ids,
    personId: r.c.personId,
    areas: JSON.parse(r.c.areas) as CheckArea[],
    authority: r.c.authority,
    opinion: r.c.opinion,
    checklist: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      area: i.area,
      text: i.text,
      answer: i.answer,
      note: i.note,
      evidenceAttachmentId: i.evidenceAttachmentId,
      findingId: findingOf.get(i.id) ?? null,
    })),
    findings: toFindingViews(db, fs, today, true),
  };
}
