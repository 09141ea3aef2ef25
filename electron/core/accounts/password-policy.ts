import { AppException } from '../../../db/domain/errors';
import type { HostLevel } from '../../../db/domain/vocab';

/**
 * Password floors from the regulations (DOMAIN.md, Devices and media): 秘密级 at least 8 characters,
 * changed within 30 days; 机密级 at least 10, changed within 7 days; upper and lower case letters, digits
 * and special characters all required. A unit may tighten these, never loosen them.
 */
export interface PasswordPolicy {
  minLength: number;
  maxAgeDays: number;
}

export const POLICY_FLOOR: Record<HostLevel, PasswordPolicy> = {
  confidential: { minLength: 8, maxAgeDays: 30 },
  secret: { minLength: 10, maxAgeDays: 7 },
};

/** The problems with a password, in Chinese; empty when it meets the policy. */
export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if ([...password].length < policy.minLength) problems.push(`至少 ${policy.minLength} 个字符`);
  if (!/[A-Z]/.test(password)) problems.push('需包含大写字母');
  if (!/[a-z]/.test(password)) problems.push('需包含小写字母');
  if (!/[0-9]/.test(password)) problems.push('需包含数字');
  if (!/[^A-Za-z0-9]/.test(password)) problems.push('需包含特殊字符（如 !@#%）');
  return problems;
}

/** Refuse a password that breaks the policy, naming the field and every problem. */
export function requirePolicy(password: string, policy: PasswordPolicy, field: string): void {
  const problems = passwordProblems(password, policy);
  if (problems.length > 0) {
    throw new AppException('VALIDATION', `密码不符合要求：${problems.join('，')}。`, {
      fields: [{ path: field, message: problems.join('，') }],
    });
  }
}
