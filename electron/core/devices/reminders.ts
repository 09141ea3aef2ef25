// What the device register reminds the clerk of on the home page: loans and carry-outs overdue, and classified
// devices whose periodic check (保密检查, 病毒查杀, 审计日志查看) is overdue by the unit's schedule.
import { and, count, eq, inArray, isNotNull, lt, max } from 'drizzle-orm';
import { DEVICE_CHECK_KIND_LABELS } from '../../../db/domain/labels';
import { DEVICE_CHECK_KINDS } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { deviceChecks, devices } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { addPeriod, today } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { hostQuery } from './host';
import { deviceSettings } from './settings';

/** Classified devices in use or in store whose last check of `kind` is before `since` (or never). */
export function checksOverdue(
  db: Pick<Db, 'select'>,
  kind: (typeof DEVICE_CHECK_KINDS)[number],
  since: string,
) {
  const last = db
    .select({ deviceId: deviceChecks.deviceId, on: max(deviceChecks.checkedOn).as('last_on') })
    .from(deviceChecks)
    .where(eq(deviceChecks.kind, kind))
    .groupBy(deviceChecks.deviceId)
    .as('last');
  const rows = db
    .select({ id: devices.id, registeredOn: devices.registeredOn, last: last.on })
    .from(devices)
    .leftJoin(last, eq(last.deviceId, devices.id))
    .where(
      and(
        eq(devices.family, 'device'),
        eq(devices.class, 'classified'),
        inArray(devices.status, ['in_use', 'in_stock']),
      ),
    )
    .all();
  // A device never checked is due one period after its registration.
  return rows.filter((r) => (r.last ?? r.registeredOn) < since).length;
}

export const deviceReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const out: Reminder[] = [];
  const overdue =
    db
      .select({ n: count() })
      .from(devices)
      .where(and(isNotNull(devices.dueOn), lt(devices.dueOn, now)))
      .get()?.n ?? 0;
  if (overdue) {
    out.push({
      id: 'device_loans_overdue',
      severity: 'warning',
      title: `${overdue} 台（件）设备或存储介质借用、携带外出逾期未还`,
      detail: '请督促归还并进行返回检查；逾期未还是保密检查的问题项。',
      target: 'classified_media',
    });
  }
  out.push(...discrepancyReminders(db));
  // This PC is one of the unit's devices: until it is registered (first run), the home page offers it.
  const host = hostQuery(db).get();
  if (!host) {
    out.push({
      id: 'device_host_unregistered',
      severity: 'info',
      title: '本机（运行保密工作台的计算机）尚未在设备台账中登记',
      detail: '请在「涉密计算机及设备」中登记本机，并勾选“本机”：保密编号、硬盘序列号、密级、责任人等。',
      target: 'classified_devices',
    });
  }
  const { checkMonths } = deviceSettings(db);
  const due = DEVICE_CHECK_KINDS.map((k) => ({
    k,
    n: checksOverdue(db, k, addPeriod(now, 0, -checkMonths[k])),
  })).filter((x) => x.n > 0);
  if (due.length) {
    out.push({
      id: 'device_checks_overdue',
      severity: 'info',
      title: `涉密计算机定期检查逾期：${due.map((x) => `${DEVICE_CHECK_KIND_LABELS[x.k]} ${x.n} 台`).join('，')}`,
      detail: '请按单位规定的周期检查并由检查人签字登记。',
      target: 'classified_devices',
    });
  }
  return out;
};

/**
 * Open 清点 discrepancies (missing or not as registered, not yet resolved): those reported as an incident are
 * followed there (its 24-hour clock, its 处理结果); the others wait on the inventory tab of their register.
 */
function discrepancyReminders(db: Db): Reminder[] {
  const rows = db.$client
    .prepare(
      `SELECT i.family, EXISTS (SELECT 1 FROM incident_links k WHERE k.kind = 'device' AND k.ref_id = l.device_id),
         count(*)
       FROM device_inventory_lines l JOIN device_inventories i ON i.id = l.inventory_id
       WHERE l.resolved_at IS NULL AND l.result IN ('missing', 'discrepant') GROUP BY 1, 2`,
    )
    .raw(true)
    .all() as [string, number, number][];
  const out: Reminder[] = [];
  const reported = rows.filter((r) => r[1]).reduce((t, r) => t + r[2], 0);
  if (reported) {
    out.push({
      id: 'device_inventory_discrepancies_reported',
      severity: 'warning',
      title: `${reported} 台（件）设备或存储介质清点差异已按泄密事件报告`,
      detail: '请在泄密事件登记中跟进报告、查找和处理结果；查明后在清点中登记处理情况。',
      target: 'incidents',
    });
  }
  for (const [family, noun, target] of [
    ['device', '台设备', 'classified_devices'],
    ['medium', '件存储介质', 'classified_media'],
  ] as const) {
    const open = rows.filter((r) => r[0] === family && !r[1]).reduce((t, r) => t + r[2], 0);
    if (!open) continue;
    out.push({
      id: `${family}_inventory_discrepancies`,
      severity: 'danger',
      title: `${open} ${noun}清点差异尚未处理`,
      detail: '清点中缺失或不符的须查明并登记处理结果；确认丢失的，按泄密事件报告。',
      target,
      view: { tab: 'inventory' },
    });
  }
  return out;
}
