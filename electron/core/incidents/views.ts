// Incidents as the renderer sees them, with the 24-hour clock read at the core's `now`.
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, incidentEntries, incidentLinks, incidentReports, incidents } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  IncidentListInput,
  IncidentRow,
  IncidentView,
  IncidentsOfInput,
} from '../../ipc/schemas/incidents';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { reportClock, reportLate } from './clock';
import type { IncidentRecord } from './store';
import { anyContains } from '../util/like';
import { inList, inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

type Read = Pick<Db, 'select'>;

const select = (db: Read) =>
  db
    .select({ i: incidents, department: departments.name })
    .from(incidents)
    .leftJoin(departments, eq(departments.id, incidents.departmentId));

/** The reports of incidents `ids`, in the order they were made (prepared once per connection). */
function reportsOf(db: Read, ids: number[]) {
  if (ids.length === 0) return [];
  const q = statement(db, 'incidents:reports', () =>
    db
      .select()
      .from(incidentReports)
      .where(inListOf(incidentReports.incidentId, 'ids'))
      .orderBy(asc(incidentReports.reportedAt), asc(incidentReports.id))
      .prepare(),
  );
  return q.all({ ids: listParam(ids) });
}

/** What a row of the register shows of an incident: a page reads these, not the record's long texts. */
const ROW_COLUMNS = {
  id: incidents.id,
  title: incidents.title,
  kind: incidents.kind,
  discoveredAt: incidents.discoveredAt,
  level: incidents.level,
  status: incidents.status,
  closedOn: incidents.closedOn,
};
type RowColumns = Pick<IncidentRecord, keyof typeof ROW_COLUMNS>;

const rowSelect = (db: Read) =>
  db
    .select({ i: ROW_COLUMNS, department: departments.name })
    .from(incidents)
    .leftJoin(departments, eq(departments.id, incidents.departmentId));

function toRow(
  i: RowColumns,
  department: string | null,
  reports: ReturnType<typeof reportsOf>,
  now: Date,
): IncidentRow {
  return {
    id: i.id,
    title: i.title,
    kind: i.kind,
    department,
    discoveredAt: i.discoveredAt,
    level: i.level,
    status: i.status,
    clock: reportClock(
      i.discoveredAt,
      reports.filter((r) => r.incidentId === i.id),
      now,
    ),
    closedOn: i.closedOn,
  };
}

type IncidentListQuery = z.output<typeof IncidentListInput>;

/** The page's condition, its values bound by `b` (inline: the values themselves, as the query-plan test asks). */
function incidentWhere(input: IncidentListQuery, b: Bindings) {
  return and(
    input.status === undefined ? undefined : eq(incidents.status, b.bind('status', input.status)),
    input.kind === undefined ? undefined : eq(incidents.kind, b.bind('kind', input.kind)),
    input.q ? anyContains([incidents.title, incidents.party], input.q, (p) => b.bind('q', p)) : undefined,
  );
}

/** The register's page (latest discovered first) and its count, under `where`. */
function incidentQuestion(db: Read, where: SQL | undefined) {
  return {
    rows: rowSelect(db).where(where).orderBy(desc(incidents.discoveredAt), desc(incidents.id)),
    count: db.select({ n: count() }).from(incidents).where(where),
  };
}

/** One page of the register as a query built whole, with its values in the SQL. */
export function incidentPageQuery(db: Read, input: IncidentListQuery) {
  return pageOf(incidentQuestion(db, incidentWhere(input, Bindings.inline())).rows, input);
}

export function listIncidents(db: Read, input: IncidentListQuery, now: Date): Page<IncidentRow> {
  const b = Bindings.placeholders();
  const where = incidentWhere(input, b);
  // Prepared once for each set of filters asked (util/paging.ts): only the values change; one order.
  const { total, rows } = pageByShape(db, `incidents:${b.names}`, b, input, () =>
    incidentQuestion(db, where),
  );
  const reports = reportsOf(
    db,
    rows.map((r) => r.i.id),
  );
  return { total, rows: rows.map((r) => toRow(r.i, r.department, reports, now)) };
}

/** Incidents whose clock still runs or has run out without both reports: the home page shows them. */
export function unreportedIncidents(db: Read, now: Date): IncidentRow[] {
  const rows = rowSelect(db).where(eq(incidents.status, 'open')).orderBy(asc(incidents.discoveredAt)).all();
  const reports = reportsOf(
    db,
    rows.map((r) => r.i.id),
  );
  return rows.map((r) => toRow(r.i, r.department, reports, now));
}

export function incidentsOf(db: Read, input: z.output<typeof IncidentsOfInput>, now: Date): IncidentRow[] {
  const ids = db
    .select({ id: incidentLinks.incidentId })
    .from(incidentLinks)
    .where(and(eq(incidentLinks.kind, input.kind), eq(incidentLinks.refId, input.refId)))
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = rowSelect(db).where(inList(incidents.id, ids)).orderBy(desc(incidents.discoveredAt)).all();
  const reports = reportsOf(db, ids);
  return rows.map((r) => toRow(r.i, r.department, reports, now));
}

export function incidentView(db: Read, id: number, now: Date): IncidentView {
  const r = select(db).where(eq(incidents.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该事件。');
  const reports = reportsOf(db, [id]);
  const entries = db
    .select()
    .from(incidentEntries)
    .where(eq(incidentEntries.incidentId, id))
    .orderBy(asc(incidentEntries.id))
    .all();
  const result = entries.filter((e) => e.kind === 'result').at(-1);
  const i = r.i;
  return {
    ...toRow(i, r.department, reports, now),
    departmentId: i.departmentId,
    discoveredPlace: i.discoveredPlace,
    discoveredBy: i.discoveredBy,
    discoveredByTitle: i.discoveredByTitle,
    discoveryHow: i.discoveryHow,
    party: i.party,
    partyTitle: i.partyTitle,
    occurredAt: i.occurredAt,
    occurredPlace: i.occurredPlace,
    method: i.method,
    summary: i.summary,
    reportedAt: i.reportedAt,
    nature: result?.nature ?? null,
    unitNature: result?.unitNature ?? null,
    locked: i.reportedAt !== null,
    reports: reports.map((x) => ({
      id: x.id,
      recipient: x.recipient,
      recipientName: x.recipientName,
      reportedAt: x.reportedAt,
      method: x.method,
      reportedBy: x.reportedBy,
      note: x.note,
      late: reportLate(i.discoveredAt, x.reportedAt),
      createdAt: x.createdAt,
    })),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      by: e.by,
      text: e.text,
      nature: e.nature,
      unitNature: e.unitNature,
      scanAttachmentId: e.scanAttachmentId,
      createdAt: e.createdAt,
    })),
    links: db
      .select({ kind: incidentLinks.kind, refId: incidentLinks.refId, label: incidentLinks.label })
      .from(incidentLinks)
      .where(eq(incidentLinks.incidentId, id))
      .orderBy(asc(incidentLinks.id))
      .all(),
  };
}

/** The incidents a person is linked to, for the person's file (当事人 or otherwise concerned). */
export function incidentsOfPerson(db: Read, personId: number) {
  return db
    .select({
      id: incidents.id,
      title: incidents.title,
      discoveredAt: incidents.discoveredAt,
      label: incidentLinks.label,
    })
    .from(incidentLinks)
    .innerJoin(incidents, eq(incidents.id, incidentLinks.incidentId))
    .where(and(eq(incidentLinks.kind, 'person'), eq(incidentLinks.refId, personId)))
    .orderBy(desc(incidents.discoveredAt))
    .all()
    .map((r) => ({ id: r.id, title: r.title, occurredOn: r.discoveredAt.slice(0, 10), role: r.label }));
}
