// ---- The supervisor's view of its units (issue 25) ----

/**
 * Where a unit's reporting stands: in time, due within days, past its interval; never reported and past its
 * interval from its registration (`never`, overdue too), or registered lately and its first report not yet due.
 */
export const REPORT_STATES = ['on_time', 'due_soon', 'overdue', 'never', 'awaiting_first'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** The states counted as 逾期未报送 everywhere (alerts, counts, the 汇总表's list of units not reported). */
export const reportOverdue = (s: ReportState): boolean => s === 'overdue' || s === 'never';

/** Where the 年度报告 of last year stands, on its own clock (due by default on 1 月 31 日). */
export const ANNUAL_STATES = ['received', 'not_due', 'due_soon', 'overdue'] as const;
export type AnnualState = (typeof ANNUAL_STATES)[number];

/** A package in a unit's history: imported in the current chain, in a replaced chain, or refused. */
export const PACKAGE_STATES = ['imported', 'replaced', 'refused'] as const;
export type PackageState = (typeof PACKAGE_STATES)[number];
