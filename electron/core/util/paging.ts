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

/**
 * The values a page's question binds, by name. `bind` keeps the value and gives a placeholder for it, so the
 * question can be prepared once per shape (`pageByShape`); `Bindings.inline()` gives the value itself, for a query
 * built whole (as a query-plan test asks it). The names bound, in order, are part of the question's shape.
 */
export class Bindings {
  readonly values: Values = {};
  private constructor(private readonly placeholders: boolean) {}
  static placeholders(): Bindings {
    return new Bindings(true);
  }
  static inline(): Bindings {
    return new Bindings(false);
  }
  bind<T>(name: string, value: T): T | Placeholder {
    this.values[name] = value;
    return this.placeholders ? sql.placeholder(name) : value;
  }
  get names(): string {
    return Object.keys(this.values).join(',');
  }
}

/** An equality filter of a list: the input's key, and the column its value must equal. */
export type EqualityFilter<I> = readonly [keyof I & string, SQLWrapper];

/** The condition of the filters `input` asks (those it has a value for), each `column = ?`, bound by `b`. */
export function filtersWhere<I>(
  input: I,
  filters: readonly EqualityFilter<I>[],
  b: Bindings = Bindings.inline(),
): SQL | undefined {
  return and(
    ...filters
      .filter(([key]) => input[key] !== undefined)
      .map(([key, col]) => eq(col, b.bind(key, input[key]))),
  );
}

/** A select whose page is already bound to the `limit` and `offset` placeholders (`PAGE_PLACEHOLDERS`) within it. */
interface Preparable<R> {
  prepare(): { all(values: Values): R[] };
}

/**
 * A page's question: its ordered select and its count. A page read in two steps (its ids from an index, then
 * their rows) pages the inner select itself, with `PAGE_PLACEHOLDERS`, and gives its rows as `pagedRows`.
 */
type Question<R> =
  { rows: PlaceholderPaged<R>; count: Countable } | { pagedRows: Preparable<R>; count: Countable };

/** The page's limit and offset as `pageByShape` binds them, for a question that pages a select of its own. */
export const PAGE_PLACEHOLDERS = {
  limit: sql.placeholder('limit'),
  offset: sql.placeholder('offset'),
} as const;

/**
 * A page of a list, its rows and count prepared once per connection and `shape` (util/statements.ts), the values
 * `b` bound and the page's limit and offset as placeholders. Building a drizzle query and turning it into SQL cost
 * a register page 1–2 ms of its 5–7, more than SQLite took to answer it. The same shape must always give the same
 * question: it names the filters asked (`b.names`) and anything else that changes the SQL (the sort). The total is
 * kept while nothing is written, as `keptTotal` keeps it.
 */
export function pageByShape<R>(
  db: object,
  shape: string,
  b: Bindings,
  input: PageRequest,
  question: () => Question<R>,
): Page<R> {
  const key = `page:${shape}`;
  const q = statement(db, key, () => {
    const q = question();
    const { limit, offset } = PAGE_PLACEHOLDERS;
    return {
      rows: 'pagedRows' in q ? q.pagedRows.prepare() : q.rows.limit(limit).offset(offset).prepare(),
      count: q.count.prepare(),
    };
  });
  const { values } = b;
  const total = keptOn(
    cachedCount,
    db,
    `${key}\n${JSON.stringify(values)}`,
    () => q.count.get(values)?.n ?? 0,
  );
  const rows = q.rows.all({ ...values, limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  return { total, rows };
}

/**
 * A page of a list filtered by equality only (`status = ?`, `person_id = ?`), prepared once for each set of filters
 * asked (`pageByShape`). `question` gets the filters' condition and gives the page's ordered select and its count.
 */
export function pageByFilters<I extends PageRequest, R>(
  db: object,
  name: string,
  input: I,
  filters: readonly EqualityFilter<I>[],
  question: (where: SQL | undefined) => Question<R>,
): Page<R> {
  const b = Bindings.placeholders();
  const where = filtersWhere(input, filters, b);
  return pageByShape(db, `${name}:${b.names}`, b, input, () => question(where));
}
