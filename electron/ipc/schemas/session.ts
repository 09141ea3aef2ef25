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

export const SetupInput = z.object({
  unit: UnitInput,
  account: FirstAccountInput,
  /** A supervising unit (上级单位) imports its subordinates' packages; it can also be switched on later. */
  mode: z.enum(APP_MODES, { error: '请选择本机用途（本单位或上级单位）' }).default('unit'),
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

export type AppState =
  { phase: 'setup' } | { phase: 'locked' } | { phase: 'unlocked'; account: SessionAccount; unit: UnitInfo };

export interface SetupResult {
  account: SessionAccount;
  /** Shown once, to be written down and kept in the safe. Never stored in clear. */
  recoveryCode: string;
}
