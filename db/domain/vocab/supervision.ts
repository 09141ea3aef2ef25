// ---- The supervisor's view of its units (issue 25) ----

/** Where a unit's reporting stands: in time, due within days, past its interval, or never reported. */
export const REPORT_STATES = ['on_time', 'due_soon', 'overdue', 'never'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Where the 年度报告 of last year stands, on its own clock (due by default on 1 月 31 日). */
export const ANNUAL_STATES = ['received', 'not_due', 'due_soon', 'overdue'] as const;
export type AnnualState = (typeof ANNUAL_STATES)[number];

/** A package in a unit's history: imported in the current chain, in a replaced chain, or refused. */
export const PACKAGE_STATES = ['imported', 'replaced', 'refused'] as const;
export type PackageState = (typeof PACKAGE_STATES)[number];
