// What the 审批 register reminds a leader of: the requests filed with the unit that wait for a decision (the
// clerk cannot lend, copy or destroy on a request until it is approved).
import { count, eq } from 'drizzle-orm';
import { approvalRequests } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';

export const approvalReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'approval:decide', core.adminMode())) return [];
  const pending =
    db.select({ n: count() }).from(approvalRequests).where(eq(approvalRequests.status, 'pending')).get()?.n ??
    0;
  const out: Reminder[] = [];
  if (pending) {
    out.push({
      id: 'approval_requests_pending',
      severity: 'warning',
      title: `${pending} 件审批申请等待审批`,
      detail: '请在「审批」中逐件审批：同意或不同意并填写意见；审批后保密员方可办理借阅、复制、销毁等事项。',
      target: 'approvals',
    });
  }
  return out;
};
