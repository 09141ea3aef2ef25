// `column IN (values)` with the values bound as one JSON text. drizzle builds a query's text chunk by chunk, and
// each bound value of `inArray` is a chunk it type-tests several times: a page's hundred ids cost 0.23 ms to build
// a query with, and a register's page asks several such (its names, counts and scopes), against 0.05 ms for one
// parameter. SQLite reads `IN (SELECT value FROM json_each(?))` as it reads an IN list: by the column's index.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `col` is one of `values` (none: false), bound as one parameter. */
export const inList = (col: SQLWrapper, values: readonly (number | string)[]): SQL =>
  sql`${col} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

/**
 * `col` is one of the values bound to placeholder `name`, for a statement prepared once (util/statements.ts) and
 * asked with `{ [name]: listParam(values) }`.
 */
export const inListOf = (col: SQLWrapper, name: string): SQL =>
  sql`${col} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;

/** The values of an `inListOf` placeholder. */
export const listParam = (values: readonly (number | string)[]): string => JSON.stringify(values);
