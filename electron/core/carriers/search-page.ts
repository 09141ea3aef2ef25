// The page of a search alone in registration order (the register's default sort), read the cheapest way
// (issue 20 point 2). The general plan (search-query.ts) builds the whole match list and walks the
// registration index testing membership: costly both for a term matching most of the register (`202`: a list
// of 90,000 ids built to fill 50 rows) and for one whose matches sit deep in registration order (`档〔2022〕`:
// 78,000 index entries walked). So:
// - terms of three characters and more: the trigram index is keyed in registration order (migration 0043), so
//   the page is its first matching rows in rowid order, read lazily — no match list, no walk;
// - a two-character term matching at least one carrier in DENSE_SHARE: walk the register newest first and
//   test the term on each row's 名称/文号 — a few hundred rows, no match list; a walk that would run long
//   (matches bunched at the far end) gives up after its budget and the general plan answers.
import type { Db } from '../../../db/open';
import { statement } from '../util/statements';
import { FTS_ID_MASK, type ResolvedSearch } from './search-query';

/** A term matching one carrier in this many or more is walked for, not listed. */
const DENSE_SHARE = 8;
/** The most rows a dense walk reads before it leaves the page to the general plan. */
const WALK_BUDGET = 6000;

export interface SearchPageQuestion {
  search: ResolvedSearch;
  /** The one term the clerk typed (trimmed). */
  term: string;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The question's total, already counted. */
  total: number;
}

/**
 * As SQLite's lower() folds (ASCII only), which the bigram table's grams and its lookups go through: a substring
 * test on text folded so gives exactly the table's answer (名称 ≤ 200 and 文号 ≤ 60 characters, all of whose
 * pairs the table holds).
 */
const lowerAscii = (t: string) => (/[A-Z]/.test(t) ? t.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : t);

/**
 * The ids of rows 1…`want` holding `term`, newest (or oldest) first, reading at most `budget` rows; null when
 * the budget ran out first.
 */
function walkFor(db: Db, term: string, order: 'asc' | 'desc', want: number, budget: number): number[] | null {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const walk = statement(db, `carriers.searchWalk.${dir}`, () =>
    db.$client
      .prepare(`SELECT id, name, doc_no FROM carriers ORDER BY registered_on ${dir}, id ${dir} LIMIT ?`)
      .raw(true),
  );
  const needle = lowerAscii(term);
  const found: number[] = [];
  let read = 0;
  for (const row of walk.iterate(budget) as Iterable<[number, string, string | null]>) {
    read++;
    const [id, name, docNo] = row;
    if (lowerAscii(name).includes(needle) || (docNo !== null && lowerAscii(docNo).includes(needle))) {
      found.push(id);
      if (found.length === want) break;
    }
  }
  // The walk ended early (page full) or read the whole register; either way `found` is the answer.
  return found.length === want || read < budget ? found : null;
}

/** The page straight from the trigram index, whose rowid order is the register's (登记日期, id). */
export const indexedPageSql = (dir: 'ASC' | 'DESC') =>
  `SELECT rowid & ${FTS_ID_MASK} FROM carriers_fts WHERE carriers_fts MATCH ? ORDER BY rowid ${dir} LIMIT ? OFFSET ?`;

function fromIndex(db: Db, match: string, q: SearchPageQuestion): number[] {
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  return statement(db, `carriers.searchIndexed.${dir}`, () =>
    db.$client.prepare(indexedPageSql(dir)).pluck(),
  ).all(match, q.pageSize, (q.page - 1) * q.pageSize) as number[];
}

/**
 * The page's ids of a search with no filter, in registration order, or null when the general plan must answer
 * (a one-character term, a 编号, terms of two characters beside others, a sparse two-character term).
 */
export function searchPageIds(db: Db, q: SearchPageQuestion): number[] | null {
  const s = q.search;
  if (s.ids !== null || s.noPrefix !== undefined) return null;
  if (s.match !== null) return s.grams.length ? null : fromIndex(db, s.match, q);
  if (s.grams.length !== 1 || /\s/.test(q.term)) return null;
  const want = q.page * q.pageSize;
  const size =
    (statement(db, 'carriers.maxId', () =>
      db.$client.prepare('SELECT max(id) FROM carriers').pluck(),
    ).get() as number | null) ?? 0;
  if (q.total * DENSE_SHARE < size) return null;
  // Expected rows to read for `want` matches, thrice over for matches bunched unevenly.
  const budget = Math.ceil((want * size) / q.total) * 3 + 200;
  if (budget > WALK_BUDGET) return null;
  const ids = walkFor(db, q.term, q.order, want, budget);
  return ids ? ids.slice(want - q.pageSize) : null;
}
