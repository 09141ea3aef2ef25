// 保密教育培训, 年度考核, 奖惩 and 保密协议 (issue 16): the codes; their Chinese in ../labels/trainings.ts.

/** 形式 of a training session (the forms the regulations and units name). */
export const SESSION_FORMS = [
  'group_study',
  'lecture',
  'special',
  'warning',
  'superior',
  'online_exam',
  'publicity_month',
  'foreign_affairs',
  'other',
] as const;
export type SessionForm = (typeof SESSION_FORMS)[number];

/** A session is planned in the 年度学习计划, then held (or cancelled). */
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** 出席 / 缺席 (with its reason) / 补学. */
export const ATTENDANCE_STATUSES = ['present', 'absent', 'make_up'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** 年度考核 of a 涉密人员, of the 保密员, a 专项考核 at any time, and the 考核 that closes a 岗前培训. */
export const APPRAISAL_KINDS = ['annual', 'clerk_annual', 'special', 'pre_post'] as const;
export type AppraisalKind = (typeof APPRAISAL_KINDS)[number];

/** 结果: 优秀 / 合格 / 基本合格 / 不合格. */
export const APPRAISAL_RESULTS = ['excellent', 'pass', 'basic_pass', 'fail'] as const;
export type AppraisalResult = (typeof APPRAISAL_RESULTS)[number];

/** 奖 or 惩. */
export const SANCTION_KINDS = ['reward', 'penalty'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** Who approved a 奖惩: the 保密委员会 or the 保密工作领导小组. */
export const SANCTION_APPROVERS = ['committee', 'leading_group'] as const;
export type SanctionApprover = (typeof SANCTION_APPROVERS)[number];

/** 保密协议 kinds beside the 保密承诺书 the persons register keeps. */
export const AGREEMENT_KINDS = ['tech_secrecy', 'ip_protection', 'non_compete', 'partner'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The default cap of a 竞业限制 (the seeds: up to three years); the unit may set a shorter one. */
export const NON_COMPETE_MAX_YEARS = 3;
