// What the supervisor reads of its units' checks and incidents: per unit, findings still open past their
// deadline (the day after it, README "Dates"), and incidents with how many were reported after the 24 hours of
// regulation art. 61 (a report's time against the incident's discovery, both as the unit recorded them).
import type { Db } from '../../../db/open';

function grouped(db: Db, sql: string, ...params: unknown[]): Record<string, number> {
  const rows = db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as [string, number][];
  return Object.fromEntries(rows);
}

export function inspectionFigures(db: Db, today: string) {
  const reported = (register: string) =>
    db.$client.prepare('SELECT 1 FROM imported_records WHERE register = ? LIMIT 1').get(register) !==
    undefined;
  const overdue = grouped(
    db,
    `SELECT unit_code, count(*) FROM imported_records WHERE register = 'findings'
     AND json_extract(data, '$.status') IN ('pending', 'rectifying', 'to_verify') AND json_extract(data, '$.deadline') < ? GROUP BY unit_code`,
    today,
  );
  const incidents = grouped(
    db,
    "SELECT unit_code, count(*) FROM imported_records WHERE register = 'incidents' GROUP BY unit_code",
  );
  const late = grouped(
    db,
    `SELECT r.unit_code, count(DISTINCT json_extract(r.data, '$.incident_id')) FROM imported_records r
     JOIN imported_records i ON i.unit_code = r.unit_code AND i.register = 'incidents'
       AND i.record_id = CAST(json_extract(r.data, '$.incident_id') AS TEXT)
     WHERE r.register = 'incident_reports'
       AND julianday(json_extract(r.data, '$.reported_at')) > julianday(json_extract(i.data, '$.discovered_at')) + 1
     GROUP BY r.unit_code`,
  );
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  return {
    openRectifications: reported('findings')
      ? (db.$client
          .prepare(
            `SELECT count(*) FROM imported_records WHERE register = 'findings' AND json_extract(data, '$.status') IN ('pending', 'rectifying', 'to_verify')`,
          )
          .pluck()
          .get() as number)
      : null,
    overdueFindings: reported('findings') ? sum(overdue) : null,
    incidents: reported('incidents') ? sum(incidents) : null,
    lateIncidents: reported('incidents') ? sum(late) : null,
    perUnit: (unitCode: string) => ({
      overdueFindings: overdue[unitCode] ?? 0,
      incidents: incidents[unitCode] ?? 0,
      lateIncidents: late[unitCode] ?? 0,
    }),
  };
}
