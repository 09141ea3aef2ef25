// The page of a one-term search in registration order, read the cheaper of two ways once its total is known
// (issue 20 point 2). The general plan (search-query.ts) builds the whole match list and walks the
// registration index testing membership: costly both for a term matching most of the register (`202`: the
// list of 90,000 ids is built to fill 50 rows) and for one whose matches sit deep in registration order
// (`档〔2022〕`: 78,000 index entries walked). So:
// - a term matching at least one carrier in DENSE_SHARE: walk the register newest first and test the term on
//   each row's 名称/文号 — a few hundred rows, no match list at all; a walk that would run long (matches
//   bunched at the far end) gives up after its budget and the next plan answers;
// - otherwise (up to SORT_MATCHES_MAX matches): take the match list and read each match's 登记日期 from the
//   narrow (id, 登记日期) index, keeping the best rows of the page — work in proportion to the matches only.
import type { Db } from '../../../db/open';
import { statement } from '../util/statements';
import type { ResolvedSearch } from './search-query';

/** A term matching one carrier in this many or more is walked for, not listed. */
const DENSE_SHARE = 8;
/** The most rows a dense walk reads before it leaves the page to the match list. */
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
 * Whether a substring test with ASCII letters lowered gives the indexes' answer for `term`: the bigram table
 * lowers ASCII as SQLite's lower() does, the trigram index folds case in every script. A term holding a letter
 * with case outside ASCII (Ä, Ｋ, Σ …) is left to the indexes. (The trigram index would also fold the Kelvin
 * sign K to k; such a character in a 名称 is not worth a second path.)
 */
function foldsLikeIndexes(term: string): boolean {
  for (const ch of term) {
    if (ch.charCodeAt(0) < 128) continue;
    if (ch.toLowerCase() !== ch.toUpperCase()) return false;
  }
  return true;
}

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

/**
 * The page's ids of a search of one term (two characters and up), or null when the general plan must answer
 * (several terms, a one-character term, a 编号, many matches far down).
 */
export function searchPageIds(db: Db, q: SearchPageQuestion): number[] | null {
  const s = q.search;
  if (s.ids !== null || s.noPrefix !== undefined) return null;
  if ((s.match === null ? 0 : 1) + s.grams.length !== 1 || /\s/.test(q.term)) return null;
  const want = q.page * q.pageSize;
  const size =
    (statement(db, 'carriers.maxId', () =>
      db.$client.prepare('SELECT max(id) FROM carriers').pluck(),
    ).get() as number | null) ?? 0;
  if (q.total * DENSE_SHARE >= size && foldsLikeIndexes(q.term)) {
    // Expected rows to read for `want` matches, thrice over for matches bunched unevenly.
    const budget = Math.ceil((want * size) / q.total) * 3 + 200;
    if (budget <= WALK_BUDGET) {
      const ids = walkFor(db, q.term, q.order, want, budget);
      if (ids) return ids.slice(want - q.pageSize);
    }
  }
  return null;
}
