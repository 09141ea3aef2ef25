// ---- 保密审查 (law art. 35/37, regulation art. 42), 要害部门部位 (law art. 39, regulation art. 31), 保密委员会 and
// 涉密会议与活动 (law art. 38, regulation art. 45) — REFERENCE.md §2.1, §2.6 ----

/** 用途: where the information is going. `abroad` (向境外提供, law art. 37) always needs the leader and a basis. */
export const REVIEW_PURPOSES = [
  'disclosure',
  'website',
  'press',
  'publication',
  'exhibition',
  'external',
  'abroad',
  'other',
] as const;
export type ReviewPurpose = (typeof REVIEW_PURPOSES)[number];

/** 部门初审 → 保密办审查 → (专家意见) → 单位领导签批 (→ 保密委员会 where the unit sets so). */
export const REVIEW_STEPS = ['dept', 'office', 'expert', 'leader', 'committee'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const REVIEW_STATUSES = ['in_review', 'decided', 'withdrawn'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** 同意公开 / 删改后公开 / 不予公开 / 按涉密办理 (then it becomes a carrier, linked). */
export const REVIEW_OUTCOMES = ['publish', 'publish_amended', 'withhold', 'classified'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** 要害部门 (an organ dealing with 绝密 or much 机密/秘密) or 要害部位 (a place keeping carriers). */
export const KEY_SITE_KINDS = ['department', 'place'] as const;
export type KeySiteKind = (typeof KEY_SITE_KINDS)[number];

/** 申报 → 保密委员会审定 → (撤销). */
export const KEY_SITE_STATUSES = ['proposed', 'approved', 'rejected', 'revoked'] as const;
export type KeySiteStatus = (typeof KEY_SITE_STATUSES)[number];

/** 人防 / 物防 / 技防. */
export const PROTECTION_CATEGORIES = ['manual', 'physical', 'technical'] as const;
export type ProtectionCategory = (typeof PROTECTION_CATEGORIES)[number];

export const SITE_CHECK_RESULTS = ['ok', 'issues'] as const;
export type SiteCheckResult = (typeof SITE_CHECK_RESULTS)[number];

/** 保密委员会/领导小组: 主任, 副主任, 委员, 保密办负责人. */
export const COMMITTEE_ROLES = ['chair', 'vice_chair', 'member', 'office_head'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** A tracked task of the committee: a meeting's decision or an item of the year's plan. */
export const TASK_KINDS = ['decision', 'plan_item'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** 涉密会议, 外单位参观考察, 参展: activities of the same kind (regulation art. 45). */
export const MEETING_KINDS = ['meeting', 'visit', 'exhibition'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'approved', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** 保密工作档案: 文件, 通报, 备忘录, 会议记录, 检查报告, 总结. */
export const ARCHIVE_KINDS = [
  'document',
  'bulletin',
  'memo',
  'minutes',
  'inspection_report',
  'summary',
] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/**
 * 领导干部履行保密工作责任制情况检查表 (regulation art. 6): the items of the 责任制 a leader is checked on each
 * year — 主要负责人负总责, 分管负责人负领导责任, "管业务必须管保密" — in the order the sheet prints them.
 */
export const LEADER_DUTIES = [
  'lead_responsibility',
  'study_deploy',
  'committee_meetings',
  'rules',
  'business_secrecy',
  'training',
  'inspection',
  'own_conduct',
] as const;
export type LeaderDuty = (typeof LEADER_DUTIES)[number];

/** How one item of the 责任制 was carried out: 落实, 基本落实, 未落实. */
export const DUTY_RATINGS = ['done', 'partly', 'not_done'] as const;
export type DutyRating = (typeof DUTY_RATINGS)[number];

/** The overall 评价 of a leader's year: 好, 较好, 一般, 差 (as 年度考评 grades it). */
export const LEADER_GRADES = ['good', 'fair', 'average', 'poor'] as const;
export type LeaderGrade = (typeof LEADER_GRADES)[number];
