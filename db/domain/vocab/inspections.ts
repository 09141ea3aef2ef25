// ---- 保密检查与整改 (regulation arts. 58–59, REFERENCE.md §2.1 保密监督检查, §2.6 自查表) ----

/**
 * Kinds of check: 部门/个人 自查 (monthly by default), 抽查, 专项检查, 联合检查 (组织人事保密联合检查),
 * 年度自查自评 (art. 58), and 上级检查 by the bureau or a superior unit, recorded with its 检查意见 (art. 59).
 */
export const CHECK_KINDS = [
  'self_dept',
  'self_person',
  'spot',
  'special',
  'joint',
  'annual',
  'superior',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The 13 areas of regulation art. 58, in the article's order: the skeleton of every checklist. */
export const CHECK_AREAS = [
  'responsibility',
  'rules',
  'training',
  'personnel',
  'classification',
  'carriers',
  'systems',
  'internet',
  'key_sites',
  'procurement',
  'meetings',
  'publication',
  'other',
] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];

/** 符合 / 不符合 / 不适用 (keys 1 / 2 / 3 in the checklist form, in this order). */
export const CHECK_ANSWERS = ['pass', 'fail', 'na'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export const CHECK_STATUSES = ['open', 'closed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** How often a kind of check falls due (a unit setting per kind); `none` for checks held when needed. */
export const CHECK_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'none'] as const;
export type CheckFrequency = (typeof CHECK_FREQUENCIES)[number];

export const FINDING_SEVERITIES = ['minor', 'serious', 'major'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * A finding's stored state: 待整改 → 整改中 → 待验收 → 已整改, or 已结转 (carried over when its check closes).
 * 逾期 is never stored: it is read from the deadline, like a carrier's 已到期, so it turns red on the day after
 * the deadline without a job flipping it, and stays red until the finding is closed.
 */
export const FINDING_STATUSES = ['pending', 'rectifying', 'to_verify', 'closed', 'carried_over'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What the findings board shows: the stored state, or 逾期 where the deadline has passed. */
export const FINDING_STATES = [...FINDING_STATUSES, 'overdue'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export const FINDING_EVENT_KINDS = [
  'found',
  'assigned',
  'started',
  'submitted',
  'returned',
  'verified',
  'carried_over',
] as const;
export type FindingEventKind = (typeof FINDING_EVENT_KINDS)[number];
