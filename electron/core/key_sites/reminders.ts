// What the key sites remind the clerk of: 安全设施检查 due, and visitors logged in on an earlier day and never
// out (an 出入登记 left open).
import { and, count, isNull, lt } from 'drizzle-orm';
import { keySiteVisits } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { today } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { sitesCheckDue } from './views';

export const keySiteReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const out: Reminder[] = [];
  const due = sitesCheckDue(db, now);
  if (due.length) {
    out.push({
      id: 'key_site_checks_due',
      severity: 'warning',
      title: `${due.length} 处要害部门部位安全设施检查已到期`,
      detail: `请检查${due
        .slice(0, 3)
        .map((s) => s.name)
        .join('、')}${due.length > 3 ? ' 等' : ''}的防护设施，并登记检查结果。`,
      target: 'key_sites',
    });
  }
  const open =
    db
      .select({ n: count() })
      .from(keySiteVisits)
      .where(and(isNull(keySiteVisits.outAt), lt(keySiteVisits.inAt, now)))
      .get()?.n ?? 0;
  if (open) {
    out.push({
      id: 'key_site_visits_open',
      severity: 'warning',
      title: `${open} 条要害部位出入登记未登记离开`,
      detail: '来访人员离开时须登记离开时间；请核实并补登。',
      target: 'key_sites',
    });
  }
  return out;
};
