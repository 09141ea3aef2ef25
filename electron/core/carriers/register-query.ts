// The register page (server-side paging, filters, search, sort) and the personal registers derived from it.
// Each hot query has an index, and test/electron/core/carriers/query-plan.test.ts pins the plans.
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import {
  accounts,
  approvals,
  carrierCopies,
  carrierMovements,
  carriers,
  REVIEWABLE,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  CarrierListInput,
  CarrierRow,
  CustodianView,
  HeldCopyView,
  MovementView,
} from '../../ipc/schemas/carriers';
import type { z } from 'zod';
import type { MovementListInput } from '../../ipc/schemas/carriers-actions';
import { addDays, yearOf } from '../util/dates';
import { pageOf } from '../util/paging';
import { LIVE_STATUSES } from './store';
import { toRow } from './views';

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

/** `%`, `_` and `\\` in what the clerk typed are literal characters, not wildcards. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const isShort = (t: string) => [...t].length < 3;

function ftsMatch(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/** Whether a carrier's 编号 begins with `term`: a range on the unique 编号 index, not a scan. */
function noRange(term: string): SQL | undefined {
  return and(gte(carriers.carrierNo, term), lt(carriers.carrierNo, `${term}\u{10FFFF}`));
}

export function carrierNoQuery(db: Reader, term: string) {
  return db.select({ id: carriers.id }).from(carriers).where(noRange(term)).limit(1);
}

/** The LIKE scan of the narrow (名称, 文号) index for a one-character term (pinned by a query-plan test). */
export function shortTermQuery(db: Reader, term: string) {
  const p = likePattern(term);
  return db
    .select({ id: carriers.id })
    .from(carriers)
    .where(sql`${carriers.name} LIKE ${p} ESCAPE '\\' OR ${carriers.docNo} LIKE ${p} ESCAPE '\\'`);
}

/**
 * The carriers whose 名称 or 文号 hold a two-character term, from the bigram table the triggers keep
 * (migration 0023): an index range, not a scan. `lower` as in the triggers, so ASCII matches as LIKE would.
 */
const bigramIds = (gram: string): SQL =>
  sql`SELECT carrier_id FROM carriers_bigrams WHERE gram = lower(${gram})`;

export function bigramQuery(db: Reader, gram: string) {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(sql`carriers_bigrams`)
    .where(sql`gram = lower(${gram})`);
}

/**
 * 名称/文号 search, resolved once per request. Terms of three or more characters go through the FTS5 trigram
 * index; two-character terms (most Chinese words, which a trigram index cannot match) through the bigram
 * table; a single character scans the narrow covering index on (名称, 文号) with LIKE — once, here, not again
 * for the count and the page.
 */
export interface ResolvedSearch {
  /** FTS5 MATCH expression of the long terms, if any. */
  match: string | null;
  /** Two-character terms, each looked up in the bigram table. */
  grams: string[];
  /** Ids matching every one-character term, if there are such terms. */
  ids: number[] | null;
  /** A 编号 or its beginning, typed or scanned alone. */
  noPrefix?: string;
}

export function resolveSearch(db: Reader, search: string | undefined): ResolvedSearch | null {
  const terms = (search ?? '').split(/\s+/).filter(Boolean);
  if (!terms.length) return null;
  // A 编号 typed or scanned whole (or its beginning, 收2026-0001…) finds its carriers by the unique index. Only
  // a term with a digit is taken for a number, so a word such as 收文 still searches names.
  const only = terms.length === 1 ? (terms[0] as string) : null;
  if (only !== null && /\d/.test(only) && [...only].length >= 3 && carrierNoQuery(db, only).get()) {
    return { match: null, grams: [], ids: null, noPrefix: only };
  }
  const long = terms.filter((t) => !isShort(t));
  const grams = terms.filter((t) => [...t].length === 2);
  let ids: number[] | null = null;
  for (const t of terms.filter((t) => [...t].length === 1)) {
    const found = shortTermQuery(db, t)
      .all()
      .map((r) => r.id);
    const keep: Set<number> | null = ids ? new Set(ids) : null;
    ids = keep ? found.filter((id) => keep.has(id)) : found;
  }
  return { match: long.length ? ftsMatch(long) : null, grams, ids };
}

/**
 * The search as a condition on carriers. The unary `+` keeps SQLite from driving the page from the match
 * list (then sorting every match): it walks the sort index and tests membership, so a page stops once full.
 */
export function searchCondition(s: ResolvedSearch | null): SQL | undefined {
  if (!s) return undefined;
  return and(
    s.match === null
      ? undefined
      : sql`+${carriers.id} IN (SELECT rowid FROM carriers_fts WHERE carriers_fts MATCH ${s.match})`,
    s.ids === null
      ? undefined
      : sql`+${carriers.id} IN (SELECT value FROM json_each(${JSON.stringify(s.ids)}))`,
    ...s.grams.map((g) => sql`+${carriers.id} IN (${bigramIds(g)})`),
    s.noPrefix === undefined ? undefined : noRange(s.noPrefix),
  );
}

/**
 * Items due for the yearly 定密审核 in `year`; the literal condition lets SQLite use the partial index. Only
 * national secrets carry a review year, so the year test also leaves out 工作秘密/内部.
 */
/**
 * 已到期 in SQL (terms.ts termOver): the end day has passed; on the end day itself the term still holds. A
 * declassified item has no term end (schema), so neither condition needs a class_state test.
 */
export function termExpiredCondition(today: string): SQL {
  return lt(carriers.termEndsOn, today);
}

/** 将届满: still inside the term (today may be its last day) and ending within `days`. */
export function termEndingCondition(today: string, days: number): SQL | undefined {
  return and(gte(carriers.termEndsOn, today), lte(carriers.termEndsOn, addDays(today, days)));
}

export function reviewDueCondition(year: number): SQL {
  return sql`(${sql.raw(REVIEWABLE)}) AND ${carriers.lastReviewYear} < ${year}`;
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

function filterWhere(f: Filters, today: string, warningDays: number, broadHidden = false): SQL | undefined {
  const due: SQL | undefined = (() => {
    switch (f.due) {
      case 'loan_overdue':
        return lt(carriers.loanDueOn, today);
      case 'term_expired':
        return termExpiredCondition(today);
      case 'term_ending':
        return termEndingCondition(today, warningDays);
      case 'review_due':
        return reviewDueCondition(yearOf(today));
      default:
        return undefined;
    }
  })();
  const broad = (c: SQLiteColumn, v: string | undefined) =>
    v === undefined ? undefined : broadHidden ? eq(sql`+${c}`, v) : eq(c, v);
  return and(
    broad(carriers.level, f.level),
    broad(carriers.status, f.status),
    broad(carriers.type, f.type),
    broad(carriers.department, f.department),
    broad(carriers.classState, f.classState),
    f.custodian ? eq(carriers.custodianKey, f.custodian) : undefined,
    due,
  );
}

/** The ids of one page, read from an index in sort order (pinned by the query-plan tests). */
export function pageIdsQuery(db: Reader, q: ListQuery) {
  const { input, today, warningDays } = q;
  const dir = input.sort.order === 'asc' ? asc : desc;
  const how = q.search ? 'index' : strategy(input);
  return pageOf(
    db
      .select({ id: carriers.id })
      .from(carriers)
      .where(
        and(filterWhere(input.filters, today, warningDays, how === 'walk_sort'), searchCondition(q.search)),
      )
      .orderBy(...SORTS[input.sort.field].map((c) => dir(hide(c, how === 'sort_matches')))),
    input,
  );
}

/** The page: its ids from the index, then only those rows (a deferred join keeps wide rows out of any sort). */
export function pageQuery(db: Reader, q: ListQuery) {
  const dir = q.input.sort.order === 'asc' ? asc : desc;
  return db
    .select()
    .from(carriers)
    .where(inArray(carriers.id, pageIdsQuery(db, q)))
    .orderBy(...SORTS[q.input.sort.field].map((c) => dir(c)));
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
export function countQuery(db: Reader, q: ListQuery) {
  const f = q.input.filters;
  const facets = !q.search && !f.custodian && !f.due && broadFilterCount(f) >= 2;
  return db
    .select({ n: count() })
    .from(facets ? sql`${carriers} INDEXED BY carriers_facets_idx` : carriers)
    .where(and(filterWhere(f, q.today, q.warningDays), searchCondition(q.search)));
}

function countCarriers(db: Reader, q: ListQuery): number {
  const filtered = filterWhere(q.input.filters, q.today, q.warningDays) !== undefined;
  const s = q.search;
  if (!filtered && s) {
    // Search alone: the short-term ids are already counted, each index counts its own matches.
    if (s.match === null && s.ids && !s.grams.length) return s.ids.length;
    if (s.match === null && s.ids === null && s.grams.length === 1) {
      return bigramQuery(db, s.grams[0] as string).get()?.n ?? 0;
    }
    if (s.ids === null && !s.grams.length && s.match !== null) {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(sql`carriers_fts`)
          .where(sql`carriers_fts MATCH ${s.match}`)
          .get()?.n ?? 0
      );
    }
  }
  return countQuery(db, q).get()?.n ?? 0;
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
  db: Reader,
  input: CarrierListInput,
  today: string,
  warningDays: number,
): Page<CarrierRow> {
  const q = buildListQuery(db, input, today, warningDays);
  const total = countCarriers(db, q);
  const rows = total === 0 ? [] : pageQuery(db, q).all();
  return { total, rows: rows.map((r) => toRow(r, today)) };
}

/** The query behind "what does person X hold", exposed for its query-plan test. */
export function heldByQuery(db: Reader, custodianKey: string) {
  return db
    .select({
      carrierId: carriers.id,
      carrierNo: carriers.carrierNo,
      name: carriers.name,
      docNo: carriers.docNo,
      level: carriers.level,
      copyId: carrierCopies.id,
      copyNo: carrierCopies.copyNo,
      status: carrierCopies.status,
      holderName: carrierCopies.holderName,
      holderDept: carrierCopies.holderDept,
      dueOn: carrierMovements.dueOn,
    })
    .from(carrierCopies)
    .innerJoin(carriers, eq(carriers.id, carrierCopies.carrierId))
    .leftJoin(
      carrierMovements,
      and(eq(carrierMovements.copyId, carrierCopies.id), isNull(carrierMovements.returnedOn)),
    )
    .where(and(eq(carrierCopies.holderKey, custodianKey), inArray(carrierCopies.status, [...LIVE_STATUSES])))
    .orderBy(desc(carriers.registeredOn), asc(carriers.id), asc(carrierCopies.copyNo));
}

/**
 * What a person holds now: every copy in their hands, whether they are its custodian, received it by
 * 分发, borrowed it or carry it. Their personal register (个人台账) is this view of the master register,
 * so the two can never disagree. Serves the personnel issue (清退 before leaving a post).
 */
export function carriersHeldBy(db: Reader, custodianKey: string): HeldCopyView[] {
  return heldByQuery(db, custodianKey).all();
}

/** Custodians with carriers still held, for the register's filter. */
export function listCustodians(db: Reader): CustodianView[] {
  return db
    .select({
      key: carriers.custodianKey,
      name: sql<string>`min(${carriers.custodianName})`,
      department: sql<string>`min(${carriers.department})`,
      carriers: count(),
    })
    .from(carriers)
    .where(gt(carriers.liveCopies, 0))
    .groupBy(carriers.custodianKey)
    .orderBy(asc(carriers.custodianKey))
    .all();
}

/** 借阅登记 / 外出携带登记: newest first, optionally only those not yet returned. */
export function listMovements(db: Reader, input: z.output<typeof MovementListInput>): Page<MovementView> {
  const where = and(
    input.kind ? eq(carrierMovements.kind, input.kind) : undefined,
    input.openOnly ? isNull(carrierMovements.returnedOn) : undefined,
  );
  const total = db.select({ n: count() }).from(carrierMovements).where(where).get()?.n ?? 0;
  const query = db
    .select({
      m: carrierMovements,
      carrierNo: carriers.carrierNo,
      name: carriers.name,
      docNo: carriers.docNo,
      level: carriers.level,
      copyNo: carrierCopies.copyNo,
      approverName: sql<string | null>`coalesce(${accounts.displayName}, ${approvals.approverName})`,
    })
    .from(carrierMovements)
    .innerJoin(carriers, eq(carriers.id, carrierMovements.carrierId))
    .innerJoin(carrierCopies, eq(carrierCopies.id, carrierMovements.copyId))
    .leftJoin(approvals, eq(approvals.id, carrierMovements.approvalId))
    .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
    .where(where)
    .orderBy(desc(carrierMovements.id));
  const rows = pageOf(query, input).all();
  return {
    total,
    rows: rows.map((r) => ({
      id: r.m.id,
      kind: r.m.kind,
      carrierId: r.m.carrierId,
      carrierNo: r.carrierNo,
      name: r.name,
      docNo: r.docNo,
      level: r.level,
      copyNo: r.copyNo,
      personName: r.m.personName,
      personDept: r.m.personDept,
      outside: r.m.outside === 1,
      startedOn: r.m.startedOn,
      dueOn: r.m.dueOn,
      returnedOn: r.m.returnedOn,
      approvalId: r.m.approvalId,
      approverName: r.approverName,
    })),
  };
}
