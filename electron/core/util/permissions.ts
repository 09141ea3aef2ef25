import type { AdminMode, Role } from '../../../db/domain/vocab';

/**
 * What each role may do: one table, checked by the dispatcher on every call (FORBIDDEN otherwise).
 * 三员 (DOMAIN.md): the administrators never read business data and never edit logs; the auditor only
 * reads the audit log. In the small-unit mode the clerk also administers (but never audits).
 */
export const ACTIONS = [
  'self', // own session: state, lock, change own password
  'register:read', // business data: registers, approvals, reports
  'register:write',
  'approval:decide', // approve a pending request with one's own login
  'account:manage', // create, disable, unlock accounts; assign roles (安全保密管理员)
  'system:manage', // backup, restore, system settings (系统管理员)
  'audit:read', // read and verify the audit log; export it signed (安全审计员)
] as const;
export type Action = (typeof ACTIONS)[number];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  clerk: ['self', 'register:read', 'register:write'],
  leader: ['self', 'register:read', 'approval:decide'],
  sysadmin: ['self', 'system:manage'],
  secadmin: ['self', 'account:manage'],
  auditor: ['self', 'audit:read'],
};

/** Small-unit mode: the clerk also holds the system and security administrators' powers. */
const SMALL_UNIT_CLERK_EXTRA: readonly Action[] = ['account:manage', 'system:manage'];

export function can(role: Role, action: Action, mode: AdminMode): boolean {
  if (PERMISSIONS[role].includes(action)) return true;
  return mode === 'small' && role === 'clerk' && SMALL_UNIT_CLERK_EXTRA.includes(action);
}

/** Pairs of roles one person may never hold at once (三员分立). */
export const INCOMPATIBLE_ROLES: readonly (readonly [Role, Role])[] = [
  ['sysadmin', 'auditor'],
  ['secadmin', 'auditor'],
];

export function rolesConflict(a: Role, b: Role): boolean {
  return INCOMPATIBLE_ROLES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
