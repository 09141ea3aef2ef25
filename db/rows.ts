// Result rows as drizzle shapes them, at a fraction of its cost. drizzle's `mapResultRow` decides, for every column
// of every row, which decoder the column has and whether it belongs to a joined table, by type tests that walk
// class chains (`is(field, Column)`, then SQL, then Subquery): a register's page of 100 joined rows spent 1–1.5 ms
// of its 5–6 there. The same decisions taken once per query, then each row filled by a plain loop: the same objects,
// key for key and value for value (test/db/rows.test.ts holds the two equal over joins, nulls and decoders).
import { Column, fillPlaceholders, getTableName, is, SQL, Subquery } from 'drizzle-orm';
import { PreparedQuery } from 'drizzle-orm/better-sqlite3/session';

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** A selected field as drizzle's query keeps it: where it goes in the row object, and what it is. */
export interface SelectedField {
  path: string[];
  field: unknown;
}

type Row = Record<string, unknown>;
export type RowMapper = (row: unknown[]) => Row;

/** drizzle's own decoder choice for a field (utils.js `mapResultRow`). */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  // `decoder` is internal to drizzle's SQL (not in its declarations).
  const decoder = (sql: unknown) => (sql as { decoder: Decoder }).decoder;
  if (is(field, SQL)) return decoder(field);
  if (is(field, Subquery)) return decoder((field as unknown as { _: { sql: SQL } })._.sql);
  return decoder((field as { sql: SQL }).sql);
}

/**
 * The row mapper of one query's fields: the object drizzle's `mapResultRow` makes, made without its per-cell type
 * tests. With `joinsNotNullableMap` (a query with joins), a joined table's object whose first column is null is
 * null itself, unless the table is one the join cannot leave out, exactly as drizzle decides it.
 */
export function rowMapper(
  fields: readonly SelectedField[],
  joinsNotNullableMap?: Record<string, boolean>,
): RowMapper {
  const n = fields.length;
  const decoders = fields.map((f) => decoderOf(f.field));
  const paths = fields.map((f) => f.path);
  // For the join rule: the table of a column two levels down (`{ person: persons }`), else undefined.
  const tables = fields.map((f) =>
    joinsNotNullableMap && is(f.field, Column) && f.path.length === 2
      ? getTableName(f.field.table)
      : undefined,
  );
  return (row) => {
    const result: Row = {};
    let nullify: Record<string, string | false> | undefined;
    for (let i = 0; i < n; i++) {
      const path = paths[i] as string[];
      let node = result;
      const last = path.length - 1;
      for (let k = 0; k < last; k++) {
        const chunk = path[k] as string;
        if (!(chunk in node)) node[chunk] = {};
        node = node[chunk] as Row;
      }
      const raw = row[i];
      const value = raw === null ? null : (decoders[i] as Decoder).mapFromDriverValue(raw);
      node[path[last] as string] = value;
      const table = tables[i];
      if (table !== undefined) {
        nullify ??= {};
        const object = path[0] as string;
        if (!(object in nullify)) nullify[object] = value === null ? table : false;
        else if (typeof nullify[object] === 'string' && nullify[object] !== table) nullify[object] = false;
      }
    }
    if (nullify && joinsNotNullableMap) {
      for (const [object, table] of Object.entries(nullify))
        if (typeof table === 'string' && !joinsNotNullableMap[table]) result[object] = null;
    }
    return result;
  };
}

/** The parts of drizzle's better-sqlite3 prepared query that reading rows uses. */
interface Prepared {
  fields?: SelectedField[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: unknown;
  query: { sql: string; params: unknown[] };
  values(placeholders?: Record<string, unknown>): unknown[][];
  get(placeholders?: Record<string, unknown>): unknown;
  all(placeholders?: Record<string, unknown>): unknown;
  stmt: { raw(): { get(...p: unknown[]): unknown[] | undefined } };
  logger: { logQuery(sql: string, params: unknown[]): void };
}

const proto = PreparedQuery.prototype as unknown as Prepared;
const drizzleAll = proto.all;
const drizzleGet = proto.get;

function fasterAll(this: Prepared, placeholders?: Record<string, unknown>): unknown {
  if (!this.fields || this.customResultMapper) return drizzleAll.call(this, placeholders);
  const rows = this.values(placeholders);
  if (rows.length === 0) return [];
  return rows.map(rowMapper(this.fields, this.joinsNotNullableMap));
}

function fasterGet(this: Prepared, placeholders?: Record<string, unknown>): unknown {
  if (!this.fields || this.customResultMapper) return drizzleGet.call(this, placeholders);
  const params = fillPlaceholders(this.query.params, placeholders ?? {});
  this.logger.logQuery(this.query.sql, params);
  const row = this.stmt.raw().get(...params);
  return row ? rowMapper(this.fields, this.joinsNotNullableMap)(row) : undefined;
}

/** drizzle's own readers, for the test that holds the two mappings equal query by query. */
export const DRIZZLE_READERS = { all: drizzleAll, get: drizzleGet };

/** Every drizzle query on better-sqlite3 maps its rows with `rowMapper` (once; open.ts calls it). */
export function useFasterRows(): void {
  proto.all = fasterAll;
  proto.get = fasterGet;
}

/** Whether drizzle's queries map rows through `rowMapper` (what the test checks is in force). */
export const fasterRowsInUse = (): boolean => proto.all === fasterAll && proto.get === fasterGet;
