// What the carrier register reminds the clerk of: overdue loans, terms ending or ended, the yearly 定密审核,
// the inventory due by the unit's frequency, and discrepancies still open.
import {
  and,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { INVENTORY_FREQUENCY_LABELS } from '../../../db/domain/labels';
import { carriers, inventories, inventoryLines } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { addDays, addPeriod, today } from '../util/dates';
import { reviewDueCondition, termEndingCondition, termExpiredCondition } from './register-query';
import { carrierSettings } from './settings';
import { cachedCount } from '../util/count-cache';

/** The tabs of the carrier page (renderer/registers/carriers/CarriersRegister.tsx) where these are resolved. */
const REVIEW_VIEW = { tab: 'review' };
const INVENTORY_VIEW = { tab: 'inventory' };

const FREQUENCY_MONTHS = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 } as const;

/**
 * How many secrets still classified have a term that `term` holds (ended, ending): read from the index of
 * (解密状态, 保密期限) alone (pinned by test/electron/core/carriers/query-plan.test.ts).
 */
export function termCountQuery(db: Pick<Db, 'select'>, term: SQL | undefined) {
  return db
    .select({ n: count() })
    .from(carriers)
    .where(and(eq(carriers.classState, 'classified'), term));
}

export const carrierReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const settings = carrierSettings(db);
  // The counts over the whole register are kept until anything in the database changes (count-cache.ts): the
  // home page is opened far more often than the register is written, and at 100k rows they cost ~100 ms.
  const n = (q: { get(): { n: number } | undefined }, key: string) =>
    cachedCount(
      db.$client,
      `["reminders","${key}","${now}",${settings.termWarningDays}]`,
      () => q.get()?.n ?? 0,
    );
  const out: Reminder[] = [];

  // Counted as the register's 借出逾期 filter counts (carriers, not copies), so 前往处理 shows as many rows.
  const overdue = n(db.select({ n: count() }).from(carriers).where(lt(carriers.loanDueOn, now)), 'overdue');
  if (overdue) {
    out.push({
      id: 'carrier_loans_overdue',
      severity: 'warning',
      title: `${overdue} 件载体借出或外出携带逾期未还`,
      detail: '请督促归还；逾期未还是保密检查的问题项。',
      target: 'carriers',
      view: { tab: 'ledger', filters: { due: 'loan_overdue' } },
    });
  }
  const classified = eq(carriers.classState, 'classified');
  const expired = n(termCountQuery(db, termExpiredCondition(now)), 'expired');
  if (expired) {
    out.push({
      id: 'carrier_terms_expired',
      severity: 'warning',
      title: `${expired} 项载体保密期限已到期`,
      detail: '期满的国家秘密自行解密。请在定密审核中确认解密，并作出解密标志或通知。',
      target: 'carriers',
      view: REVIEW_VIEW,
    });
  }
  const ending = n(termCountQuery(db, termEndingCondition(now, settings.termWarningDays)), 'ending');
  if (ending) {
    out.push({
      id: 'carrier_terms_ending',
      severity: 'info',
      title: `${ending} 项载体保密期限将在 ${settings.termWarningDays} 天内届满`,
      detail: '需要延长保密期限的，须在期满前重新确定（保密法第二十四条）。',
      target: 'carriers',
      view: REVIEW_VIEW,
    });
  }
  // The 年度定密审核 list's own condition (classification/review.ts): due this year, or a term ended or ending
  // within the warning days. So the home page and the list it opens count the same items.
  const review = n(
    db
      .select({ n: count() })
      .from(carriers)
      .where(
        or(
          reviewDueCondition(Number(now.slice(0, 4))),
          and(
            classified,
            isNotNull(carriers.termEndsOn),
            lte(carriers.termEndsOn, addDays(now, settings.termWarningDays)),
          ),
        ),
      ),
    'review',
  );
  if (review) {
    out.push({
      id: 'classification_review_due',
      severity: 'info',
      title: `年度定密审核有 ${review} 项待审核`,
      detail: '机关、单位应当每年审核所确定的国家秘密（保密法第二十四条）。',
      target: 'carriers',
      view: REVIEW_VIEW,
    });
  }
  // Whether anything is held at all: the first such carrier answers it.
  const held = db.select({ id: carriers.id }).from(carriers).where(gt(carriers.liveCopies, 0)).limit(1).get();
  if (held) {
    const last = db
      .select({ on: inventories.closedOn })
      .from(inventories)
      .where(and(eq(inventories.scope, 'all'), eq(inventories.status, 'closed')))
      .orderBy(desc(inventories.closedOn))
      .limit(1)
      .get();
    const months = FREQUENCY_MONTHS[settings.inventoryFrequency];
    if (!last?.on || addPeriod(last.on, 0, months) <= now) {
      out.push({
        id: 'inventory_due',
        severity: 'info',
        title: last?.on ? `距上次全面清点（${last.on}）已超过规定周期` : '尚未做过全面清点',
        detail: `本单位规定${INVENTORY_FREQUENCY_LABELS[settings.inventoryFrequency]}清点一次涉密载体。`,
        target: 'carriers',
        view: INVENTORY_VIEW,
      });
    }
  }
  const notReportedAsIncident = sql`NOT EXISTS (SELECT 1 FROM "incident_links" l WHERE l."kind" = 'inventory_line' AND l."ref_id" = "inventory_lines"."id")`;
  const open = n(
    db
      .select({ n: count() })
      .from(inventoryLines)
      .where(
        and(
          isNull(inventoryLines.resolvedAt),
          inArray(inventoryLines.result, ['missing', 'discrepant']),
          notReportedAsIncident,
        ),
      ),
    'open_lines',
  );
  // A discrepancy reported as an incident is followed there (its 24-hour clock, its 处理结果).
  const reported = n(
    db
      .select({ n: count() })
      .from(inventoryLines)
      .where(
        and(
          isNull(inventoryLines.resolvedAt),
          inArray(inventoryLines.result, ['missing', 'discrepant']),
          not(notReportedAsIncident),
        ),
      ),
    'reported_lines',
  );
  if (reported) {
    out.push({
      id: 'inventory_discrepancies_reported',
      severity: 'warning',
      title: `${reported} 份载体清点差异已按泄密事件报告`,
      detail: '请在泄密事件登记中跟进报告、查找和处理结果；查明后在清点中登记处理情况。',
      target: 'incidents',
    });
  }
  if (open) {
    out.push({
      id: 'inventory_discrepancies',
      severity: 'danger',
      title: `${open} 份载体清点差异尚未处理`,
      detail: '清点中缺失或不符的载体须查明并登记处理结果；确认丢失的，按泄密事件报告。',
      target: 'carriers',
      view: INVENTORY_VIEW,
    });
  }
  return out;
};
