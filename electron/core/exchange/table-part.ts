// One register that is one table, exported as JSON lines straight from SQLite in batches: SQLite writes each
// row's JSON (building 400k rows value by value in JS took several times longer), and the batches go into the
// payload writer as they come, so no whole-register string or buffer is ever built.
import type { Db } from '../../../db/open';

type Reader = Pick<Db, '$client'>;

export interface LineSink {
  write(text: string): void;
}

/** What an incremental is built on: its base package's snapshot time and row version (exchange_outgoing). */
export interface Since {
  at: string;
  /** Null when the base package predates the row versions: the tracked registers go whole. */
  version: number | null;
}

export interface RegisterPart {
  id: string;
  /** 中文 name for the supervisor's views. */
  label: string;
  /** The column that identifies a record within this register. */
  key: string;
  /** Write the part (header line, then one line per row) to `out`: every row, or what changed since `since`. */
  write(db: Reader, since: Since | null, out: LineSink): number;
  /** The same, a step per batch of rows (an export run as a job gives the screen its turn between them). */
  writeSteps?(db: Reader, since: Since | null, out: LineSink): Generator<void, number>;
  /** An SQL aggregate over the rows that `write` would give (e.g. the highest level they hold). */
  aggregate(db: Reader, since: Since | null, expr: string): unknown;
}

export interface TableSpec {
  id: string;
  label: string;
  table: string;
  key?: string;
  /**
   * What a supervisor gets: column names, or `[name, SQL expression]` for a value from elsewhere. Default:
   * every column of the table. Personal data a supervisor does not need stays out (FORMAT.md, Parts).
   */
  columns?: (string | [string, string])[];
  /**
   * SQL selecting rows that may have changed at or after `@since` (an ISO timestamp), or, in a tracked register,
   * past `@version` (versionsOf). Wider is safe: a receiver upserts, so a row sent twice is harmless; a row missed
   * would be lost.
   */
  changed?: string;
  /**
   * Changes the row_versions triggers number (migration row_versions): `own` for the table's own rows (their
   * deletes included), `via` for a column naming a row whose change shows in this one (a department renamed
   * under its people). An incremental sends rows past the base's version, or every row when the base has none.
   */
  tracked?: { own: boolean; via?: [column: string, table: string][] };
  /** Tracked rows when the base has no row version: this condition on `@since` (default: every row). */
  beforeVersions?: string;
  /** Records are never deleted (a trigger refuses it): incrementals need no id list. */
  neverDeleted: boolean;
}

/** A part's first line: its column names (and, in an incremental, the ids that still exist). */
export function partHeaderLine(columns: string[], ids?: string[]): string {
  return `${JSON.stringify(ids ? { columns, ids } : { columns })}\n`;
}

/** Rows per SQLite call: large enough that the per-call cost vanishes, small enough to stay in cache. */
const BATCH = 2000;

/** Rows of `table` whose version moved past `@version` (a `changed` condition may use it too). */
export const versionsOf = (table: string) =>
  `SELECT row_id FROM row_versions WHERE tbl = '${table}' AND ver > @version`;

export function tablePart(spec: TableSpec): RegisterPart {
  const key = spec.key ?? 'id';
  const t = `"${spec.table}"`;
  const tracked = spec.tracked;
  /** The incremental's condition, or '' for every row (a full package, or tracked rows without a base version). */
  const where = (since: Since | null): string => {
    if (since === null) return '';
    if (tracked && since.version === null) return spec.beforeVersions ?? '';
    const conds = [
      spec.changed,
      tracked?.own ? `${t}."${key}" IN (${versionsOf(spec.table)})` : '',
      ...(tracked?.via ?? []).map(([column, table]) => `${t}."${column}" IN (${versionsOf(table)})`),
    ].filter(Boolean);
    return conds.map((c) => `(${c})`).join(' OR ');
  };
  const params = (since: Since | null) => ({ since: since?.at ?? null, version: since?.version ?? null });
  const columnsOf = (db: Reader): [string, string][] =>
    spec.columns
      ? spec.columns.map((c) => (typeof c === 'string' ? [c, `${t}."${c}"`] : c))
      : db.$client
          .prepare(`SELECT * FROM ${t} LIMIT 0`)
          .columns()
          .map((c) => [c.name, `${t}."${c.name}"`]);
  /** An incremental's id list, so the supervisor drops what the unit removed: needed only when rows can go. */
  const idsNeeded = (db: Reader, since: Since | null): boolean => {
    if (since === null || spec.neverDeleted) return false;
    if (!tracked?.own || since.version === null) return true;
    return Boolean(
      db.$client
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM row_versions v WHERE v.tbl = '${spec.table}' AND v.ver > ? AND NOT EXISTS (SELECT 1 FROM ${t} WHERE "${key}" = v.row_id))`,
        )
        .pluck()
        .get(since.version),
    );
  };
  function* writeSteps(db: Reader, since: Since | null, out: LineSink): Generator<void, number> {
    const cols = columnsOf(db);
    const ids = idsNeeded(db, since)
      ? (db.$client.prepare(`SELECT "${key}" FROM ${t} ORDER BY "${key}"`).pluck().all() as unknown[]).map(
          String,
        )
      : undefined;
    out.write(
      partHeaderLine(
        cols.map((c) => c[0]),
        ids,
      ),
    );
    // Keyset batches in key order: each call returns up to BATCH rows as lines, and the last key.
    const batch = (after: boolean) => {
      const w = where(since);
      const conds = [w && `(${w})`, after ? `${t}."${key}" > @after` : ''].filter(Boolean);
      return db.$client
        .prepare(
          `SELECT group_concat(j, char(10)), max(k), count(*) FROM (
             SELECT json_array(${cols.map((c) => c[1]).join(', ')}) AS j, ${t}."${key}" AS k FROM ${t}
             ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${t}."${key}" LIMIT ${BATCH})`,
        )
        .raw(true);
    };
    const first = batch(false);
    const next = batch(true);
    let records = 0;
    let r = first.get(params(since)) as [string | null, unknown, number];
    while (r[2] > 0) {
      out.write(`${r[0]}\n`);
      records += r[2];
      if (r[2] < BATCH) break;
      // Between batches: keyset paging resumes after the last key whatever ran meanwhile (the export checks
      // that nothing was written before it records the package).
      yield;
      r = next.get({ ...params(since), after: r[1] }) as [string | null, unknown, number];
    }
    return records;
  }
  return {
    id: spec.id,
    label: spec.label,
    key,
    write(db, since, out) {
      const steps = writeSteps(db, since, out);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    },
    writeSteps,
    aggregate(db, since, expr) {
      const w = where(since);
      return db.$client
        .prepare(`SELECT ${expr} FROM ${t}${w ? ` WHERE ${w}` : ''}`)
        .pluck()
        .get(params(since));
    },
  };
}
