// 名称/文号/编号 search of the carriers register: the FTS5 trigram index for terms of three or more characters
// (keyed in registration order, so that a search's page is read from it in order: search-page.ts), the bigram
// table for two, a LIKE scan of the narrow (名称, 文号) index for one, the unique index for a 编号.
import { and, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carriers } from '../../../db/schema';
import { anyContains } from '../util/like';
import { Bindings } from '../util/paging';
import { statement } from '../util/statements';

type Reader = Pick<Db, 'select'>;

/**
 * The trigram index's rowid is (days of 登记日期 since 1970) × 2^32 + id (migration 0043), so that its own order
 * is the register's default one; the carrier's id is the low 32 bits.
 */
export const FTS_ID_MASK = 0xffffffff;

/** The trigram index's key of a row of `carriers`, as the migration's triggers compute it. */
export const FTS_KEY = sql.raw(
  'coalesce(CAST(julianday(registered_on) - 2440587.5 AS INTEGER), 0) * 4294967296 + id',
);

const isShort = (t: string) => [...t].length < 3;

function ftsMatch(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/** Whether a carrier's 编号 begins with `term`: a range on the unique 编号 index, not a scan. */
function noRange(term: string, b: Bindings = Bindings.inline()): SQL | undefined {
  return and(
    gte(carriers.carrierNo, b.bind('noFrom', term)),
    lt(carriers.carrierNo, b.bind('noTo', `${term}\u{10FFFF}`)),
  );
}

export function carrierNoQuery(db: Reader, term: string, b: Bindings = Bindings.inline()) {
  return db.select({ id: carriers.id }).from(carriers).where(noRange(term, b)).limit(1);
}

/** The LIKE scan of the narrow (名称, 文号) index for a one-character term (pinned by a query-plan test). */
export function shortTermQuery(db: Reader, term: string, b: Bindings = Bindings.inline()) {
  return db
    .select({ id: carriers.id })
    .from(carriers)
    .where(anyContains([carriers.name, carriers.docNo], term, (p) => b.bind('pattern', p)));
}

/** `query` prepared once per connection as `name`, its values bound by the `b` it was given, and run. */
function preparedOnce<R>(
  db: Reader,
  name: string,
  query: (b: Bindings) => { prepare(): { all(v: Record<string, unknown>): R[] } },
) {
  const b = Bindings.placeholders();
  const q = query(b);
  return statement(db, name, () => q.prepare()).all(b.values);
}

/**
 * The carriers whose 名称 or 文号 hold a two-character term, from the bigram table the triggers keep
 * (migration 0023): an index range, not a scan. `lower` as in the triggers, so ASCII matches as LIKE would.
 */
const bigramIds = (gram: unknown): SQL =>
  sql`SELECT carrier_id FROM carriers_bigrams WHERE gram = lower(${gram})`;

export function bigramQuery(db: Reader, gram: unknown) {
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
  const isNo = () =>
    preparedOnce(db, 'carriers:noPrefix', (b) => carrierNoQuery(db, only ?? '', b)).length > 0;
  if (only !== null && /\d/.test(only) && [...only].length >= 3 && isNo()) {
    return { match: null, grams: [], ids: null, noPrefix: only };
  }
  const long = terms.filter((t) => !isShort(t));
  const grams = terms.filter((t) => [...t].length === 2);
  let ids: number[] | null = null;
  for (const t of terms.filter((t) => [...t].length === 1)) {
    const found = preparedOnce(db, 'carriers:shortTerm', (b) => shortTermQuery(db, t, b)).map((r) => r.id);
    const keep: Set<number> | null = ids ? new Set(ids) : null;
    ids = keep ? found.filter((id) => keep.has(id)) : found;
  }
  return { match: long.length ? ftsMatch(long) : null, grams, ids };
}

/**
 * The search as a condition on carriers, its terms bound by `b` (the names bound say which parts the search has
 * and how many two-character terms: a prepared question's shape). The unary `+` keeps SQLite from driving the
 * page from the match list (then sorting every match): it walks the sort index and tests membership, so a page
 * stops once full.
 */
export function searchCondition(s: ResolvedSearch | null, b: Bindings = Bindings.inline()): SQL | undefined {
  if (!s) return undefined;
  return and(
    s.match === null
      ? undefined
      : sql`+${carriers.id} IN (SELECT rowid & ${sql.raw(String(FTS_ID_MASK))} FROM carriers_fts WHERE carriers_fts MATCH ${b.bind('match', s.match)})`,
    s.ids === null
      ? undefined
      : sql`+${carriers.id} IN (SELECT value FROM json_each(${b.bind('ids', JSON.stringify(s.ids))}))`,
    ...s.grams.map((g, i) => sql`+${carriers.id} IN (${bigramIds(b.bind(`gram${i}`, g))})`),
    s.noPrefix === undefined ? undefined : noRange(s.noPrefix, b),
  );
}
