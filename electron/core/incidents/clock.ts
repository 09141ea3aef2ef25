// The 24-hour clock of regulation art. 61, read in the core so every screen, print and reminder says the same:
// from the moment the incident is recorded as discovered, 24 real hours to report to the 同级保密行政管理部门
// and to the 上级主管部门. A report after that is late and says so; one not yet made past it is overdue.
import { REPORT_RECIPIENTS, type ReportRecipient } from '../../../db/domain/vocab';
import type { ReportClock } from '../../ipc/schemas/incidents';

export const REPORT_WINDOW_MS = 24 * 3_600_000;

export function reportDeadline(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + REPORT_WINDOW_MS).toISOString();
}

/** Whether a report at `reportedAt` came after the 24 hours (the deadline instant itself is still in time). */
export function reportLate(discoveredAt: string, reportedAt: string): boolean {
  return Date.parse(reportedAt) > Date.parse(discoveredAt) + REPORT_WINDOW_MS;
}

export function reportClock(
  discoveredAt: string,
  reports: { recipient: ReportRecipient; reportedAt: string }[],
  now: Date,
): ReportClock {
  const deadline = Date.parse(discoveredAt) + REPORT_WINDOW_MS;
  const first = {} as ReportClock['reports'];
  for (const r of REPORT_RECIPIENTS) {
    const times = reports.filter((x) => x.recipient === r).map((x) => Date.parse(x.reportedAt));
    if (times.length === 0) {
      first[r] = null;
      continue;
    }
    const at = Math.min(...times);
    first[r] = {
      reportedAt: new Date(at).toISOString(),
      late: at > deadline,
      lateByMs: Math.max(0, at - deadline),
    };
  }
  const all = REPORT_RECIPIENTS.every((r) => first[r] !== null);
  const anyLate = REPORT_RECIPIENTS.some((r) => first[r]?.late === true);
  const msLeft = deadline - now.getTime();
  // Past the deadline with a report missing is overdue even if the other one was made in time.
  const state = all ? (anyLate ? 'late' : 'on_time') : msLeft < 0 ? 'overdue' : 'running';
  return { discoveredAt, deadlineAt: new Date(deadline).toISOString(), state, msLeft, reports: first };
}

/** "23 小时 05 分" for a span, as the clock and the reminders show it. */
export function spanText(ms: number): string {
  const m = Math.floor(Math.abs(ms) / 60_000);
  return `${Math.floor(m / 60)} 小时 ${String(m % 60).padStart(2, '0')} 分`;
}
