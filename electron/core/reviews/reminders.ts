// What the review register reminds the clerk of: requests waiting on 保密办 (its own review, or the outcome
// after the leader signed).
import type { Reminder } from '../../ipc/schemas/reminders';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { reviewsWaiting } from './views';

export const reviewReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const waiting = reviewsWaiting(db).length;
  const out: Reminder[] = [];
  if (waiting) {
    out.push({
      id: 'reviews_waiting',
      severity: 'info',
      title: `${waiting} 项保密审查待保密办办理`,
      detail: '先审查、后公开：请完成保密办审查，或在单位领导签批后办结审查。',
      target: 'reviews',
    });
  }
  return out;
};
