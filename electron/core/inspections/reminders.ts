// What checks remind the clerk of: a kind of check due by the unit's schedule, and findings past their deadline
// (red until closed).
import { and, count, desc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { CHECK_KINDS } from '../../../db/domain/vocab';
import { CHECK_FREQUENCY_LABELS, CHECK_KIND_LABELS } from '../../../db/domain/labels';
import { findings, inspections } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { addPeriod, today } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { inspectionSettings } from './template';

const FREQUENCY_MONTHS = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 } as const;

export const inspectionReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const out: Reminder[] = [];

  const overdue =
    db
      .select({ n: count() })
      .from(findings)
      .where(
        and(
          inArray(findings.status, ['pending', 'rectifying', 'to_verify']),
          isNotNull(findings.deadline),
          lt(findings.deadline, now),
        ),
      )
      .get()?.n ?? 0;
  if (overdue) {
    out.push({
      id: 'findings_overdue',
      severity: 'danger',
      title: `${overdue} 个检查发现的问题逾期未整改`,
      detail: '整改期限已过。请督促责任部门整改，完成后由他人验收；未完成的不得隐瞒。',
      target: 'inspections',
    });
  }

  const { frequencies } = inspectionSettings(db);
  const due: string[] = [];
  for (const kind of CHECK_KINDS) {
    const f = frequencies[kind];
    if (f === 'none') continue;
    const last = db
      .select({ on: inspections.checkedOn })
      .from(inspections)
      .where(eq(inspections.kind, kind))
      .orderBy(desc(inspections.checkedOn))
      .limit(1)
      .get();
    // Due once the period from the last check has run out (its last day still counts, README "Dates").
    if (!last || addPeriod(last.on, 0, FREQUENCY_MONTHS[f]) < now)
      due.push(
        `${CHECK_KIND_LABELS[kind]}（${CHECK_FREQUENCY_LABELS[f]}${last ? `，上次 ${last.on}` : '，尚未做过'}）`,
      );
  }
  if (due.length) {
    out.push({
      id: 'inspections_due',
      severity: 'info',
      title: `${due.length} 类保密检查已到期`,
      detail: `按本单位规定应开展：${due.join('、')}。`,
      target: 'inspections',
    });
  }
  return out;
};
