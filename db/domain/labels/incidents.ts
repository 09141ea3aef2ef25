import type * as V from '../vocab';
// ---- 泄密事件/违规 ----

export const INCIDENT_KIND_LABELS: Record<V.IncidentKind, string> = {
  leak: '泄密事件',
  possible_leak: '可能泄密',
  violation: '违规行为',
};

export const INCIDENT_STATUS_LABELS: Record<V.IncidentStatus, string> = {
  open: '待报告',
  reported: '查处中',
  closed: '已结案',
};

export const REPORT_RECIPIENT_LABELS: Record<V.ReportRecipient, string> = {
  bureau: '同级保密行政管理部门',
  superior: '上级主管部门',
};

export const REPORT_METHOD_LABELS: Record<V.ReportMethod, string> = {
  written: '书面报告',
  phone: '电话报告',
  in_person: '当面报告',
  other: '其他方式',
};

export const INCIDENT_NATURE_LABELS: Record<V.IncidentNature, string> = {
  intentional: '故意',
  negligent: '过失',
};

export const RESPONSIBLE_UNIT_NATURE_LABELS: Record<V.ResponsibleUnitNature, string> = {
  organ: '党政机关',
  institution: '事业单位',
  state_enterprise: '国有企业',
  other_enterprise: '其他企业',
  other: '其他',
};

export const INCIDENT_ENTRY_LABELS: Record<V.IncidentEntryKind, string> = {
  remedy: '补救措施',
  harm: '危害评估',
  search: '查找情况',
  dept_opinion: '部门意见',
  committee_opinion: '保密委员会意见',
  result: '处理结果及责任追究',
  result_notice: '处理结果书面告知',
  correction: '更正',
};

export const INCIDENT_LINK_LABELS: Record<V.IncidentLinkKind, string> = {
  carrier: '涉密载体',
  device: '设备/介质',
  person: '人员',
  inventory_line: '清点差异',
};

export const REPORT_CLOCK_LABELS: Record<V.ReportClockState, string> = {
  running: '24小时内待报告',
  overdue: '已超过24小时未报告',
  on_time: '已按时报告',
  late: '迟报',
};
