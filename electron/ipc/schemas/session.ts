import { z } from 'zod';
import {
  ADMIN_MODES,
  APP_MODES,
  HOST_LEVELS,
  UNIT_KINDS,
  type AdminMode,
  type AppMode,
  type HostLevel,
  type Role,
  type UnitKind,
} from '../../../db/domain/vocab';
import { password, requiredText, username } from './common';

export const UnitInput = z.object({
  name: requiredText('单位名称', 100).refine((s) => s.length >= 2, '单位名称至少 2 个字'),
  kind: z.enum(UNIT_KINDS, { error: '请选择单位性质（机关、事业单位或企业）' }),
  unitCode: z
    .string({ error: '请填写单位代码' })
    .trim()
    .toUpperCase()
    .regex(
      /^[0-9A-Z]{6,18}$/,
      '单位代码为 6–18 位数字或大写字母（如统一社会信用代码），导出报送时用来标明单位',
    ),
  hostLevel: z.enum(HOST_LEVELS, { error: '请选择本机的密级（秘密或机密）' }),
  adminMode: z.enum(ADMIN_MODES, { error: '请选择管理模式' }),
});

export const FirstAccountInput = z.object({
  username,
  displayName: requiredText('姓名', 40),
  password,
});

/** An administrator account made at setup; its holder changes the initial password at first login. */
export const SetupAdminInput = z.object({
  username,
  displayName: requiredText('姓名', 40),
  initialPassword: password,
});

/**
 * In the strict 三员 mode nobody but the security administrator may create accounts, so the three
 * administrators are created at setup, each with an initial password handed over in person.
 */
export const SetupInput = z
  .object({
    unit: UnitInput,
    account: FirstAccountInput,
    /** A supervising unit (上级单位) imports its subordinates' packages; it can also be switched on later. */
    mode: z.enum(APP_MODES, { error: '请选择本机用途（本单位或上级单位）' }).default('unit'),
    admins: z
      .object({ sysadmin: SetupAdminInput, secadmin: SetupAdminInput, auditor: SetupAdminInput })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.unit.adminMode !== 'strict') return;
    if (!v.admins) {
      ctx.addIssue({
        code: 'custom',
        path: ['admins'],
        message: '三员分立模式须同时设立系统管理员、安全保密管理员和安全审计员账户',
      });
      return;
    }
    const names = [
      v.account.username,
      v.admins.sysadmin.username,
      v.admins.secadmin.username,
      v.admins.auditor.username,
    ];
    (['sysadmin', 'secadmin', 'auditor'] as const).forEach((role, i) => {
      if (names.indexOf(names[i + 1] as string) !== i + 1) {
        ctx.addIssue({ code: 'custom', path: ['admins', role, 'username'], message: '用户名与其他账户重复' });
      }
    });
    // 三员分立: the auditor is never the same person as either administrator.
    const auditor = v.admins.auditor.displayName;
    if (auditor === v.admins.sysadmin.displayName || auditor === v.admins.secadmin.displayName) {
      ctx.addIssue({
        code: 'custom',
        path: ['admins', 'auditor', 'displayName'],
        message: '安全审计员不能与系统管理员或安全保密管理员是同一人',
      });
    }
  });
export const UnlockInput = z.object({ username, password });
export const ChangePasswordInput = z.object({ oldPassword: password, newPassword: password });

export interface SessionAccount {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** First login with a password set by an administrator, or the password has expired: change it first. */
  mustChangePassword: boolean;
}

export interface UnitInfo {
  name: string;
  kind: UnitKind;
  unitCode: string;
  hostLevel: HostLevel;
  adminMode: AdminMode;
  mode: AppMode;
}

/** Who locked the app in this run, and when: the unlock screen names them and offers their account. */
export interface LockedBy {
  username: string;
  displayName: string;
  /** ISO time of the lock. */
  at: string;
  /** Locked by the idle timer, not by the user. */
  idle: boolean;
}

export type AppState =
  | { phase: 'setup' }
  | {
      /** A first run that was interrupted: `files` were left, the other of the pair is missing. */
      phase: 'incomplete';
      reason: 'no_keyring' | 'no_database';
      files: string[];
      message: string;
    }
  | { phase: 'locked'; lockedBy?: LockedBy }
  | { phase: 'unlocked'; account: SessionAccount; unit: UnitInfo };

export interface CleanStartResult {
  /** The leftover files under their new names (renamed beside the old ones, never deleted). */
  setAside: string[];
}

export interface SetupResult {
  account: SessionAccount;
  /** Shown once, to be written down and kept in the safe. Never stored in clear. */
  recoveryCode: string;
}
