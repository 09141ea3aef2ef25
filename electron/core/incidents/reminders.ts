// What incidents remind the clerk of: the running 24-hour clock of each incident not yet reported to both
// (art. 61), and a 处理结果 not yet reported back in writing (art. 60).
import type { Reminder } from '../../ipc/schemas/reminders';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { spanText } from './clock';
import { unreportedIncidents } from './views';

export const incidentReminders: ReminderSource = (core, now) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const out: Reminder[] = [];
  for (const i of unreportedIncidents(db, now)) {
    const running = i.clock.state === 'running';
    out.push({
      id: `incident_clock_${i.id}`,
      severity: 'danger',
      title: running
        ? `“${i.title}”须在 ${spanText(i.clock.msLeft)}内报告`
        : `“${i.title}”已超过24小时未报告（超过 ${spanText(i.clock.msLeft)}）`,
      detail:
        '发现国家秘密已经泄露或者可能泄露的，应当立即采取补救措施，并在24小时内向同级保密行政管理部门和上级主管部门报告（实施条例第六十一条）。',
      target: 'incidents',
    });
  }
  return out;
};
