// One paging helper for every paged list: the page asked for (1-based) of `pageSize` rows.
import { and, eq, sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Page } from '../../ipc/schemas/common';
import { cachedCount, keptOn } from './count-cache';
import { statement } from './statements';

export interface PageRequest {
  page: number;
  pageSize: number;
}

interface Limitable<R> {
  limit(n: number): { offset(n: number): R };
}

/** The rows of page `p` of a drizzle select (its order decides what a page holds). */
export function pageOf<R>(query: Limitable<R>, p: PageRequest): R {
  return query.limit(p.pageSize).offset((p.page - 1) * p.pageSize);
}

/** Page `p` of a list already in memory (small lists: settings, a person's records). */
export function slicePage<T>(all: readonly T[], p: PageRequest): Page<T> {
  const start = (p.page - 1) * p.pageSize;
  return { total: all.length, rows: all.slice(start, start + p.pageSize) };
}

/** A select that can take its page as placeholders, then be prepared (drizzle's select builder). */
interface PlaceholderPaged<R> {
  limit(n: Placeholder): { offset(n: Placeholder): { prepare(): { all(values: Values): R[] } } };
}

/** A count that can be prepared (`db.select({ n: count() }).from(…).where(…)`). */
interface Countable {
  prepare(): { get(values: Values): { n: number } | undefined };
}

type Values = Record<string, unknown>;

/** An equality filter of a list: the input's key, and the column its value must equal. */
export type EqualityFilter<I> = readonly [keyof I & string, SQLWrapper];

/**
 * The condition of the filters `input` asks (those it has a value for), each `column = ?`: with the values bound,
 * or with a placeholder named after each key (`pageByFilters` prepares it so).
 */
export function filtersWhere<I>(
  input: I,
  filters: readonly EqualityFilter<I>[],
  placeholders = false,
): SQL | undefined {
  return and(
    ...filters
      .filter(([key]) => input[key] !== undefined)
      .map(([key, col]) => eq(col, placeholders ? sql.placeholder(key) : input[key])),
  );
}

/**
 * A page of a list filtered by equality only (`status = ?`, `person_id = ?`), its rows and count prepared once per
 * connection for each set of filters asked (util/statements.ts), the values and the page bound as placeholders.
 * Building a drizzle query and turning it into SQL cost a register page 1–2 ms of its 5–7, more than SQLite took
 * to answer it. `question` gets the filters' condition and gives the page's ordered select and its count; the total
 * is kept while nothing is written, as `keptTotal` keeps it.
 */
export function pageByFilters<I extends PageRequest, R>(
  db: object,
  name: string,
  input: I,
  filters: readonly EqualityFilter<I>[],
  question: (where: SQL | undefined) => { rows: PlaceholderPaged<R>; count: Countable },
): Page<R> {
  const present = filters.filter(([key]) => input[key] !== undefined);
  const shape = `page:${name}:${present.map(([key]) => key).join(',')}`;
  const values: Values = Object.fromEntries(present.map(([key]) => [key, input[key]]));
  const q = statement(db, shape, () => {
    const { rows, count } = question(filtersWhere(input, filters, true));
    return {
      rows: rows.limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare(),
      count: count.prepare(),
    };
  });
  const total = keptOn(
    cachedCount,
    db,
    `${shape}\n${JSON.stringify(values)}`,
    () => q.count.get(values)?.n ?? 0,
  );
  const rows = q.rows.all({ ...values, limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  return { total, rows };
}
