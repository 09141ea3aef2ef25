// Each unit's figures, recomputed from that unit's records inside every import's transaction (issue 25, point
// 10): the comparison table and the consolidated figures then read a few typed rows per unit instead of
// scanning every unit's JSON. What depends on today (loans past due, findings past deadline, 脱密期 still
// running) is kept by date, so the reading side only sums the rows before or after today. Each figure's SQL
// names a record's fields as `json_extract(data, '$.name')`, read from the unit's layout of the register
// (record-layout.ts).
import { addDays } from '../../../db/domain/dates';
import type { Db } from '../../../db/open';
import { keptWhileUnchanged } from '../util/count-cache';
import { layoutKey, layoutSql, layoutsOf, registerOf } from './record-layout';

type Client = Db['$client'];

const OPEN_FINDING = "('pending', 'rectifying', 'to_verify')";

/** This installation's own unit code: the bureau whose notices the units' packages answer. */
const ME = '(SELECT unit_code FROM unit_profile LIMIT 1)';

/** figure → the SELECT (key, n) over one unit's records (the unit is the only parameter). */
const FIGURES: Record<string, string> = {
  records: 'SELECT register, count(*) FROM imported_records WHERE unit_code = ? GROUP BY register',
  loans_due: `SELECT json_extract(data, '$.due_on'), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'carrier_movements' AND json_extract(data, '$.returned_on') IS NULL
    AND json_extract(data, '$.due_on') IS NOT NULL GROUP BY 1`,
  persons_clearance: `SELECT coalesce(json_extract(data, '$.clearance'), ''), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'persons' AND json_extract(data, '$.status') = 'in_post' GROUP BY 1`,
  separation_ends: `SELECT coalesce(json_extract(data, '$.separation_ends_on'), '9999-12-31'), count(*)
    FROM imported_records WHERE unit_code = ? AND register = 'persons'
    AND json_extract(data, '$.status') = 'separation' GROUP BY 1`,
  findings_open: `SELECT coalesce(json_extract(data, '$.deadline'), '9999-12-31'), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'findings' AND json_extract(data, '$.status') IN ${OPEN_FINDING} GROUP BY 1`,
  incidents_year: `SELECT substr(json_extract(data, '$.discovered_at'), 1, 4), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'incidents' GROUP BY 1`,
  // Reported after the 24 hours of regulation art. 61, by the incident's own first report time.
  incidents_late_year: `SELECT substr(json_extract(data, '$.discovered_at'), 1, 4), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'incidents' AND json_extract(data, '$.reported_at') IS NOT NULL
    AND julianday(json_extract(data, '$.reported_at')) > julianday(json_extract(data, '$.discovered_at')) + 1
    GROUP BY 1`,
  // Not reported yet: late once 24 hours have passed since discovery, which the reader decides.
  incidents_unreported: `SELECT json_extract(data, '$.discovered_at'), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'incidents' AND json_extract(data, '$.reported_at') IS NULL GROUP BY 1`,
  devices_level: `SELECT coalesce(json_extract(data, '$.level'), ''), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'devices' GROUP BY 1`,
  // Devices and media not destroyed, by family/class (issue 14); device loans by due date as carriers' are.
  devices_live: `SELECT coalesce(json_extract(data, '$.family'), '') || '/' || coalesce(json_extract(data, '$.class'), ''),
    count(*) FROM imported_records WHERE unit_code = ? AND register = 'devices'
    AND json_extract(data, '$.status') <> 'destroyed' GROUP BY 1`,
  device_loans_due: `SELECT json_extract(data, '$.due_on'), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'device_movements' AND json_extract(data, '$.returned_on') IS NULL
    AND json_extract(data, '$.due_on') IS NOT NULL GROUP BY 1`,
  // This bureau's notices as the unit's packages show them (issue 25, point 8): each notice number the unit shows
  // imported, and each finding a 整改通知 item became, keyed `<seq>/<item>:<status>`, so the home's alert for
  // notices not yet answered reads these rows and no unit's JSON.
  notice_seen: `SELECT CAST(json_extract(data, '$.seq') AS TEXT), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'notices' AND json_extract(data, '$.supervisor_code') = ${ME} GROUP BY 1`,
  notice_findings: `SELECT substr(json_extract(data, '$.notice'), length(${ME}) + 2) || ':' ||
    coalesce(json_extract(data, '$.status'), ''), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'findings' AND substr(json_extract(data, '$.notice'), 1, length(${ME}) + 1) = ${ME} || '/'
    GROUP BY 1`,
  // Each 年度报告's 涉密人员 in post and those under the unit's training floor (issue 16), by year.
  training_in_post: `SELECT record_id, coalesce(json_extract(data, '$.figures.peopleInPostForTraining'), 0)
    FROM imported_records WHERE unit_code = ? AND register = 'annual_report'
    AND json_extract(data, '$.figures.peopleInPostForTraining') IS NOT NULL`,
  training_under_floor: `SELECT record_id, coalesce(json_extract(data, '$.figures.peopleUnderTrainingFloor'), 0)
    FROM imported_records WHERE unit_code = ? AND register = 'annual_report'
    AND json_extract(data, '$.figures.peopleUnderTrainingFloor') IS NOT NULL`,
};

/**
 * Two figures from one scan of a register, each row (key of the first, key of the second, n): a large unit's
 * 100k carriers are read once for their 密级 and their 状态 (each read parses the record's JSON).
 */
const PAIRED: { figures: [string, string]; sql: string }[] = [
  {
    figures: ['carriers_level', 'carriers_status'],
    sql: `SELECT coalesce(json_extract(data, '$.level'), ''), coalesce(json_extract(data, '$.status'), ''), count(*)
      FROM imported_records WHERE unit_code = ? AND register = 'carriers' GROUP BY 1, 2`,
  },
];

/**
 * The registers whose records' values some figure reads, from the figures' own SQL (`records` only counts which
 * records there are, in every register).
 */
const READ_REGISTERS = new Set(
  [...Object.values(FIGURES), ...PAIRED.map((p) => p.sql)].flatMap((sql) =>
    [...sql.matchAll(/register = '([a-z_]+)'/g)].map((m) => m[1] as string),
  ),
);

/** Figures whose key is a record (its id) and whose n is a value of that record, not a count of records. */
const PER_RECORD = new Set(['training_in_post', 'training_under_floor']);

/** Recompute one unit's figures; runs in the caller's transaction. */
export function refreshUnitFigures(client: Client, unitCode: string): void {
  client.prepare('DELETE FROM supervision_figures WHERE unit_code = ?').run(unitCode);
  const put = client.prepare(
    'INSERT INTO supervision_figures (unit_code, figure, key, n) VALUES (?, ?, ?, ?)',
  );
  for (const [k, n] of figuresOf(client, unitCode, 'imported_records')) {
    const [figure, key] = k.split(SEP) as [string, string];
    put.run(unitCode, figure, key, n);
  }
  runningTotals(client, unitCode);
}

const SEP = '\u0000';

/** Every figure of `unitCode` over `table` (the unit's records, or a copy of some of them): figure␀key → n. */
function figuresOf(client: Client, unitCode: string, table: string): Map<string, number> {
  const out = new Map<string, number>();
  const layouts = layoutsOf(client, unitCode);
  // Each field read from the unit's layout of the figure's register (record-layout.ts).
  const query = (sql: string) =>
    client.prepare(
      (sql.includes('json_extract(data')
        ? layoutSql(sql, layouts.get(layoutKey(unitCode, registerOf(sql))))
        : sql
      ).replaceAll('imported_records', table),
    );
  for (const [figure, sql] of Object.entries(FIGURES)) {
    const rows = query(sql).raw(true).all(unitCode);
    for (const [key, n] of rows as [string | null, number][]) out.set(`${figure}${SEP}${key ?? ''}`, n);
  }
  for (const { figures, sql } of PAIRED) {
    const rows = query(sql).raw(true).all(unitCode);
    for (const [a, b, n] of rows as [string, string, number][]) {
      for (const k of [`${figures[0]}${SEP}${a}`, `${figures[1]}${SEP}${b}`])
        out.set(k, (out.get(k) ?? 0) + n);
    }
  }
  return out;
}

/** Running totals in SQLite's own key order (the order `key < ?` reads them in). */
function runningTotals(client: Client, unitCode: string): void {
  client
    .prepare(
      `UPDATE supervision_figures SET cum = w.c FROM (SELECT rowid AS r, sum(n) OVER (PARTITION BY figure
         ORDER BY key ROWS UNBOUNDED PRECEDING) AS c FROM supervision_figures WHERE unit_code = ?) AS w
       WHERE supervision_figures.rowid = w.r`,
    )
    .run(unitCode);
}

/** What an incremental or annual package rewrites in one register: the records it carries, and (with its id
 * list) the records it drops by not naming them. */
export interface TouchedRecords {
  register: string;
  keys: string[];
  ids?: string[];
}

/**
 * The figures of an import that rewrites a few records (incremental, annual). Every figure counts records by a
 * key of the record alone (or, PER_RECORD, keeps one value per record), so the unit's figures move by the
 * figures of the touched records as they are after the write minus the same as they were before it; the
 * rest of the unit is not read (recomputing a 100k-carrier unit was most of an incremental import). Call it
 * before the write, in the import's transaction; call what it returns after the write.
 */
export function figureDelta(client: Client, unitCode: string, touched: TouchedRecords[]): () => void {
  client.exec(`CREATE TEMP TABLE IF NOT EXISTS figure_rows (unit_code TEXT NOT NULL, register TEXT NOT NULL,
    record_id TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (register, record_id))`);
  const copy = (op: 'IN' | 'NOT IN') =>
    client.prepare(`INSERT OR IGNORE INTO temp.figure_rows SELECT unit_code, register, record_id, data, seq
      FROM main.imported_records WHERE unit_code = ? AND register = ?
      AND record_id ${op} (SELECT value FROM json_each(?))`);
  // A register whose records no figure reads but `records` is counted whole, before and after: one range of the
  // primary key, where copying what the package names (an incremental names every 涉密人员's posts, vettings,
  // pledges … again) cost 4 µs a record.
  const count = client
    .prepare('SELECT count(*) FROM main.imported_records WHERE unit_code = ? AND register = ?')
    .pluck();
  const counted = [...new Set(touched.map((t) => t.register))].filter((r) => !READ_REGISTERS.has(r));
  const gather = () => {
    client.exec('DELETE FROM temp.figure_rows');
    for (const t of touched) {
      if (!READ_REGISTERS.has(t.register)) continue;
      if (t.keys.length) copy('IN').run(unitCode, t.register, JSON.stringify(t.keys));
      if (t.ids) copy('NOT IN').run(unitCode, t.register, JSON.stringify(t.ids));
    }
    const figures = figuresOf(client, unitCode, 'temp.figure_rows');
    client.exec('DELETE FROM temp.figure_rows');
    for (const r of counted) {
      const n = count.get(unitCode, r) as number;
      if (n) figures.set(`records${SEP}${r}`, n);
    }
    return figures;
  };
  const before = gather();
  return () => {
    const after = gather();
    const add =
      client.prepare(`INSERT INTO supervision_figures (unit_code, figure, key, n) VALUES (?, ?, ?, ?)
      ON CONFLICT (unit_code, figure, key) DO UPDATE SET n = n + excluded.n`);
    const set =
      client.prepare(`INSERT INTO supervision_figures (unit_code, figure, key, n) VALUES (?, ?, ?, ?)
      ON CONFLICT (unit_code, figure, key) DO UPDATE SET n = excluded.n`);
    const drop = client.prepare(
      'DELETE FROM supervision_figures WHERE unit_code = ? AND figure = ? AND key = ?',
    );
    for (const k of new Set([...before.keys(), ...after.keys()])) {
      const [figure, key] = k.split(SEP) as [string, string];
      const now = after.get(k);
      if (PER_RECORD.has(figure)) {
        if (now === undefined) drop.run(unitCode, figure, key);
        else set.run(unitCode, figure, key, now);
      } else if ((now ?? 0) !== (before.get(k) ?? 0)) {
        add.run(unitCode, figure, key, (now ?? 0) - (before.get(k) ?? 0));
      }
    }
    // A count that fell to nothing is no row, as a recount would leave it.
    client
      .prepare(
        `DELETE FROM supervision_figures WHERE unit_code = ? AND n = 0
         AND figure NOT IN (${[...PER_RECORD].map((f) => `'${f}'`).join(', ')})`,
      )
      .run(unitCode);
    runningTotals(client, unitCode);
  };
}

export type FigureRows = Map<string, Map<string, Map<string, number>>>;

/** Figures keyed by a date: read as the running total before a day, one index seek per unit and figure. */
const DATED = ['loans_due', 'device_loans_due', 'findings_open', 'separation_ends'] as const;
const UNDATED = [...Object.keys(FIGURES), ...PAIRED.flatMap((p) => p.figures)].filter(
  (f) => !(DATED as readonly string[]).includes(f) && f !== 'incidents_unreported',
);

/** The buckets of a dated figure as read: keys before today, and today or later. */
export const BEFORE = '<';
export const FROM = '>=';
/** The bucket of incidents_unreported whose 24 hours have passed (discovered this year, before yesterday). */
export const LATE = 'late';

/** The running total of figure d.figure of unit u.unit_code before `key` (every row without one). */
const cumBefore = (key?: string) => `coalesce((SELECT f.cum FROM supervision_figures f WHERE
  f.unit_code = u.unit_code AND f.figure = d.figure${key ? ` AND f.key < ${key}` : ''}
  ORDER BY f.key DESC LIMIT 1), 0)`;

/**
 * unit → figure → key → n, every unit at once: the undated figures row by row (a few per unit, read by the
 * primary key's (unit, figure) ranges), the dated ones as their two buckets around `on` from the running totals
 * (a unit's loans may have a hundred due dates; none of those rows is read), so the table's cost grows with the
 * number of units, not with what they hold. The undated rows come as one JSON text: at 200 units they are some
 * 5,600 rows, and handing each row's columns to JavaScript one by one cost more than the reads themselves.
 */
export function readFiguresFresh(client: Client, on: string): FigureRows {
  const out: FigureRows = new Map();
  const year = on.slice(0, 4);
  const units = `SELECT unit_code FROM counterparts WHERE role = 'subordinate'`;
  const dated = DATED.map((n) => `SELECT '${n}' AS figure`).join(' UNION ALL ');
  const pairs = `SELECT u.unit_code, d.figure, ${cumBefore('@on')} AS before, ${cumBefore()} AS total
    FROM (${units}) u, (${dated}) d`;
  const rows = JSON.parse(
    client
      .prepare(
        `SELECT json_group_array(json_array(unit_code, figure, key, n)) FROM supervision_figures
         WHERE unit_code IN (${units}) AND figure IN (${UNDATED.map((f) => `'${f}'`).join(', ')})`,
      )
      .pluck()
      .get() as string,
  ) as [string, string, string, number][];
  const params = { on, year, dayBefore: addDays(on, -1) };
  for (const [u, f, before, total] of client
    .prepare(`SELECT * FROM (${pairs}) WHERE total > 0`)
    .raw(true)
    .all(params) as [string, string, number, number][]) {
    rows.push([u, f, BEFORE, before], [u, f, FROM, total - before]);
  }
  for (const [u, late] of client
    .prepare(
      `SELECT u.unit_code, max(0, ${cumBefore('@dayBefore')} - ${cumBefore('@year')})
       FROM (${units}) u, (SELECT 'incidents_unreported' AS figure) d`,
    )
    .raw(true)
    .all(params) as [string, number][]) {
    rows.push([u, 'incidents_unreported', LATE, late]);
  }
  for (const [u, f, k, n] of rows) {
    let byFigure = out.get(u);
    if (!byFigure) out.set(u, (byFigure = new Map()));
    let byKey = byFigure.get(f);
    if (!byKey) byFigure.set(f, (byKey = new Map()));
    byKey.set(k, n);
  }
  return out;
}

const keptFigures = keptWhileUnchanged<FigureRows>();

/**
 * The figures as last read while nothing was written since (util/count-cache.ts): the comparison table, the
 * alerts and the consolidated figures ask them again and again, and they change only at an import. Read-only.
 */
export function readFigures(client: Client, on: string): FigureRows {
  return keptFigures(client, on, () => readFiguresFresh(client, on));
}

/** The counts of one figure as an object (null when the unit reported nothing of it). */
export function counts(rows: FigureRows, unit: string, figure: string): Record<string, number> {
  return Object.fromEntries(rows.get(unit)?.get(figure) ?? []);
}

/** Sum of one figure's rows whose key passes `keep` (e.g. due dates before today). */
export function sumWhere(
  rows: FigureRows,
  unit: string,
  figure: string,
  keep: (key: string) => boolean,
): number {
  let n = 0;
  for (const [k, v] of rows.get(unit)?.get(figure) ?? []) if (keep(k)) n += v;
  return n;
}

export function reportedRegister(rows: FigureRows, unit: string, register: string): boolean {
  return (rows.get(unit)?.get('records')?.get(register) ?? 0) > 0;
}
