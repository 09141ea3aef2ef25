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
  'repair',
  'review',
  'key_site',
  'meeting',
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
  { id: 'classified_devices', built: true },
  { id: 'classified_media', built: true },
  { id: 'usage_logs', built: true },
  { id: 'repairs', built: true },
  { id: 'trainings', built: true },
  { id: 'inspections', built: true },
  { id: 'incidents', built: true },
  { id: 'reviews', built: true },
  { id: 'key_sites', built: true },
  { id: 'committee', built: true },
  { id: 'approvals', built: true },
  { id: 'exchange', built: true },
  { id: 'yearbook', built: true },
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
