// One register that is one table, exported as JSON lines straight from SQLite in batches: SQLite writes each
// row's JSON (building 400k rows value by value in JS took several times longer), and the batches go into the
// payload writer as they come, so no whole-register string or buffer is ever built.
import type { Db } from '../../../db/open';

type Reader = Pick<Db, '$client'>;

export interface LineSink {
  write(text: string): void;
}

export interface RegisterPart {
  id: string;
  /** 中文 name for the supervisor's views. */
  label: string;
  /** The column that identifies a record within this register. */
  key: string;
  /** Write the part (header line, then one line per row) to `out`: every row, or what changed since `since`. */
  write(db: Reader, since: string | null, out: LineSink): number;
  /** The same, a step per batch of rows (an export run as a job gives the screen its turn between them). */
  writeSteps?(db: Reader, since: string | null, out: LineSink): Generator<void, number>;
  /** An SQL aggregate over the rows that `write` would give (e.g. the highest level they hold). */
  aggregate(db: Reader, since: string | null, expr: string): unknown;
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
   * SQL selecting rows that may have changed at or after `?` (an ISO timestamp; every `?` gets it). Wider is
   * safe: a receiver upserts, so a row sent twice is harmless; a row missed would be lost.
   */
  changed: string;
  /** Records are never deleted (a trigger refuses it): incrementals need no id list. */
  neverDeleted: boolean;
}

/** A part's first line: its column names (and, in an incremental, the ids that still exist). */
export function partHeaderLine(columns: string[], ids?: string[]): string {
  return `${JSON.stringify(ids ? { columns, ids } : { columns })}\n`;
}

/** Rows per SQLite call: large enough that the per-call cost vanishes, small enough to stay in cache. */
const BATCH = 2000;

export function tablePart(spec: TableSpec): RegisterPart {
  const key = spec.key ?? 'id';
  const t = `"${spec.table}"`;
  const where = (since: string | null) => (since === null ? '' : `(${spec.changed})`);
  const params = (since: string | null) =>
    since === null ? [] : Array.from({ length: spec.changed.split('?').length - 1 }, () => since);
  const columnsOf = (db: Reader): [string, string][] =>
    spec.columns
      ? spec.columns.map((c) => (typeof c === 'string' ? [c, `${t}."${c}"`] : c))
      : db.$client
          .prepare(`SELECT * FROM ${t} LIMIT 0`)
          .columns()
          .map((c) => [c.name, `${t}."${c.name}"`]);
  function* writeSteps(db: Reader, since: string | null, out: LineSink): Generator<void, number> {
    const cols = columnsOf(db);
    const ids =
      since !== null && !spec.neverDeleted
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
      const conds = [where(since), after ? `${t}."${key}" > ?` : ''].filter(Boolean);
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
    let r = first.get(...params(since)) as [string | null, unknown, number];
    while (r[2] > 0) {
      out.write(`${r[0]}\n`);
      records += r[2];
      if (r[2] < BATCH) break;
      // Between batches: keyset paging resumes after the last key whatever ran meanwhile (the export checks
      // that nothing was written before it records the package).
      yield;
      r = next.get(...params(since), r[1]) as [string | null, unknown, number];
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
        .get(...params(since));
    },
  };
}
