// The unit's device settings: how often each periodic check is due, and how long usage logs are kept (five
// years at least, 涉密计算机管理办法).
import { z } from 'zod';

const months = (label: string) =>
  z
    .number({ error: `请填写${label}周期` })
    .int(`${label}周期须为整月数`)
    .min(1, `${label}周期至少 1 个月`)
    .max(24, `${label}周期不超过 24 个月`);

export const DeviceSettingsInput = z.object({
  checkMonths: z
    .object({ secrecy: months('保密检查'), antivirus: months('病毒查杀'), audit_log: months('审计日志查看') })
    .optional(),
  usageRetentionYears: z
    .number({ error: '请填写使用登记保存年限' })
    .int('保存年限须为整年数')
    .min(5, '使用登记至少保存 5 年，不能缩短')
    .max(100)
    .optional(),
  /**
   * Writing to a drive that is not a registered medium fit for the data: refused, or (for a unit that has not
   * registered its media yet) let through with a warning recorded in the audit log; the reason is required.
   */
  mediaCheck: z.enum(['refuse', 'warn'], { error: '请选择拒绝或警告' }).optional(),
  mediaCheckReason: z.string().trim().max(200, '原因不能超过 200 个字').optional(),
});

export interface DeviceSettings {
  checkMonths: { secrecy: number; antivirus: number; audit_log: number };
  usageRetentionYears: number;
  mediaCheck: 'refuse' | 'warn';
  mediaCheckReason: string | null;
}
