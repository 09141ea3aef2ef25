import type * as V from '../vocab';
// ---- The supervisor's view of its units (issue 25) ----

export const REPORT_STATE_LABELS: Record<V.ReportState, string> = {
  on_time: '按时',
  due_soon: '即将到期',
  overdue: '逾期未报',
  never: '从未报送',
  awaiting_first: '待首次报送',
};

export const ANNUAL_STATE_LABELS: Record<V.AnnualState, string> = {
  received: '已报送',
  not_due: '未到报送期',
  due_soon: '即将到期',
  overdue: '逾期未报',
};

export const PACKAGE_STATE_LABELS: Record<V.PackageState, string> = {
  imported: '已导入',
  replaced: '已被替换',
  refused: '已拒收',
};
