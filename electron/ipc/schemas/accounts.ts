import { z } from 'zod';
import { ROLES, type AccountStatus, type Role } from '../../../db/domain/vocab';
import { password, requiredText, username } from './common';

export const AccountCreateInput = z.object({
  username,
  displayName: requiredText('姓名', 40),
  role: z.enum(ROLES, { error: '请选择角色' }),
  /** Set by the administrator and handed over in person; the holder must change it at first login. */
  initialPassword: password,
});

export const AccountIdInput = z.object({ accountId: z.number().int().positive() });
export const AccountResetInput = AccountIdInput.extend({ newPassword: password });

export interface AccountView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  lockedOut: boolean;
  lastLoginAt: string | null;
  passwordChangedAt: string;
}
