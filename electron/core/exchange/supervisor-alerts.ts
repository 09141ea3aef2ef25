// The supervisor's alerts (issue 25, point 8): on the home page among the reminders, each landing on its unit
// (the comparison table opens that unit's drawer). Read from the comparison rows, so from the figures every
// import keeps: units overdue (and 年度报告 overdue), incidents reported this year and those reported late or
// not within 24 hours, loans past due at or above the bureau's threshold, and units whose key was changed.
import { reportOverdue } from '../../../db/domain/vocab';
import type { Reminder } from '../../ipc/schemas/reminders';
import type { ComparisonRow } from '../../ipc/schemas/supervisor';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { today } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { openNotices, type OpenNotice } from './notice-open';
import { readFigures } from './supervisor-figures';
import { comparisonRows, defaultsOf } from './supervisor-table';

/** What a part of the alerts sees: the units' rows, the bureau's threshold, the restarts of the last days. */
export interface AlertContext {
  core: AppCore;
  rows: ComparisonRow[];
  overdueLoanAlert: number;
  restartedSince: (unitCode: string) => string | null;
  /** Each unit's notices not yet answered, newest first (notice-open.ts). */
  open: Map<string, OpenNotice[]>;
}

/** One kind of alert; each alert names its unit and lands on it. */
export type AlertPart = (ctx: AlertContext) => Reminder[];

/** A key change stays an alert this long after the chain was restarted (or until the new chain's full package). */
const KEY_CHANGE_DAYS = 30;

function landing(unitCode: string): Pick<Reminder, 'target' | 'view'> {
  return { target: 'exchange', view: { tab: 'supervisor', filters: { unit: unitCode } } };
}

const overdue: AlertPart = ({ rows }) =>
  rows.flatMap((r): Reminder[] => {
    const out: Reminder[] = [];
    if (reportOverdue(r.reportState)) {
      out.push({
        id: `supervisor_overdue_${r.unitCode}`,
        severity: 'warning',
        title: r.reportState === 'never' ? `${r.name}逾期未报送（从未报送）` : `${r.name}逾期未报送`,
        detail:
          r.reportState === 'never'
            ? `${r.registeredAt.slice(0, 10)} 登记为下级单位，已超过报送周期 ${r.intervalDays} 天，尚未收到其全量或增量数据包。`
            : `距上次报送的数据日期已 ${r.daysSince} 天，超过报送周期 ${r.intervalDays} 天。`,
        ...landing(r.unitCode),
      });
    }
    if (r.annualState === 'overdue') {
      out.push({
        id: `supervisor_annual_${r.unitCode}`,
        severity: 'warning',
        title: `${r.name}未按期报送年度报告`,
        detail: r.lastAnnualYear ? `最近一次年度报告为 ${r.lastAnnualYear} 年度。` : '尚未收到年度报告。',
        ...landing(r.unitCode),
      });
    }
    return out;
  });

const incidents: AlertPart = ({ rows }) =>
  rows.flatMap((r): Reminder[] => {
    if (!r.incidentsThisYear) return [];
    const late = r.lateIncidentsThisYear ?? 0;
    return [
      {
        id: `supervisor_incidents_${r.unitCode}`,
        severity: late ? 'danger' : 'info',
        title: late
          ? `${r.name}有 ${late} 起泄密事件未在 24 小时内报告`
          : `${r.name}今年报告泄密事件 ${r.incidentsThisYear} 起`,
        detail: late
          ? `今年共 ${r.incidentsThisYear} 起，其中 ${late} 起超过 24 小时才报告或至今未报告（实施条例第六十一条）。`
          : '均已在发现后 24 小时内报告。请查看该单位的事件及处理情况。',
        ...landing(r.unitCode),
      },
    ];
  });

const loans: AlertPart = ({ rows, overdueLoanAlert }) =>
  rows.flatMap((r): Reminder[] => {
    const n = (r.overdueLoans ?? 0) + (r.overdueDeviceLoans ?? 0);
    if (n < overdueLoanAlert) return [];
    return [
      {
        id: `supervisor_loans_${r.unitCode}`,
        severity: 'warning',
        title: `${r.name}逾期未归还 ${n} 件`,
        detail: `涉密载体 ${r.overdueLoans ?? 0} 件、设备与存储介质 ${r.overdueDeviceLoans ?? 0} 件借出或携带外出已过归还日期（提醒阈值 ${overdueLoanAlert} 件）。`,
        ...landing(r.unitCode),
      },
    ];
  });

const keyChanged: AlertPart = ({ rows, restartedSince }) =>
  rows.flatMap((r): Reminder[] => {
    const at = restartedSince(r.unitCode);
    if (!at && !r.awaitingFull) return [];
    return [
      {
        id: `supervisor_key_${r.unitCode}`,
        severity: r.awaitingFull ? 'warning' : 'info',
        title: `${r.name}的密钥已更换（第 ${r.chain} 报送序列）`,
        detail: r.awaitingFull
          ? '已重新建立报送关系，正在等待该单位的全量报送。'
          : `${(at ?? '').slice(0, 10)} 重新建立报送关系，新的报送序列已开始。`,
        ...landing(r.unitCode),
      },
    ];
  });

/**
 * Notices sent down and not yet answered: not yet shown received in a later package, or a 整改通知 whose findings
 * are still open. An 意见 or a 备案 needs no more than its receipt. One alert per unit; a finding past its deadline
 * makes it a warning.
 */
const notices: AlertPart = ({ rows, open }) =>
  rows.flatMap((r): Reminder[] => {
    const list = open.get(r.unitCode) ?? [];
    if (!list.length) return [];
    const unseen = list.filter((n) => n.state === 'sent').length;
    const late = list.reduce((k, n) => k + n.late, 0);
    const parts = [
      unseen ? `${unseen} 份尚未见该单位收到` : '',
      list.length - unseen ? `${list.length - unseen} 份整改通知仍在整改中` : '',
      late ? `其中 ${late} 项已过整改期限` : '',
    ].filter(Boolean);
    return [
      {
        id: `supervisor_notice_${r.unitCode}`,
        severity: late ? 'warning' : 'info',
        title: `${r.name}有 ${list.length} 份通知尚未答复`,
        detail: `${parts.join('，')}（最早一份：${list[list.length - 1]?.title ?? ''}）。`,
        ...landing(r.unitCode),
      },
    ];
  });

/** The parts, in the order the home page lists them within a severity. */
export const ALERT_PARTS: AlertPart[] = [overdue, incidents, loans, keyChanged, notices];

export const supervisorAlerts: ReminderSource = (core, now) => {
  const { db, account } = core.session();
  if (unitInfo(db).mode !== 'supervisor' || !can(account.role, 'register:read', core.adminMode())) return [];
  const since = new Date(now.getTime() - KEY_CHANGE_DAYS * 86_400_000).toISOString();
  const restarted = new Map(
    db.$client
      .prepare('SELECT unit_code, restarted_at FROM supervision_units WHERE restarted_at >= ?')
      .raw(true)
      .all(since) as [string, string][],
  );
  // The units' figures read once: the comparison rows and the notices' answers both come from them.
  const figures = readFigures(db.$client, today(core.clock));
  const ctx: AlertContext = {
    core,
    rows: comparisonRows(core, figures),
    open: openNotices(db.$client, figures, today(core.clock)),
    overdueLoanAlert: defaultsOf(db).overdueLoanAlert,
    restartedSince: (u) => restarted.get(u) ?? null,
  };
  return ALERT_PARTS.flatMap((part) => part(ctx));
};
