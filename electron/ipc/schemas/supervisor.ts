// The supervisor's side (issue 25): the comparison table, a unit's package history, cross-unit search,
// reporting intervals and 重新建立报送关系.
import { z } from 'zod';
import type { AnnualState, PackageState, ReportState } from '../../../db/domain/vocab';
import type { ConsolidatedFigures } from './exchange';
import { PageInput, requiredText } from './common';
import { unitCode } from './exchange';

export interface ComparisonRow {
  unitCode: string;
  name: string;
  /** 1 for the first reporting chain; more after each 重新建立报送关系. */
  chain: number;
  /** Restarted and waiting for the full package that opens the new chain. */
  awaitingFull: boolean;
  /** The data date: when the unit made its last full or incremental package (its clock). */
  lastDataAt: string | null;
  lastProfile: string | null;
  daysSince: number | null;
  intervalDays: number;
  /** Whether the interval is the unit's own (else the default). */
  ownInterval: boolean;
  reportState: ReportState;
  /** When the unit's key was registered here: a unit that never reported owes its first report from then. */
  registeredAt: string;
  lastAnnualYear: number | null;
  annualState: AnnualState;
  /** The registers the unit has reported (ids). */
  registers: string[];
  /** Null while the unit has not reported the register the figure comes from. */
  carriers: number | null;
  carriersByLevel: Record<string, number> | null;
  overdueLoans: number | null;
  peopleByClearance: Record<string, number> | null;
  inSeparation: number | null;
  openRectifications: number | null;
  overdueFindings: number | null;
  incidentsThisYear: number | null;
  lateIncidentsThisYear: number | null;
  devicesByLevel: Record<string, number> | null;
  /** Loans of devices and media out past their due date. */
  overdueDeviceLoans: number | null;
  /** From the latest 年度报告: 涉密人员 in post and how many of them are under the training floor. */
  training: { year: number; inPost: number; underFloor: number } | null;
}

export interface PackageHistoryRow {
  state: PackageState;
  chain: number | null;
  seq: number | null;
  profile: string | null;
  createdAt: string | null;
  receivedAt: string | null;
  bytes: number | null;
  counts: Record<string, number> | null;
  packageHash: string | null;
  fileName: string | null;
  refusal: string | null;
  message: string | null;
}

export interface SearchHit {
  unitCode: string;
  unitName: string;
  register: string;
  recordId: string;
  title: string;
  detail: string;
}

export interface SupervisionDefaults {
  reportIntervalDays: number;
  /** MM-DD of the following year. */
  annualDue: string;
  dueSoonDays: number;
  /** A unit with this many loans past due (carriers and devices) is an alert on the home page. */
  overdueLoanAlert: number;
}

export const UnitRecordsSearchInput = PageInput.extend({
  unitCode,
  register: requiredText('台账', 60),
  /** Words to look for anywhere in the record. */
  q: z.string().trim().max(100).optional(),
  /** A replaced chain's records instead of the current ones. */
  chain: z.number().int().min(1).optional(),
});

export const SearchInput = z.object({
  q: z.string({ error: '请输入要查找的内容' }).trim().min(2, '请至少输入两个字').max(100),
  limit: z.number().int().min(1).max(500).default(100),
});

const days = z.number({ error: '请填写报送周期' }).int().min(1, '至少 1 天').max(400, '不超过 400 天');

export const UnitIntervalInput = z.object({
  unitCode,
  /** Null: use the default again. */
  days: days.nullable(),
});

export const DefaultsInput = z.object({
  reportIntervalDays: days.optional(),
  annualDue: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, '年度报告截止日期格式为 月-日，如 01-31')
    .optional(),
  dueSoonDays: z.number().int().min(0, '提前提醒天数不能为负').max(60, '提前提醒不超过 60 天').optional(),
  overdueLoanAlert: z
    .number({ error: '请填写逾期未归还提醒阈值' })
    .int('逾期未归还提醒阈值应为整数')
    .min(1, '逾期未归还提醒阈值至少 1 件')
    .max(10_000, '逾期未归还提醒阈值不超过 10000 件')
    .optional(),
});

export const ResetInput = z.object({
  unitCode,
  path: requiredText('公钥文件', 1000),
  fingerprint: requiredText('指纹', 100),
  reason: requiredText('原因', 200),
});

/** 下级单位保密工作情况汇总表 and the year's consolidated 年度报告 (issue 25, point 7). */
export interface SupervisorReport {
  date: string;
  supervisor: string;
  rows: ComparisonRow[];
  figures: ConsolidatedFigures;
  /** Units overdue or never reported, named on the report. */
  notReported: { unitCode: string; name: string; reportState: ReportState; daysSince: number | null }[];
  annual: {
    year: number;
    reported: { unitCode: string; name: string }[];
    missing: { unitCode: string; name: string }[];
    figures: Record<string, number | Record<string, number>>;
  };
}

const reportYear = z.number().int().min(2000, '年度应在 2000–2100 之间').max(2100, '年度应在 2000–2100 之间');

export const ReportInput = z.object({ year: reportYear.optional() });

export const ReportXlsxInput = z.object({
  year: reportYear.optional(),
  outPath: requiredText('保存位置', 1000),
});

/** One unit's open findings past their deadline and its incidents with their report times. */
export interface UnitIssues {
  findings: {
    id: string;
    area: string | null;
    severity: string | null;
    department: string | null;
    deadline: string;
    status: string;
    daysOver: number;
  }[];
  incidents: {
    id: string;
    title: string;
    discoveredAt: string | null;
    reportedAt: string | null;
    status: string | null;
    late: boolean;
  }[];
}
