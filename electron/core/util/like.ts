// Search by "contains" for every register: the clerk's %, _ and \ are literal characters, not wildcards, so the
// pattern escapes them and the SQL says ESCAPE '\' (without it SQLite reads the backslash as a character).
import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The LIKE pattern of "contains `term`", its wildcards escaped (to be used with ESCAPE '\'). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** `col` contains `term`, literally. */
export const contains = (col: SQLWrapper, term: string): SQL =>
  sql`${col} LIKE ${containsPattern(term)} ESCAPE '\\'`;

/** One of `cols` contains `term`, literally. */
export const anyContains = (cols: SQLWrapper[], term: string): SQL | undefined =>
  or(...cols.map((c) => contains(c, term)));
