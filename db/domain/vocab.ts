// The vocabulary of DOMAIN.md as code identifiers. Labels in Chinese live in renderer/i18n.

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

/** Role names for messages from the core (the renderer has its own labels). */
export const ROLE_NAMES: Record<Role, string> = {
  clerk: '保密员',
  leader: '单位领导',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditor: '安全审计员',
};

/** strict: 三员 are separate accounts (default for 机关); small: the clerk also administers. */
export const ADMIN_MODES = ['strict', 'small'] as const;
export type AdminMode = (typeof ADMIN_MODES)[number];

export const APP_MODES = ['unit', 'supervisor'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const APPROVAL_DECISIONS = ['approved', 'rejected'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

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
  { id: 'carriers', built: false },
  { id: 'classification_items', built: false },
  { id: 'persons', built: false },
  { id: 'private_travel', built: false },
  { id: 'allowance', built: false },
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
  { id: 'exchange', built: false },
] as const;
export type RegisterId = (typeof REGISTERS)[number]['id'];
