// ---- 泄密事件/违规 (regulation arts. 60–61, REFERENCE.md §2.1 失泄密事件查处, §2.6 泄密事件报告登记表) ----

/** 已泄露 / 可能泄露 (art. 61 asks the report for both) / 违规行为 without a leak. */
export const INCIDENT_KINDS = ['leak', 'possible_leak', 'violation'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/**
 * 待报告 until both reports of art. 61 are recorded, then 查处中, then 已结案 (only once reported and with its
 * 处理结果). Whether a report was late is read from the times, never stored.
 */
export const INCIDENT_STATUSES = ['open', 'reported', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Art. 61: the 同级保密行政管理部门 and the 上级主管部门, each within 24 hours. */
export const REPORT_RECIPIENTS = ['bureau', 'superior'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

export const REPORT_METHODS = ['written', 'phone', 'in_person', 'other'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];

/** 案件性质. */
export const INCIDENT_NATURES = ['intentional', 'negligent'] as const;
export type IncidentNature = (typeof INCIDENT_NATURES)[number];

/** 责任单位性质 (BMP 案件). */
export const RESPONSIBLE_UNIT_NATURES = [
  'organ',
  'institution',
  'state_enterprise',
  'other_enterprise',
  'other',
] as const;
export type ResponsibleUnitNature = (typeof RESPONSIBLE_UNIT_NATURES)[number];

/**
 * What is added to an incident after it is opened, each an entry of its own that is never changed: 补救措施
 * (time, who), 危害评估, 查找情况, 部门意见, 保密委员会意见, 处理结果 and 责任追究, the written notice of the
 * 处理结果 to the bureau (art. 60), and corrections of the record once it has been reported.
 */
export const INCIDENT_ENTRY_KINDS = [
  'remedy',
  'harm',
  'search',
  'dept_opinion',
  'committee_opinion',
  'result',
  'result_notice',
  'correction',
] as const;
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

/** What an incident is linked to: a carrier, a device or medium, a person, an inventory discrepancy. */
export const INCIDENT_LINK_KINDS = ['carrier', 'device', 'person', 'inventory_line'] as const;
export type IncidentLinkKind = (typeof INCIDENT_LINK_KINDS)[number];

/** The 24-hour clock of art. 61 as the core reads it. */
export const REPORT_CLOCK_STATES = ['running', 'overdue', 'on_time', 'late'] as const;
export type ReportClockState = (typeof REPORT_CLOCK_STATES)[number];
