// The device and media registers' pages (filters, search, sort, server-side paging) and what a person holds.
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  lt,
  ne,
  or,
  sql,
  type Placeholder,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { DeviceFamily } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { DEVICE_SEARCH_TEXT, devices } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { DeviceListInput, DeviceRow, HeldDeviceView } from '../../ipc/schemas/devices';
import { contains } from '../util/like';
import { Bindings, PAGE_PLACEHOLDERS, pageByShape, pageOf } from '../util/paging';
import { rankOf } from './rules';
import { departmentNames, toRow } from './views';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

/**
 * The page's condition. `b` binds the values chosen, today's date and the search's pattern; which filters are asked,
 * whether there is a search and whether the page finds its ids first are the question's shape (`listDevices`).
 */
function conditions(
  db: Pick<Db, 'select'>,
  input: DeviceListInput,
  today: string,
  b: Bindings,
  viaIds = false,
): SQL | undefined {
  const f = input.filters;
  // With a search, the other filters are checked on the rows the search index finds (the unary + keeps SQLite
  // from reading a filter's index instead: an 在用 filter holds most of the register, each row then read whole).
  const c = (col: SQLWrapper): SQL => (input.search ? sql`+${col}` : sql`${col}`);
  const conds: (SQL | undefined)[] = [];
  if (f.kind) conds.push(eq(c(devices.kind), b.bind('kind', f.kind)));
  if (f.class) conds.push(eq(c(devices.class), b.bind('class', f.class)));
  // By rank: the (family, level_rank, registered_on) index serves both this filter and the level sort.
  if (f.level) conds.push(eq(c(devices.levelRank), b.bind('levelRank', rankOf(f.level))));
  if (f.status) conds.push(eq(c(devices.status), b.bind('status', f.status)));
  if (f.departmentId) conds.push(eq(c(devices.departmentId), b.bind('departmentId', f.departmentId)));
  if (f.custodianId) conds.push(eq(c(devices.custodianPersonId), b.bind('custodianId', f.custodianId)));
  if (f.overdue) conds.push(and(isNotNull(devices.dueOn), lt(c(devices.dueOn), b.bind('today', today))));
  const family = eq(devices.family, b.bind('family', input.family));
  if (!input.search) return and(family, ...conds);
  // 编号, 型号, 序列号 (incl. 硬盘序列号), 责任人: one text, read from devices_search_idx (migration 0047).
  const found = and(
    family,
    contains(DEVICE_SEARCH_TEXT, input.search, (p) => b.bind('search', p)),
  );
  if (!conds.length && !viaIds) return found;
  // With a filter as well, or sorted by a column the index lacks, SQLite would rather scan the table (or walk a
  // sort index) than trust the text to be selective: the ids the index finds first, then their rows.
  return and(inArray(devices.id, db.select({ id: devices.id }).from(devices).where(found)), ...conds);
}

const SORTS = {
  deviceNo: [devices.deviceNo],
  levelRank: [devices.levelRank, devices.registeredOn, devices.id],
  registeredOn: [devices.registeredOn, devices.id],
} as const;

/** The page's bounds: the values, or `PAGE_PLACEHOLDERS` for a question prepared once. */
interface Bounds {
  limit: number | Placeholder;
  offset: number | Placeholder;
}

/**
 * The register's count and page (paged by `bounds` when a search finds the page's ids first; otherwise the page is
 * the caller's to take).
 */
function deviceQuestion(
  db: Pick<Db, 'select'>,
  input: DeviceListInput,
  today: string,
  b: Bindings,
  bounds: Bounds,
) {
  const where = conditions(db, input, today, b);
  const pageWhere = conditions(db, input, today, b, input.sort.field !== 'registeredOn');
  const dir = input.sort.order === 'asc' ? asc : desc;
  const [first, ...then] = SORTS[input.sort.field];
  const order = [dir(first), ...then.map(dir)];
  const total = db.select({ n: count() }).from(devices).where(where);
  if (!input.search)
    return {
      count: total,
      rows: db
        .select()
        .from(devices)
        .where(where)
        .orderBy(...order),
    };
  // The page's ids from the search index (its 登记日期 beside the text), then their rows: the unary + keeps SQLite
  // from walking a sort index and reading every row of the family to test the text.
  const ids = db
    .select({ id: devices.id })
    .from(devices)
    .where(pageWhere)
    .orderBy(sql`+${first} ${sql.raw(input.sort.order)}`, ...then.map(dir))
    .limit(bounds.limit)
    .offset(bounds.offset);
  return {
    count: total,
    pagedRows: db
      .select()
      .from(devices)
      .where(inArray(devices.id, ids))
      .orderBy(...order),
  };
}

/**
 * The register's count and page as queries built whole, with their values (their plans are pinned by
 * test/electron/core/devices/query-plan.test.ts).
 */
export function devicePageQueries(db: Pick<Db, 'select'>, input: DeviceListInput, today: string) {
  const bounds = { limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
  const q = deviceQuestion(db, input, today, Bindings.inline(), bounds);
  return { count: q.count, page: q.rows === undefined ? q.pagedRows : pageOf(q.rows, input) };
}

export function listDevices(db: Db, input: DeviceListInput, today: string): Page<DeviceRow> {
  const b = Bindings.placeholders();
  // Bound first, for their names: the question itself is built only the first time its shape is asked.
  conditions(db, input, today, b);
  const { field, order } = input.sort;
  const shape = `devices:${b.names}:${field}:${order}`;
  const { total, rows } = pageByShape(db, shape, b, input, () =>
    deviceQuestion(db, input, today, b, PAGE_PLACEHOLDERS),
  );
  const names = departmentNames(
    db,
    rows.map((r) => r.departmentId),
  );
  return {
    total,
    rows: rows.map((r) => toRow(r, r.departmentId ? (names.get(r.departmentId) ?? null) : null, today)),
  };
}

/**
 * Every device and medium in the person's charge (责任人) or hands (借用, 携带外出), not yet destroyed: what
 * the leaving check names.
 */
export function devicesHeldBy(db: Pick<Db, 'select'>, personId: number): HeldDeviceView[] {
  return devicesHeldByMany(db, [personId]).get(personId) ?? [];
}

/**
 * What each of `personIds` has in charge or in hand, as devicesHeldBy answers for one, in a query per 500 people
 * (a list of leavings under way asks it for each of its people).
 */
export function devicesHeldByMany(
  db: Pick<Db, 'select'>,
  personIds: readonly number[],
): Map<number, HeldDeviceView[]> {
  const out = new Map<number, HeldDeviceView[]>(personIds.map((id) => [id, []]));
  for (let i = 0; i < personIds.length; i += 500) {
    const ids = personIds.slice(i, i + 500);
    const q = statement(db, 'devices:heldByMany', () =>
      db
        .select()
        .from(devices)
        .where(
          and(
            or(inListOf(devices.custodianPersonId, 'ids'), inListOf(devices.holderPersonId, 'ids')),
            ne(devices.status, 'destroyed'),
          ),
        )
        .orderBy(asc(devices.deviceNo))
        .prepare(),
    );
    const rows = q.all({ ids: listParam(ids) });
    for (const r of rows) {
      for (const id of new Set([r.custodianPersonId, r.holderPersonId])) {
        out.get(id as number)?.push({
          id: r.id,
          family: r.family,
          deviceNo: r.deviceNo,
          kind: r.kind,
          level: r.level,
          status: r.status,
          how: r.holderPersonId === id ? 'holder' : 'custodian',
        });
      }
    }
  }
  return out;
}

/** Entries of one register (`stats --json`). */
export function devicesCount(db: Pick<Db, 'select'>, family: DeviceFamily): number {
  return db.select({ n: count() }).from(devices).where(eq(devices.family, family)).get()?.n ?? 0;
}
