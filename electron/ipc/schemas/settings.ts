import { z } from 'zod';

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

/** Security policy (安全保密管理员): floors from the regulations; the unit may only tighten them. */
export const SecuritySettingsInput = z
  .object({
    passwordMinLength: int('密码最小长度', 8, 64),
    passwordMaxAgeDays: int('密码有效天数', 1, 30),
    passwordHistory: int('不得重复使用的历史密码个数', 1, 24),
    maxFailedLogins: int('锁定前允许的连续失败次数', 1, 5),
    idleLockMinutes: int('空闲锁定时间（分钟）', 1, 10),
  })
  .partial();

/** System settings (系统管理员). `auditRetentionYears: null` keeps everything (the default). */
export const SystemSettingsInput = z
  .object({
    backupReminderDays: int('备份提醒天数', 1, 90),
    auditRetentionYears: int('审计日志保留年数', 5, 100).nullable(),
  })
  .partial();

export interface UnitSettings {
  passwordMinLength: number;
  passwordMaxAgeDays: number;
  passwordHistory: number;
  maxFailedLogins: number;
  idleLockMinutes: number;
  backupReminderDays: number;
  auditRetentionYears: number | null;
}
