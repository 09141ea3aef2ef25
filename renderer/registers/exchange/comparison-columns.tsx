// The columns of the comparison table (issue 25): each a figure the units report, in 中文, sortable, with its
// threshold highlighted; a column appears once any unit reports the register it comes from.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ComparisonRow } from '../../../electron/ipc/contract';
import {
  ANNUAL_STATE_LABELS,
  CLEARANCE_LABELS,
  EXCHANGE_PROFILE_LABELS,
  LEVEL_LABELS,
  REPORT_STATE_LABELS,
} from '../../../db/domain/labels';
import { tableDate } from '../../i18n/format';

export interface ComparisonColumn {
  key: string;
  title: string;
  /** Shown only when some unit has a value for it. */
  value?: (r: ComparisonRow) => number | null;
  sort: (a: ComparisonRow, b: ComparisonRow) => number;
  render: (r: ComparisonRow) => ReactNode;
}

const STATE_COLOR: Record<string, string> = {
  on_time: 'green',
  received: 'green',
  due_soon: 'orange',
  overdue: 'red',
  // Never reported and past its interval from registration: overdue too.
  never: 'red',
  awaiting_first: 'default',
  not_due: 'default',
};

const byNumber = (f: (r: ComparisonRow) => number | null) => (a: ComparisonRow, b: ComparisonRow) =>
  (f(a) ?? -1) - (f(b) ?? -1);

/** A count, red when above its threshold (0: any is too many). */
function alarm(n: number | null, over = 0): ReactNode {
  if (n === null) return '未报送';
  return n > over ? <Tag color="red">{n}</Tag> : String(n);
}

function spread(m: Record<string, number> | null, labels: Record<string, string>): string {
  if (!m) return '未报送';
  return (
    Object.keys(labels)
      .filter((k) => m[k])
      .map((k) => `${labels[k]} ${m[k]}`)
      .join('，') || '无'
  );
}

const total = (m: Record<string, number> | null) =>
  m === null ? null : Object.values(m).reduce((a, b) => a + b, 0);

export const COMPARISON_COLUMNS: ComparisonColumn[] = [
  {
    key: 'lastDataAt',
    title: '最近报送（数据日期）',
    sort: (a, b) => (a.lastDataAt ?? '').localeCompare(b.lastDataAt ?? ''),
    render: (r) =>
      r.lastDataAt
        ? `${tableDate(r.lastDataAt)}（${EXCHANGE_PROFILE_LABELS[r.lastProfile as keyof typeof EXCHANGE_PROFILE_LABELS] ?? ''}）`
        : '从未报送',
  },
  {
    key: 'daysSince',
    title: '距今（天）',
    sort: byNumber((r) => r.daysSince),
    render: (r) => (r.daysSince === null ? '—' : `${r.daysSince}（周期 ${r.intervalDays}）`),
  },
  {
    key: 'reportState',
    title: '报送状态',
    sort: (a, b) => a.reportState.localeCompare(b.reportState),
    render: (r) => (
      <Tag color={STATE_COLOR[r.reportState]}>
        {r.awaitingFull ? '待全量报送' : REPORT_STATE_LABELS[r.reportState]}
      </Tag>
    ),
  },
  {
    key: 'annualState',
    title: '年度报告',
    sort: (a, b) => a.annualState.localeCompare(b.annualState),
    render: (r) => <Tag color={STATE_COLOR[r.annualState]}>{ANNUAL_STATE_LABELS[r.annualState]}</Tag>,
  },
  {
    key: 'carriers',
    title: '载体（按密级）',
    value: (r) => r.carriers,
    sort: byNumber((r) => r.carriers),
    render: (r) =>
      r.carriers === null ? '未报送' : `${r.carriers}：${spread(r.carriersByLevel, LEVEL_LABELS)}`,
  },
  {
    key: 'overdueLoans',
    title: '借出逾期',
    value: (r) => r.overdueLoans,
    sort: byNumber((r) => r.overdueLoans),
    render: (r) => alarm(r.overdueLoans),
  },
  {
    key: 'people',
    title: '涉密人员（核心/重要/一般）',
    value: (r) => total(r.peopleByClearance),
    sort: byNumber((r) => total(r.peopleByClearance)),
    render: (r) => spread(r.peopleByClearance, CLEARANCE_LABELS),
  },
  {
    key: 'inSeparation',
    title: '脱密期内',
    value: (r) => r.inSeparation,
    sort: byNumber((r) => r.inSeparation),
    render: (r) => (r.inSeparation === null ? '未报送' : String(r.inSeparation)),
  },
  {
    key: 'openRectifications',
    title: '未完成整改（逾期）',
    value: (r) => r.openRectifications,
    sort: byNumber((r) => r.openRectifications),
    render: (r) =>
      r.openRectifications === null ? (
        '未报送'
      ) : (
        <>
          {r.openRectifications}（逾期 {alarm(r.overdueFindings)}）
        </>
      ),
  },
  {
    key: 'incidents',
    title: '本年泄密事件（超24小时报告）',
    value: (r) => r.incidentsThisYear,
    sort: byNumber((r) => r.incidentsThisYear),
    render: (r) =>
      r.incidentsThisYear === null ? (
        '未报送'
      ) : (
        <>
          {r.incidentsThisYear}（迟报 {alarm(r.lateIncidentsThisYear)}）
        </>
      ),
  },
  {
    key: 'devices',
    title: '设备与介质（按密级）',
    value: (r) => total(r.devicesByLevel),
    sort: byNumber((r) => total(r.devicesByLevel)),
    render: (r) => spread(r.devicesByLevel, LEVEL_LABELS),
  },
  {
    // Issue 16: the share of 涉密人员 under the unit's training floor, from its latest 年度报告.
    key: 'training',
    title: '培训未达下限（年度报告）',
    value: (r) => (r.training ? r.training.underFloor : null),
    sort: byNumber((r) => (r.training?.inPost ? r.training.underFloor / r.training.inPost : null)),
    render: (r) =>
      r.training ? (
        <>
          {alarm(r.training.underFloor)} / {r.training.inPost} 人（
          {r.training.inPost ? Math.round((r.training.underFloor / r.training.inPost) * 100) : 0}%，
          {r.training.year} 年）
        </>
      ) : (
        '未报送'
      ),
  },
];
