// Search by "contains" for every register: the clerk's %, _ and \ are literal characters, not wildcards, so the
// pattern escapes them and the SQL says ESCAPE '\' (without it SQLite reads the backslash as a character).
import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The LIKE pattern of "contains `term`", its wildcards escaped (to be used with ESCAPE '\'). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** `col` is like `pattern` (a `containsPattern`, or a placeholder bound to one). */
const likePattern = (col: SQLWrapper, pattern: unknown): SQL => sql`${col} LIKE ${pattern} ESCAPE '\\'`;

/** `col` contains `term`, literally; `bind` may turn the pattern into a placeholder, as for `anyContains`. */
export const contains = (
  col: SQLWrapper,
  term: string,
  bind: (pattern: string) => unknown = (pattern) => pattern,
): SQL => likePattern(col, bind(containsPattern(term)));

/**
 * One of `cols` contains `term`, literally. `bind` may turn the pattern into a placeholder (util/paging.ts
 * `Bindings`), for a question prepared once.
 */
export const anyContains = (
  cols: SQLWrapper[],
  term: string,
  bind: (pattern: string) => unknown = (pattern) => pattern,
): SQL | undefined => {
  const pattern = bind(containsPattern(term));
  return or(...cols.map((c) => likePattern(c, pattern)));
};
