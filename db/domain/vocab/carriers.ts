import type { NationalLevel } from './unit';

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
