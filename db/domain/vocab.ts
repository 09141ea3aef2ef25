// The vocabulary of DOMAIN.md as code identifiers. Their Chinese labels live in labels.ts beside this file, one
// table per list, read by the core, the CLI, xlsx, prints and the renderer alike.

/** National-secret levels, highest first, then the non-national ones. */
export const NATIONAL_LEVELS = ['top_secret', 'secret', 'confidential'] as const;
export type NationalLevel = (typeof NATIONAL_LEVELS)[number];

/** What the host PC itself may process (a standalone machine is 秘密 or 机密). */
export const HOST_LEVELS = ['secret', 'confidential'] as const;
export type HostLevel = (typeof HOST_LEVELS)[number];

export const UNIT_KINDS = ['organ', 'institution', 'enterprise'] as const; // 机关 / 事业单位 / 企业
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 三员 plus the clerk and the leader who approves. */
export const ROLES = ['clerk', 'leader', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** strict: 三员 are separate accounts (default for 机关); small: the clerk also administers. */
export const ADMIN_MODES = ['strict', 'small'] as const;
export type AdminMode = (typeof ADMIN_MODES)[number];

export const APP_MODES = ['unit', 'supervisor'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const APPROVAL_DECISIONS = ['approved', 'rejected'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/**
 * A request for approval filed in the app and decided by a 领导 with his own login: pending until decided;
 * an approved request is `used` by the one action it allows; the clerk may withdraw a pending one.
 */
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'used', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** What an approval is for; registers add their kinds here. */
export const APPROVAL_KINDS = [
  'borrow',
  'copy',
  'destroy',
  'carry_out',
  'leave',
  'travel',
  'clearance',
  'classify',
  'other',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/**
 * Every register of the unit's secrecy work (DOMAIN.md). `built` says whether this version has it;
 * the UI shows an honest "尚未开放" page for the others and `baomi stats` counts only built ones.
 */
export const REGISTERS = [
  { id: 'carriers', built: true },
  { id: 'classification_items', built: true },
  { id: 'persons', built: true },
  { id: 'private_travel', built: true },
  { id: 'allowance', built: true },
  { id: 'classified_devices', built: false },
  { id: 'classified_media', built: false },
  { id: 'usage_logs', built: false },
  { id: 'repairs', built: false },
  { id: 'trainings', built: false },
  { id: 'inspections', built: false },
  { id: 'incidents', built: false },
  { id: 'reviews', built: false },
  { id: 'key_sites', built: false },
  { id: 'committee', built: false },
  { id: 'approvals', built: true },
  { id: 'exchange', built: true },
] as const;
export type RegisterId = (typeof REGISTERS)[number]['id'];

/** The administration pages (each shown to the roles holding its actions). */
export const ADMIN_PAGES = ['accounts', 'settings', 'audit', 'backup'] as const;
export type AdminPage = (typeof ADMIN_PAGES)[number];

/**
 * Every page the clerk can be sent to (a reminder's 前往处理): a register, an administration page, or the
 * password change. A reminder naming any other page does not compile.
 */
export type PageId = RegisterId | AdminPage | 'password';
export const PAGE_IDS: readonly PageId[] = [...REGISTERS.map((r) => r.id), ...ADMIN_PAGES, 'password'];

// ---- Carriers (涉密载体) and 定密 — DOMAIN.md "Carriers", REFERENCE.md §2.3/§2.5 ----

/**
 * Every level a carrier may bear, most protected first: the three national levels, the enterprise commercial
 * levels (核心商密 / 普通商密, where configured), then 工作秘密 and 内部.
 */
export const CARRIER_LEVELS = [
  'top_secret',
  'secret',
  'confidential',
  'commercial_core',
  'commercial_general',
  'work_secret',
  'internal',
] as const;
export type CarrierLevel = (typeof CARRIER_LEVELS)[number];

/** Higher is more protected; sorting and "a copy never loosens its level" compare these. */
export const LEVEL_RANK: Record<CarrierLevel, number> = {
  top_secret: 7,
  secret: 6,
  confidential: 5,
  commercial_core: 4,
  commercial_general: 3,
  work_secret: 2,
  internal: 1,
};

/** Statutory maximum term in years by national level (law 2024 art. 20, "除另有规定外"). */
export const MAX_TERM_YEARS: Record<NationalLevel, number> = { top_secret: 30, secret: 20, confidential: 10 };

/** 类别: paper, optical disc, USB drive, hard disk, tape, sample (密品), other. */
export const CARRIER_TYPES = ['paper', 'cd', 'usb', 'disk', 'tape', 'sample', 'other'] as const;
export type CarrierType = (typeof CARRIER_TYPES)[number];

/** 来源: 收文 / 自制 / 复制 (a copy, or an excerpt, links its original). */
export const CARRIER_SOURCES = ['received', 'produced', 'copied'] as const;
export type CarrierSource = (typeof CARRIER_SOURCES)[number];

/**
 * 保密期限 kinds: years/months counted from 制发日 | a fixed 解密日期 | a 解密条件 | 长期 (commercial only).
 */
export const TERM_KINDS = ['period', 'until_date', 'condition', 'long_term'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Where one copy (份) is: held in the unit, lent, carried out, or gone from the register for good. */
export const COPY_STATUSES = [
  'in_custody',
  'on_loan',
  'carried_out',
  'returned_to_issuer',
  'handed_over',
  'destroyed',
] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

/** A carrier's status, derived from its copies in the same transaction as every action. */
export const CARRIER_STATUSES = COPY_STATUSES;
export type CarrierStatus = CopyStatus;

/** Whether the secret is still a secret (a term that ended is shown 已到期, computed from the date). */
export const CLASS_STATES = ['classified', 'declassified'] as const;
export type ClassState = (typeof CLASS_STATES)[number];

/** Rows of a carrier's history (kept forever, never destroyed with the carrier). */
export const CARRIER_EVENT_KINDS = [
  'register',
  'distribute',
  'recall',
  'borrow',
  'return',
  'carry_out',
  'copy',
  'return_to_issuer',
  'hand_over',
  'destroy',
  'edit',
  'classify',
  'reclassify',
  'declassify',
  'extend',
  'maintain',
  'knower',
  'attach',
  'inventory',
] as const;
export type CarrierEventKind = (typeof CARRIER_EVENT_KINDS)[number];

/** 定密 decisions: the first one, and what a review or a 定密责任人 may decide later. */
export const CLASSIFICATION_DECISIONS = [
  'classify',
  'maintain',
  'reclassify',
  'declassify',
  'extend',
] as const;
export type ClassificationDecision = (typeof CLASSIFICATION_DECISIONS)[number];

/** 年度定密审核 decisions per item: 维持 / 变更 / 解密 / 延期. */
export const REVIEW_DECISIONS = ['maintain', 'reclassify', 'declassify', 'extend'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Lending a copy (借阅) or carrying it out of the unit (外出携带). */
export const MOVEMENT_KINDS = ['borrow', 'carry_out'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** 复制 makes whole copies; 摘录 takes part of the original (regulation art. 27(5)); both are stamped copies. */
export const COPY_MODES = ['copy', 'excerpt'] as const;
export type CopyMode = (typeof COPY_MODES)[number];

/** 销毁方式. */
export const DESTRUCTION_METHODS = [
  'shred',
  'incinerate',
  'pulp',
  'degauss',
  'physical',
  'facility',
] as const;
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];

/** 清点 scope and the result of checking one copy. */
export const INVENTORY_SCOPES = ['all', 'department', 'custodian'] as const;
export type InventoryScope = (typeof INVENTORY_SCOPES)[number];
export const INVENTORY_RESULTS = ['pending', 'present', 'missing', 'discrepant'] as const;
export type InventoryResult = (typeof INVENTORY_RESULTS)[number];
export const INVENTORY_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type InventoryFrequency = (typeof INVENTORY_FREQUENCIES)[number];
/** An inventory is open while copies are being checked, closed once its result is recorded. */
export const INVENTORY_STATUSES = ['open', 'closed'] as const;
export type InventoryStatus = (typeof INVENTORY_STATUSES)[number];

/** Register filter "due": overdue loans, terms ending soon, terms ended (已到期), yearly review due. */
export const CARRIER_DUE_FILTERS = ['loan_overdue', 'term_ending', 'term_expired', 'review_due'] as const;
export type CarrierDueFilter = (typeof CARRIER_DUE_FILTERS)[number];

/** Why a carrier is in the yearly 定密审核 list: its year is due, its term ends soon, or it has ended. */
export const REVIEW_REASONS = ['yearly', 'term_ending', 'term_expired'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Sortable columns of the register (each backed by an index; see db/schema/carriers.ts). */
export const CARRIER_SORT_FIELDS = [
  'registeredOn',
  'carrierNo',
  'name',
  'level',
  'issuedOn',
  'termEndsOn',
] as const;
export type CarrierSortField = (typeof CARRIER_SORT_FIELDS)[number];

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

// ---- Reporting (报送) between a unit and its supervisor — DOMAIN.md "supervisor", exchange FORMAT.md ----

/** Who a registered counterpart is to this unit. */
export const COUNTERPART_ROLES = ['supervisor', 'subordinate'] as const;
export type CounterpartRole = (typeof COUNTERPART_ROLES)[number];

/** What a package carries: everything, what changed since the last acknowledged one, or the yearly report. */
export const EXCHANGE_PROFILES = ['full', 'incremental', 'annual'] as const;
export type ExchangeProfile = (typeof EXCHANGE_PROFILES)[number];

/** The media a package is written to; the medium is itself a carrier of that type in the register. */
export const EXPORT_MEDIA_TYPES = ['usb', 'cd', 'disk'] as const satisfies readonly CarrierType[];
export type ExportMediaType = (typeof EXPORT_MEDIA_TYPES)[number];

/** The stable reasons a package or receipt is refused, in the order they are checked (FORMAT.md). */
export const REFUSAL_REASONS = [
  'NOT_PACKAGE',
  'UNKNOWN_FORMAT',
  'UNKNOWN_SENDER_KEY',
  'BAD_SIGNATURE',
  'WRONG_RECEIVER',
  'DECRYPT_FAILED',
  'PART_HASH_MISMATCH',
  'REPLAY',
  'GAP',
  'FORK',
  'UNKNOWN_SCHEMA',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
