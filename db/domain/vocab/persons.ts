import type { NationalLevel } from './unit';

// ---- Personnel (涉密人员) — DOMAIN.md "Personnel", REFERENCE.md §2.2, law arts. 43–46, regulation arts. 50–54 ----

/** 涉密等级 of a person: 核心 / 重要 / 一般, highest first. */
export const CLEARANCES = ['core', 'important', 'general'] as const;
export type Clearance = (typeof CLEARANCES)[number];

export const CLEARANCE_RANK: Record<Clearance, number> = { core: 3, important: 2, general: 1 };

/** A post's level gives the clearance of whoever holds it: 绝密 ↔ 核心, 机密 ↔ 重要, 秘密 ↔ 一般. */
export const CLEARANCE_FOR_LEVEL: Record<NationalLevel, Clearance> = {
  top_secret: 'core',
  secret: 'important',
  confidential: 'general',
};

/**
 * The longest 脱密期 a unit may set for everyone of a clearance, in whole years: the top of the published
 * ranges (核心 3–5, 重要 2–3, 一般 1–2 years). A longer period for one person is an extension, approved and
 * recorded on that person; the shortest is one year, as no range goes below it.
 */
export const SEPARATION_YEARS_MAX: Record<Clearance, number> = { core: 5, important: 3, general: 2 };

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * A person's stored status: 拟任 / 在岗 / 离岗脱密期 / 调离 / 离职 / 退休 / 未通过审查. 脱密期满 (`released`) is
 * never stored for someone still in `separation`: it is computed on read from the end date, like a carrier's
 * 已到期, so no job has to flip it at midnight.
 */
export const PERSON_STATUSES = [
  'proposed',
  'in_post',
  'separation',
  'released',
  'transferred',
  'resigned',
  'retired',
  'rejected',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** The four steps of a clearance decision, in their only order (部门提名 → 部门负责人审核 → 单位领导审批 → 备案). */
export const CLEARANCE_STEPS = ['nominate', 'dept_review', 'leader_approve', 'file'] as const;
export type ClearanceStep = (typeof CLEARANCE_STEPS)[number];
export const CLEARANCE_DECISION_STATUSES = ['open', 'filed', 'rejected'] as const;
export type ClearanceDecisionStatus = (typeof CLEARANCE_DECISION_STATUSES)[number];

/** 审查: before posting, or a periodic 复审 (regulation art. 50). */
export const VETTING_KINDS = ['initial', 'review'] as const;
export type VettingKind = (typeof VETTING_KINDS)[number];
export const VETTING_RESULTS = ['passed', 'failed'] as const;
export type VettingResult = (typeof VETTING_RESULTS)[number];

/** 岗前培训 (required before posting), the yearly training, other sessions. */
export const TRAINING_KINDS = ['pre_post', 'annual', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** 保密承诺书 at 上岗 / 在岗 / 离岗 / 出国(境), and the yearly 保密责任书. */
export const PLEDGE_KINDS = ['onboarding', 'in_post', 'leaving', 'travel', 'responsibility_letter'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** 因私出国(境): applied → 部门领导 → 保密委员会 → (education, pledge) → departed → returned; or refused. */
export const TRAVEL_STATUSES = [
  'applied',
  'dept_approved',
  'approved',
  'refused',
  'departed',
  'returned',
  'cancelled',
] as const;
export type TravelStatus = (typeof TRAVEL_STATUSES)[number];
export const TRAVEL_STEPS = ['dept_leader', 'committee'] as const;
export type TravelStep = (typeof TRAVEL_STEPS)[number];

/** 因私证照 held by the unit (护照, 港澳通行证, 台湾通行证). */
export const PASSPORT_KINDS = ['passport', 'hk_macau', 'taiwan'] as const;
export type PassportKind = (typeof PASSPORT_KINDS)[number];

/** 离岗 (to a non-classified post), 离职, 退休, 调动. */
export const LEAVING_KINDS = ['off_post', 'resign', 'retire', 'transfer'] as const;
export type LeavingKind = (typeof LEAVING_KINDS)[number];
export const LEAVING_STATUSES = ['open', 'approved', 'cancelled'] as const;
export type LeavingStatus = (typeof LEAVING_STATUSES)[number];
/** The recorded steps of the leaving procedure (regulation art. 53), before the approval. */
export const LEAVING_STEPS = ['talk', 'carriers', 'devices', 'account', 'pledge'] as const;
export type LeavingStep = (typeof LEAVING_STEPS)[number];

/** Leaving the unit for good after (or, with an exception, during) the separation period. */
export const DEPARTURE_KINDS = ['transfer', 'resign', 'retire'] as const;
export type DepartureKind = (typeof DEPARTURE_KINDS)[number];

/** Rows of a person's history (the dynamic personnel file, kept forever). */
export const PERSON_EVENT_KINDS = [
  'create',
  'edit',
  'post_add',
  'post_end',
  'clearance_step',
  'clearance',
  'vetting',
  'training',
  'pledge',
  'posted',
  'travel',
  'leaving',
  'separation_extend',
  'departure',
  'account_link',
] as const;
export type PersonEventKind = (typeof PERSON_EVENT_KINDS)[number];

/** A month's 保密津贴 statement: a draft until it is finalised. */
export const ALLOWANCE_STATUSES = ['draft', 'final'] as const;
export type AllowanceStatus = (typeof ALLOWANCE_STATUSES)[number];

/** Register filter "due": 复审 due, in the separation period, separation ending soon. */
export const PERSON_DUE_FILTERS = ['vetting_due', 'in_separation', 'separation_ending'] as const;
export type PersonDueFilter = (typeof PERSON_DUE_FILTERS)[number];

export const PERSON_SORT_FIELDS = ['name', 'department', 'clearance', 'clearedOn'] as const;
export type PersonSortField = (typeof PERSON_SORT_FIELDS)[number];
