// Each unit's figures, recomputed from that unit's records inside every import's transaction (issue 25, point
// 10): the comparison table and the consolidated figures then read a few typed rows per unit instead of
// scanning every unit's JSON. What depends on today (loans past due, findings past deadline, 脱密期 still
// running) is kept by date, so the reading side only sums the rows before or after today.
import { addDays } from '../../../db/domain/dates';
import type { Db } from '../../../db/open';

type Client = Db['$client'];

const OPEN_FINDING = "('pending', 'rectifying', 'to_verify')";

/** This installation's own unit code: the bureau whose notices the units' packages answer. */
const ME = '(SELECT unit_code FROM unit_profile LIMIT 1)';

/** figure → the SELECT (key, n) over one unit's records (the unit is the only parameter). */
const FIGURES: Record<string, string> = {
  records: 'SELECT register, count(*) FROM imported_records WHERE unit_code = ? GROUP BY register',
  carriers_level: `SELECT coalesce(json_extract(data, '$.level'), ''), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'carriers' GROUP BY 1`,
  carriers_status: `SELECT coalesce(json_extract(data, '$.status'), ''), count(*) FROM imported_records
    WHERE unit_code = ? AND register = 'carriers' GROUP BY 1`,
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

/** Recompute one unit's figures; runs in the caller's transaction. */
export function refreshUnitFigures(client: Client, unitCode: string): void {
  client.prepare('DELETE FROM supervision_figures WHERE unit_code = ?').run(unitCode);
  const put = client.prepare(
    'INSERT INTO supervision_figures (unit_code, figure, key, n) VALUES (?, ?, ?, ?)',
  );
  for (const [figure, sql] of Object.entries(FIGURES)) {
    for (const [key, n] of client.prepare(sql).raw(true).all(unitCode) as [string | null, number][]) {
      put.run(unitCode, figure, key ?? '', n);
    }
  }
  // Running totals in SQLite's own key order (the order `key < ?` reads them in).
  client
    .prepare(
      `UPDATE supervision_figures SET cum = w.c FROM (SELECT rowid AS r, sum(n) OVER (PARTITION BY figure
         ORDER BY key ROWS UNBOUNDED PRECEDING) AS c FROM supervision_figures WHERE unit_code = ?) AS w
       WHERE supervision_figures.rowid = w.r`,
    )
    .run(unitCode);
}

export type FigureRows = Map<string, Map<string, Map<string, number>>>;

/** Figures keyed by a date: read as the running total before a day, one index seek per unit and figure. */
const DATED = ['loans_due', 'device_loans_due', 'findings_open', 'separation_ends'] as const;
const UNDATED = Object.keys(FIGURES).filter(
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
 * number of units, not with what they hold.
 */
export function readFigures(client: Client, on: string): FigureRows {
  const out: FigureRows = new Map();
  const year = on.slice(0, 4);
  const units = `SELECT unit_code FROM counterparts WHERE role = 'subordinate'`;
  const dated = DATED.map((n) => `SELECT '${n}' AS figure`).join(' UNION ALL ');
  const pairs = `SELECT u.unit_code, d.figure, ${cumBefore('@on')} AS before, ${cumBefore()} AS total
    FROM (${units}) u, (${dated}) d`;
  const rows = client
    .prepare(
      `SELECT unit_code, figure, key, n FROM supervision_figures
       WHERE unit_code IN (${units}) AND figure IN (${UNDATED.map((f) => `'${f}'`).join(', ')})`,
    )
    .raw(true)
    .all() as [string, string, string, number][];
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
