// Key sites as the renderer sees them: manager, department, the next 安全设施检查, visitors still inside, and in
// the drawer the protections, approvals, 值班, 出入登记 and checks.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { KEY_SITE_STATUS_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import {
  departments,
  keySiteChecks,
  keySiteDuties,
  keySiteProtections,
  keySites,
  keySiteVisits,
  persons,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { WorkRef } from '../../ipc/schemas/persons-records';
import type {
  KeySiteListInput,
  KeySitePlace,
  KeySiteRow,
  KeySiteView,
  VisitListInput,
  VisitView,
} from '../../ipc/schemas/key-sites';
import { stepViews } from '../approvals/steps';
import { addDays } from '../util/dates';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { anyContains } from '../util/like';

type SiteRecord = typeof keySites.$inferSelect;

/** The day the next check falls due: the last check (or the approval) plus the period. */
const dueExpr = sql<string>`date(coalesce(${keySites.lastCheckedOn}, ${keySites.approvedOn}), '+' || ${keySites.checkEveryDays} || ' days')`;

const siteSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({
      s: keySites,
      department: departments.name,
      managerName: persons.name,
      visitorsIn: sql<number>`(select count(*) from key_site_visits v where v.site_id = ${keySites.id} and v.out_at is null)`,
    })
    .from(keySites)
    .innerJoin(persons, eq(persons.id, keySites.managerPersonId))
    .leftJoin(departments, eq(departments.id, keySites.departmentId));

function toRow(
  s: SiteRecord,
  department: string | null,
  managerName: string,
  visitorsIn: number,
  now: string,
): KeySiteRow {
  const from = s.lastCheckedOn ?? s.approvedOn;
  const checkDueOn = s.status === 'approved' && from ? addDays(from, s.checkEveryDays) : null;
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    level: s.level,
    departmentId: s.departmentId,
    department,
    managerPersonId: s.managerPersonId,
    managerName,
    location: s.location,
    phone: s.phone,
    staffCount: s.staffCount,
    reason: s.reason,
    status: s.status,
    proposedOn: s.proposedOn,
    approvedOn: s.approvedOn,
    checkEveryDays: s.checkEveryDays,
    lastCheckedOn: s.lastCheckedOn,
    checkDueOn,
    checkDue: checkDueOn !== null && checkDueOn <= now,
    revokedOn: s.revokedOn,
    revokedBy: s.revokedBy,
    revokeReason: s.revokeReason,
    visitorsIn,
  };
}

type KeySiteListQuery = z.output<typeof KeySiteListInput>;

/** The register's condition, its values bound by `b` (today's date for 检查到期 among them). */
function keySiteWhere(input: KeySiteListQuery, now: string, b: Bindings) {
  return and(
    input.status === undefined ? undefined : eq(keySites.status, b.bind('status', input.status)),
    input.kind === undefined ? undefined : eq(keySites.kind, b.bind('kind', input.kind)),
    input.checkDue
      ? and(eq(keySites.status, 'approved'), sql`${dueExpr} <= ${b.bind('now', now)}`)
      : undefined,
    input.search
      ? anyContains([keySites.name, keySites.location], input.search, (p) => b.bind('search', p))
      : undefined,
  );
}

/** The register's page in the order asked, and its count, under `where`. */
function keySiteQuestion(db: Pick<Db, 'select'>, input: KeySiteListQuery, where: SQL | undefined) {
  const dir = input.order === 'desc' ? desc : asc;
  const key = input.sort === 'proposedOn' ? keySites.proposedOn : keySites.name;
  return {
    rows: siteSelect(db).where(where).orderBy(dir(key), dir(keySites.id)),
    count: db.select({ n: count() }).from(keySites).where(where),
  };
}

/** One page of the register as a query built whole, with its values in the SQL. */
export function keySitePageQuery(db: Pick<Db, 'select'>, input: KeySiteListQuery, now: string) {
  return pageOf(keySiteQuestion(db, input, keySiteWhere(input, now, Bindings.inline())).rows, input);
}

export function listKeySites(db: Pick<Db, 'select'>, input: KeySiteListQuery, now: string): Page<KeySiteRow> {
  const b = Bindings.placeholders();
  const where = keySiteWhere(input, now, b);
  // The filters asked and the order are the shape; the values (and today, for 检查到期) are bound.
  const shape = `key_sites:${b.names}:${input.sort}:${input.order}`;
  const { total, rows } = pageByShape(db, shape, b, input, () => keySiteQuestion(db, input, where));
  return { total, rows: rows.map((r) => toRow(r.s, r.department, r.managerName, r.visitorsIn, now)) };
}

export function keySiteView(db: Pick<Db, 'select'>, id: number, now: string): KeySiteView {
  const r = siteSelect(db).where(eq(keySites.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该要害部门部位。', {
      fields: [{ path: 'siteId', message: '不存在' }],
    });
  const steps = [
    ...(r.s.approvalId ? [{ step: 'approve', approvalId: r.s.approvalId }] : []),
    ...(r.s.revokeApprovalId ? [{ step: 'revoke', approvalId: r.s.revokeApprovalId }] : []),
  ];
  return {
    ...toRow(r.s, r.department, r.managerName, r.visitorsIn, now),
    protections: db
      .select()
      .from(keySiteProtections)
      .where(eq(keySiteProtections.siteId, id))
      .orderBy(asc(keySiteProtections.id))
      .all()
      .map((p) => ({ id: p.id, category: p.category, item: p.item, quantity: p.quantity, note: p.note })),
    steps: stepViews(db, steps),
    visits: listVisits(db, { siteId: id, openOnly: false, page: 1, pageSize: 100 }).rows,
    duties: db
      .select()
      .from(keySiteDuties)
      .where(eq(keySiteDuties.siteId, id))
      .orderBy(desc(keySiteDuties.dutyOn))
      .limit(60)
      .all()
      .map((d) => ({ id: d.id, dutyOn: d.dutyOn, personName: d.personName, shift: d.shift })),
    checks: db
      .select()
      .from(keySiteChecks)
      .where(eq(keySiteChecks.siteId, id))
      .orderBy(desc(keySiteChecks.checkedOn))
      .limit(60)
      .all()
      .map((c) => ({
        id: c.id,
        checkedOn: c.checkedOn,
        checker: c.checker,
        result: c.result,
        findings: c.findings,
      })),
  };
}

type VisitListQuery = z.output<typeof VisitListInput>;

/** The 出入登记簿's condition: the site bound by `b`; 尚未离开 a constant, so part of the shape. */
function visitWhere(input: VisitListQuery, b: Bindings) {
  return and(
    input.siteId === undefined ? undefined : eq(keySiteVisits.siteId, b.bind('siteId', input.siteId)),
    input.openOnly ? isNull(keySiteVisits.outAt) : undefined,
  );
}

function visitQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select({ v: keySiteVisits, siteName: keySites.name })
      .from(keySiteVisits)
      .innerJoin(keySites, eq(keySites.id, keySiteVisits.siteId))
      .where(where)
      .orderBy(desc(keySiteVisits.inAt), desc(keySiteVisits.id)),
    count: db.select({ n: count() }).from(keySiteVisits).where(where),
  };
}

/** One page of the 出入登记簿 as a query built whole, with its values in the SQL. */
export function visitPageQuery(db: Pick<Db, 'select'>, input: VisitListQuery) {
  return pageOf(visitQuestion(db, visitWhere(input, Bindings.inline())).rows, input);
}

/** 出入登记簿: newest first; `openOnly` for those still inside. */
export function listVisits(db: Pick<Db, 'select'>, input: VisitListQuery): Page<VisitView> {
  const b = Bindings.placeholders();
  const where = visitWhere(input, b);
  const shape = `key_site_visits:${b.names}:${input.openOnly ? 'open' : 'all'}`;
  const { total, rows } = pageByShape(db, shape, b, input, () => visitQuestion(db, where));
  return {
    total,
    rows: rows.map(({ v, siteName }) => ({
      id: v.id,
      siteId: v.siteId,
      siteName,
      visitorName: v.visitorName,
      visitorOrg: v.visitorOrg,
      purpose: v.purpose,
      escortName: v.escortName,
      inAt: v.inAt,
      outAt: v.outAt,
    })),
  };
}

/** Approved sites whose 安全设施检查 is due (home page and reminders). */
export function sitesCheckDue(db: Pick<Db, 'select'>, now: string): KeySiteRow[] {
  return listKeySites(db, { checkDue: true, page: 1, pageSize: 500, sort: 'name', order: 'asc' }, now).rows;
}

/** The names of the approved 绝密 要害部位 (places, not departments): where 绝密 carriers may be kept. */
export function topSecretPlaces(db: Pick<Db, 'select'>): string[] {
  return db
    .select({ name: keySites.name })
    .from(keySites)
    .where(and(eq(keySites.status, 'approved'), eq(keySites.kind, 'place'), eq(keySites.level, 'top_secret')))
    .all()
    .map((r) => r.name);
}

/** Approved sites, places first, for the carriers' 存放位置 list. */
export function approvedPlaces(db: Pick<Db, 'select'>): KeySitePlace[] {
  return db
    .select({
      id: keySites.id,
      name: keySites.name,
      kind: keySites.kind,
      level: keySites.level,
      location: keySites.location,
    })
    .from(keySites)
    .where(eq(keySites.status, 'approved'))
    .orderBy(desc(keySites.kind), asc(keySites.name))
    .all();
}

/** The person file's part: the 要害部门部位 the person is 负责人 of. */
export function keySitesOfPerson(db: Pick<Db, 'select'>, personId: number): WorkRef[] {
  return db
    .select({ id: keySites.id, name: keySites.name, on: keySites.proposedOn, status: keySites.status })
    .from(keySites)
    .where(eq(keySites.managerPersonId, personId))
    .all()
    .map((s) => ({
      register: '要害部门部位',
      id: s.id,
      title: s.name,
      on: s.on,
      role: `负责人（${KEY_SITE_STATUS_LABELS[s.status]}）`,
    }));
}
