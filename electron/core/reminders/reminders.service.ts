import type { Reminder } from '../../ipc/schemas/reminders';
import type { AppCore } from '../app-core';
import { can } from '../util/permissions';
import { carrierReminders } from '../carriers';
import { personnelReminders } from '../persons';
import { inspectionReminders } from '../inspections';
import { incidentReminders } from '../incidents';
import { reviewReminders } from '../reviews';
import { keySiteReminders } from '../key_sites';
import { committeeReminders } from '../committee';
import { trainingReminders } from '../trainings';
import type { ReminderSource } from '../util/reminder-source';
import { currentSettings, settingRow } from '../settings';
import { LAST_BACKUP_KEY } from '../backup';
import { deviceReminders } from '../devices';
import { supervisorAlerts } from '../exchange';
import { approvalReminders } from '../approvals/reminders';

const DAY = 86_400_000;
const SEVERITY_ORDER = { danger: 0, warning: 1, info: 2 } as const;

const backupOverdue: ReminderSource = (core, now) => {
  const { db, account } = core.session();
  if (!can(account.role, 'system:manage', core.adminMode())) return [];
  const days = currentSettings(core).backupReminderDays;
  const raw = settingRow(db, LAST_BACKUP_KEY);
  const last = raw ? (JSON.parse(raw) as string) : null;
  if (last && now.getTime() - Date.parse(last) <= days * DAY) return [];
  return [
    {
      id: 'backup_overdue',
      severity: 'warning',
      title: last ? `已超过 ${days} 天未备份` : '尚未做过备份',
      detail: last
        ? `上次备份：${last.slice(0, 10)}。请将数据备份到指定的涉密存储介质。`
        : '请尽快将数据备份到指定的涉密存储介质，并妥善保管。',
      target: 'backup',
    },
  ];
};

const passwordExpiring: ReminderSource = (core, now) => {
  const { db, account } = core.session();
  const row = db.$client
    .prepare('SELECT password_changed_at FROM accounts WHERE id = ?')
    .pluck()
    .get(account.id) as string | undefined;
  if (!row) return [];
  const left = Math.ceil(
    (Date.parse(row) + currentSettings(core).passwordMaxAgeDays * DAY - now.getTime()) / DAY,
  );
  if (left > 3) return [];
  return [
    {
      id: 'password_expiring',
      severity: 'info',
      title: `密码将在 ${Math.max(left, 0)} 天后到期`,
      detail: '请及时修改密码。',
      target: 'password',
    },
  ];
};

export const REMINDER_SOURCES: ReminderSource[] = [
  backupOverdue,
  passwordExpiring,
  carrierReminders,
  personnelReminders,
  deviceReminders,
  inspectionReminders,
  incidentReminders,
  reviewReminders,
  keySiteReminders,
  committeeReminders,
  trainingReminders,
  approvalReminders,
  supervisorAlerts,
];

export function listReminders(core: AppCore): Reminder[] {
  const now = core.clock.now();
  // Urgent first, then 注意, then 提示; each register's own order within a severity (the sort is stable).
  return REMINDER_SOURCES.flatMap((source) => source(core, now)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
