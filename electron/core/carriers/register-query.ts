// The register page (server-side paging, filters, search, sort); who holds what is holders-query.ts.
// Each hot query has an index, and test/electron/core/carriers/query-plan.test.ts pins the plans.
import { cachedCount, keptWhileUnchanged } from '../util/count-cache';
import { and, asc, count, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { carriers, REVIEWABLE } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { CarrierListInput, CarrierRow } from '../../ipc/schemas/carriers';
import { addDays, yearOf } from '../util/dates';
import { Bindings, PAGE_PLACEHOLDERS, pageOf } from '../util/paging';
import { toRow } from './views';
import { bigramQuery, searchCondition, type ResolvedSearch, resolveSearch } from './search-query';
import { searchPageIds } from './search-page';

export {
  bigramQuery,
  carrierNoQuery,
  resolveSearch,
  searchCondition,
  shortTermQuery,
  type ResolvedSearch,
} from './search-query';
import { inList, inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

type Reader = Pick<Db, 'select'>;

/**
 * Sort keys per column, each exactly the order of an index (ties broken by what the index holds next, then
 * the rowid), so that a page is read from the index in order and never sorted.
 */
const SORTS = {
  registeredOn: [carriers.registeredOn, carriers.id],
  carrierNo: [carriers.carrierNo],
  name: [carriers.name, carriers.docNo, carriers.id],
  level: [carriers.levelRank, carriers.registeredOn, carriers.id],
  issuedOn: [carriers.issuedOn, carriers.id],
  termEndsOn: [carriers.termEndsOn, carriers.registeredOn, carriers.id],
} as const;

/**
 * 已到期 in SQL (terms.ts termOver): the end day has passed; on the end day itself the term still holds. A
 * declassified item has no term end (schema), so neither condition needs a class_state test.
 */
export function termExpiredCondition(today: string, b: Bindings = Bindings.inline()): SQL {
  return lt(carriers.termEndsOn, b.bind('today', today));
}

/** 将届满: still inside the term (today may be its last day) and ending within `days`. */
export function termEndingCondition(
  today: string,
  days: number,
  b: Bindings = Bindings.inline(),
): SQL | undefined {
  return and(
    gte(carriers.termEndsOn, b.bind('today', today)),
    lte(carriers.termEndsOn, b.bind('endBy', addDays(today, days))),
  );
}

/**
 * Items due for the yearly 定密审核 in `year`; the literal condition lets SQLite use the partial index. Only
 * national secrets carry a review year, so the year test also leaves out 工作秘密/内部.
 */
export function reviewDueCondition(year: number, b: Bindings = Bindings.inline()): SQL {
  return sql`(${sql.raw(REVIEWABLE)}) AND ${carriers.lastReviewYear} < ${b.bind('year', year)}`;
}

type Filters = CarrierListInput['filters'];

/**
 * How a page is read. Without statistics SQLite guesses every equality filter to be selective, which is
 * wrong for the broad ones (level, status, type, department, 解密状态: a tenth to a half of the register):
 * it would read them all through the filter index and sort. So:
 * - sorted by 登记日期: every filter index already holds that order — use it;
 * - sorted otherwise with only broad filters: walk the sort index, testing the filters row by row (`+col`
 *   hides their indexes), and stop when the page is full;
 * - with a selective filter (custodian, a due filter): read its index and sort the few matches, hiding the
 *   sort index instead (`+col` in ORDER BY).
 * Search needs neither: its membership test rides on whichever index is walked.
 */
type Strategy = 'index' | 'walk_sort' | 'sort_matches';

function strategy(input: Pick<CarrierListInput, 'filters' | 'sort'>): Strategy {
  const f = input.filters;
  if (f.custodian || f.due) return 'sort_matches';
  if (input.sort.field === 'registeredOn') return 'index';
  return 'walk_sort';
}

const hide = (c: SQLiteColumn, yes: boolean): SQLiteColumn | SQL => (yes ? sql`+${c}` : c);

/**
 * The filters' condition, their values bound by `b`. Which filters are set and which due filter is chosen are a
 * prepared question's shape (`listCarriers`): two due filters bind the same names.
 */
function filterWhere(
  f: Filters,
  today: string,
  warningDays: number,
  broadHidden = false,
  b: Bindings = Bindings.inline(),
): SQL | undefined {
  const due: SQL | undefined = (() => {
    switch (f.due) {
      case 'loan_overdue':
        return lt(carriers.loanDueOn, b.bind('today', today));
      case 'term_expired':
        return termExpiredCondition(today, b);
      case 'term_ending':
        return termEndingCondition(today, warningDays, b);
      case 'review_due':
        return reviewDueCondition(yearOf(today), b);
      default:
        return undefined;
    }
  })();
  const broad = (c: SQLiteColumn, name: string, v: string | undefined) =>
    v === undefined ? undefined : broadHidden ? eq(sql`+${c}`, b.bind(name, v)) : eq(c, b.bind(name, v));
  return and(
    broad(carriers.level, 'level', f.level),
    broad(carriers.status, 'status', f.status),
    broad(carriers.type, 'type', f.type),
    broad(carriers.department, 'department', f.department),
    broad(carriers.classState, 'classState', f.classState),
    f.custodian ? eq(carriers.custodianKey, b.bind('custodian', f.custodian)) : undefined,
    due,
  );
}

const howOf = (q: ListQuery): Strategy => (q.search ? 'index' : strategy(q.input));

/** The ids of a page in sort order, under the filters and search bound by `b`, before paging. */
function pageIdsSelect(db: Reader, q: ListQuery, b: Bindings) {
  const { input, today, warningDays } = q;
  const dir = input.sort.order === 'asc' ? asc : desc;
  const how = howOf(q);
  return db
    .select({ id: carriers.id })
    .from(carriers)
    .where(
      and(
        filterWhere(input.filters, today, warningDays, how === 'walk_sort', b),
        searchCondition(q.search, b),
      ),
    )
    .orderBy(...SORTS[input.sort.field].map((c) => dir(hide(c, how === 'sort_matches'))));
}

/** The ids of one page, read from an index in sort order (pinned by the query-plan tests). */
export function pageIdsQuery(db: Reader, q: ListQuery) {
  return pageOf(pageIdsSelect(db, q, Bindings.inline()), q.input);
}

/**
 * The ids of one page as `pageIdsQuery` asks them, prepared once per connection and shape: the filters set, the
 * due filter, the search's parts (`b.names`), the way the page is read, the sort and its order.
 */
function preparedPageIds(db: Reader, q: ListQuery): number[] {
  const { input } = q;
  const b = Bindings.placeholders();
  // Bound first, for their names: the question itself is built only the first time its shape is asked.
  filterWhere(input.filters, q.today, q.warningDays, false, b);
  searchCondition(q.search, b);
  const shape = `carriers:ids:${howOf(q)}:${input.filters.due ?? ''}:${input.sort.field}:${input.sort.order}:${b.names}`;
  const s = statement(db, shape, () =>
    pageIdsSelect(db, q, b).limit(PAGE_PLACEHOLDERS.limit).offset(PAGE_PLACEHOLDERS.offset).prepare(),
  );
  return s
    .all({ ...b.values, limit: input.pageSize, offset: (input.page - 1) * input.pageSize })
    .map((r) => r.id);
}

const rowsByIdsSelect = (db: Reader, ids: SQL, sort: CarrierListInput['sort']) => {
  const dir = sort.order === 'asc' ? asc : desc;
  return db
    .select()
    .from(carriers)
    .where(ids)
    .orderBy(...SORTS[sort.field].map((c) => dir(c)));
};

/** The rows of a page by their ids, in the page's order (a deferred join keeps wide rows out of any sort). */
export function rowsByIdsQuery(db: Reader, ids: number[], sort: CarrierListInput['sort']) {
  return rowsByIdsSelect(db, inList(carriers.id, ids), sort);
}

/** `rowsByIdsQuery` prepared once per connection and order, the ids bound as one JSON text. */
function rowsByIds(db: Reader, ids: number[], sort: CarrierListInput['sort']) {
  const s = statement(db, `carriers:rowsByIds:${sort.field}:${sort.order}`, () =>
    rowsByIdsSelect(db, inListOf(carriers.id, 'ids'), sort).prepare(),
  );
  return s.all({ ids: listParam(ids) });
}

export interface ListQuery {
  input: CarrierListInput;
  today: string;
  warningDays: number;
  search: ResolvedSearch | null;
}

/** How many of the broad filters (level, status, type, department, 解密状态) are set. */
function broadFilterCount(f: Filters): number {
  return [f.level, f.status, f.type, f.department, f.classState].filter((v) => v !== undefined).length;
}

/**
 * The total of a filtered register. With two or more broad filters and nothing selective, SQLite would
 * read the broadest filter's index and look up every row for the others (tens of thousands of page
 * decryptions at 100k); the facets index answers from itself.
 */
export function countQuery(db: Reader, q: ListQuery, b: Bindings = Bindings.inline()) {
  const f = q.input.filters;
  return db
    .select({ n: count() })
    .from(byFacets(q) ? sql`${carriers} INDEXED BY carriers_facets_idx` : carriers)
    .where(and(filterWhere(f, q.today, q.warningDays, false, b), searchCondition(q.search, b)));
}

function byFacets(q: ListQuery): boolean {
  const f = q.input.filters;
  return !q.search && !f.custodian && !f.due && broadFilterCount(f) >= 2;
}

/** `countQuery` prepared once per connection and shape (the filters set, the due filter, the search's parts). */
function preparedCount(db: Reader, q: ListQuery): number {
  const b = Bindings.placeholders();
  filterWhere(q.input.filters, q.today, q.warningDays, false, b);
  searchCondition(q.search, b);
  const shape = `carriers:count:${byFacets(q)}:${q.input.filters.due ?? ''}:${b.names}`;
  return statement(db, shape, () => countQuery(db, q, b).prepare()).get(b.values)?.n ?? 0;
}

function countCarriers(db: Reader, q: ListQuery): number {
  const filtered = filterWhere(q.input.filters, q.today, q.warningDays) !== undefined;
  const s = q.search;
  if (!filtered && s) {
    // Search alone: the short-term ids are already counted, each index counts its own matches.
    if (s.match === null && s.ids && !s.grams.length) return s.ids.length;
    if (s.match === null && s.ids === null && s.grams.length === 1) {
      const gram = statement(db, 'carriers:count:gram', () =>
        bigramQuery(db, sql.placeholder('gram')).prepare(),
      );
      return gram.get({ gram: s.grams[0] })?.n ?? 0;
    }
    if (s.ids === null && !s.grams.length && s.match !== null) {
      const fts = statement(db, 'carriers:count:fts', () =>
        db
          .select({ n: sql<number>`count(*)` })
          .from(sql`carriers_fts`)
          .where(sql`carriers_fts MATCH ${sql.placeholder('match')}`)
          .prepare(),
      );
      return fts.get({ match: s.match })?.n ?? 0;
    }
  }
  return preparedCount(db, q);
}

export function buildListQuery(
  db: Reader,
  input: CarrierListInput,
  today: string,
  warningDays: number,
): ListQuery {
  return { input, today, warningDays, search: resolveSearch(db, input.search) };
}

export function listCarriers(
  db: Db,
  input: CarrierListInput,
  today: string,
  warningDays: number,
): Page<CarrierRow> {
  const q = buildListQuery(db, input, today, warningDays);
  // The same question on another page or in another order has the same total.
  const { page: _page, pageSize: _size, sort: _sort, ...question } = input;
  const key = JSON.stringify([question, today, warningDays]);
  const total = cachedCount(db.$client, key, () => countCarriers(db, q));
  if (total === 0) return { total, rows: [] };
  const ids = cachedPageIds(db.$client, JSON.stringify([input, today, warningDays]), () =>
    pageIds(db, q, total),
  );
  const rows = ids.length ? rowsByIds(db, ids, input.sort) : [];
  return { total, rows: rows.map((r) => toRow(r, today)) };
}

const cachedPageIds = keptWhileUnchanged<number[]>();

/** The page's ids: a one-term search alone in registration order its own way (search-page.ts). */
function pageIds(db: Db, q: ListQuery, total: number): number[] {
  const { input } = q;
  const found =
    q.search && input.sort.field === 'registeredOn' && !filterWhere(input.filters, q.today, q.warningDays)
      ? searchPageIds(db, {
          search: q.search,
          term: input.search ?? '',
          order: input.sort.order,
          page: input.page,
          pageSize: input.pageSize,
          total,
        })
      : null;
  return found ?? preparedPageIds(db, q);
}
