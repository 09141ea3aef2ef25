// 定期检查 page: every classified device in use or in store, with its last 保密检查, 病毒查杀 and 审计日志查看 and
// when each is next due by the unit's schedule. "Overdue" reads exactly as the home-page reminder does
// (reminders.ts): the last check (or the registration, for a device never checked) is older than one period.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { DEVICE_CHECK_KINDS, type DeviceCheckKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { devices } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { DeviceCheckScheduleInput, DeviceCheckScheduleRow } from '../../ipc/schemas/devices-usage';
import { addPeriod } from '../util/dates';
import { pageOf } from '../util/paging';
import { deviceSettings } from './settings';
import { departmentNames } from './views';
import { keptTotal } from '../util/count-cache';

// The (device_id, kind, checked_on) index answers each of these with one seek. The outer column is named with
// its table: drizzle writes a lone `"id"` in a one-table query, which inside the subquery would read c.id.
const outerId = sql`${sql.identifier('devices')}.${sql.identifier('id')}`;
const lastOf = (kind: DeviceCheckKind) =>
  sql<
    string | null
  >`(SELECT max(c.checked_on) FROM device_checks c WHERE c.device_id = ${outerId} AND c.kind = ${kind})`;

export function checkSchedule(
  db: Db,
  input: DeviceCheckScheduleInput,
  today: string,
): Page<DeviceCheckScheduleRow> {
  const { checkMonths } = deviceSettings(db);
  const since = (k: DeviceCheckKind) => addPeriod(today, 0, -checkMonths[k]);
  const late = (k: DeviceCheckKind) => sql`coalesce(${lastOf(k)}, ${devices.registeredOn}) < ${since(k)}`;
  const conds: (SQL | undefined)[] = [
    eq(devices.family, 'device'),
    eq(devices.class, 'classified'),
    inArray(devices.status, ['in_use', 'in_stock']),
    input.departmentId ? eq(devices.departmentId, input.departmentId) : undefined,
    input.overdueOnly ? sql`(${sql.join(DEVICE_CHECK_KINDS.map(late), sql` OR `)})` : undefined,
  ];
  const where = and(...conds);
  const total = keptTotal(db, db.select({ n: count() }).from(devices).where(where));
  const rows = pageOf(
    db
      .select({
        d: devices,
        secrecy: lastOf('secrecy'),
        antivirus: lastOf('antivirus'),
        audit_log: lastOf('audit_log'),
      })
      .from(devices)
      .where(where)
      .orderBy(asc(devices.deviceNo)),
    input,
  ).all();
  const names = departmentNames(
    db,
    rows.map((r) => r.d.departmentId),
  );
  return {
    total,
    rows: rows.map((r) => ({
      deviceId: r.d.id,
      deviceNo: r.d.deviceNo,
      kind: r.d.kind,
      level: r.d.level,
      custodianName: r.d.custodianName,
      department: r.d.departmentId ? (names.get(r.d.departmentId) ?? null) : null,
      location: r.d.location,
      checks: DEVICE_CHECK_KINDS.map((k) => {
        const lastOn = r[k];
        const from = lastOn ?? r.d.registeredOn;
        return { kind: k, lastOn, dueOn: addPeriod(from, 0, checkMonths[k]), overdue: from < since(k) };
      }),
    })),
  };
}
