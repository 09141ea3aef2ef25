// What the supervisor reads of its units' devices and media (issue 14): per unit, how many 涉密计算机/设备 and
// storage media are registered (destroyed ones no longer count), devices by class (so the 工作机/上网机 split of
// each unit shows), and loans or carrying-out still out past their due date. Null until a unit reports them.
import type { Db } from '../../../db/open';

function grouped(db: Db, sql: string, ...params: unknown[]): Record<string, number> {
  const rows = db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as [string, number][];
  return Object.fromEntries(rows);
}

const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const LIVE = "json_extract(data, '$.status') <> 'destroyed'";

export function deviceFigures(db: Db, today: string) {
  const reported =
    db.$client.prepare("SELECT 1 FROM imported_records WHERE register = 'devices' LIMIT 1").get() !==
    undefined;
  const perFamily = (family: 'device' | 'medium') =>
    grouped(
      db,
      `SELECT unit_code, count(*) FROM imported_records WHERE register = 'devices'
       AND json_extract(data, '$.family') = ? AND ${LIVE} GROUP BY unit_code`,
      family,
    );
  const devices = perFamily('device');
  const media = perFamily('medium');
  const overdue = grouped(
    db,
    `SELECT unit_code, count(*) FROM imported_records WHERE register = 'device_movements'
     AND json_extract(data, '$.returned_on') IS NULL AND json_extract(data, '$.due_on') < ? GROUP BY unit_code`,
    today,
  );
  return {
    devicesByClass: reported
      ? grouped(
          db,
          `SELECT json_extract(data, '$.class'), count(*) FROM imported_records WHERE register = 'devices'
           AND json_extract(data, '$.family') = 'device' AND ${LIVE} GROUP BY 1`,
        )
      : null,
    media: reported ? sum(media) : null,
    overdueDeviceLoans: reported ? sum(overdue) : null,
    perUnit: (unitCode: string) => ({
      devices: devices[unitCode] ?? 0,
      media: media[unitCode] ?? 0,
      overdueDeviceLoans: overdue[unitCode] ?? 0,
    }),
  };
}
