// What the committee's work reminds the clerk of: meetings over with materials not back, a half-year ended
// without a committee meeting, decisions and plan items past their due date.
import type { Reminder } from '../../ipc/schemas/reminders';
import { today } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { missingHalfYear } from './committee.service';
import { leadersUnchecked } from './leader-checks';
import { meetingsWithMaterialsOut } from './meetings';
import { overdueTasks } from './tasks';

export const committeeReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const out: Reminder[] = [];
  const meetings = meetingsWithMaterialsOut(db);
  if (meetings.length) {
    const over = meetings.filter((m) => m.endsOn < now);
    out.push({
      id: 'meeting_materials_out',
      severity: over.length ? 'warning' : 'info',
      title: `${meetings.length} 个涉密会议或活动有材料未收回`,
      detail: `${meetings
        .slice(0, 3)
        .map((m) => `${m.name}（${m.materialsOut} 份）`)
        .join('、')}：会议材料须全部收回后会议才能结束。`,
      target: 'committee',
    });
  }
  const missing = missingHalfYear(db, now);
  if (missing) {
    out.push({
      id: 'committee_half_year_meeting',
      severity: 'warning',
      title: `保密委员会${missing.year}年${missing.half === 1 ? '上' : '下'}半年未召开会议`,
      detail: '保密委员会每半年召开一至二次会议，研究部署保密工作。请召开会议并登记会议记录。',
      target: 'committee',
    });
  }
  const late = overdueTasks(db, now);
  if (late.length) {
    out.push({
      id: 'committee_tasks_overdue',
      severity: 'warning',
      title: `${late.length} 项委员会督办事项逾期未办结`,
      detail: `${late
        .slice(0, 3)
        .map((t) => `${t.content}（${t.ownerName}）`)
        .join('、')}`,
      target: 'committee',
    });
  }
  const unchecked = leadersUnchecked(db, now);
  if (unchecked) {
    out.push({
      id: 'leader_checks_due',
      severity: 'info',
      title: `${unchecked.year}年度领导干部履行保密工作责任制情况尚未检查`,
      detail: `${unchecked.names.join('、')}：履行保密工作责任制情况纳入年度考评，请在“保密委员会 → 年度计划与总结”登记检查表。`,
      target: 'committee',
    });
  }
  return out;
};
