// Each unit's figures, recomputed from that unit's records inside every import's transaction (issue 25, point
// 10): the comparison table and the consolidated figures then read a few typed rows per unit instead of
// scanning every unit's JSON. What depends on today (loans past due, findings past deadline, 脱密期 still
// running) is kept by date, so the reading side only sums the rows before or after today.
import type { Db } from '../../../db/open';

type Client = Db['$client'];

const OPEN_FINDING = "('pending', 'rectifying', 'to_verify')";

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
}

export type FigureRows = Map<string, Map<string, Map<string, number>>>;

/** unit → figure → key → n, every unit at once (a few dozen rows per unit). */
export function readFigures(client: Client): FigureRows {
  const out: FigureRows = new Map();
  for (const [u, f, k, n] of client
    .prepare('SELECT unit_code, figure, key, n FROM supervision_figures')
    .raw(true)
    .all() as [string, string, string, number][]) {
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
