import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { ROLE_NAMES } from '../../../db/domain/vocab';
import {
  getAccount,
  insertAccount,
  listAccounts,
  updateAccount,
  type AccountRow,
} from '../../../db/repos/accounts.repo';
import type { AccountCreateInput, AccountResetInput, AccountView } from '../../ipc/schemas/accounts';
import type { AppCore } from '../app-core';
import { liftLockout, unitInfo } from '../session';
import { passwordPolicy } from '../settings';
import { readKeyring, writeKeyring } from '../vault/keyring';
import { accountSlotId, newRecoveryCode, removeSlot, setPasswordSlot, setRecoverySlot } from '../vault/vault';
import { rememberPassword } from './password-history';
import { requirePolicy } from './password-policy';
import { rolesConflict } from '../util/permissions';

function view(a: AccountRow, lockedIds: Set<number>): AccountView {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    status: a.status,
    lockedOut: lockedIds.has(a.id),
    lastLoginAt: a.lastLoginAt,
    passwordChangedAt: a.passwordChangedAt,
  };
}

function lockedIds(core: AppCore): Set<number> {
  return new Set(
    readKeyring(core.keyringPath)
      .slots.filter((s) => s.lockedAt !== undefined && s.accountId !== undefined)
      .map((s) => s.accountId as number),
  );
}

export function listAccountViews(core: AppCore): AccountView[] {
  const locked = lockedIds(core);
  return listAccounts(core.session().db).map((a) => view(a, locked));
}

function requirePasswordPolicy(core: AppCore, pw: string, field: string): void {
  const { db } = core.session();
  requirePolicy(pw, passwordPolicy(db, unitInfo(db).hostLevel), field);
}

/**
 * 三员分立: the system administrator and the auditor, and the security administrator and the auditor, are
 * never the same person. A person is known by name here (accounts carry no ID number).
 */
function checkSeparation(core: AppCore, displayName: string, role: AccountRow['role']): void {
  const clash = listAccounts(core.session().db).find(
    (a) => a.status === 'active' && a.displayName === displayName && rolesConflict(a.role, role),
  );
  if (clash) {
    throw new AppException(
      'RULE',
      `三员分立：${displayName} 已是${ROLE_NAMES[clash.role]}（账户 ${clash.username}），不能再担任${ROLE_NAMES[role]}。`,
      { rule: 'sanyuan_separation' },
    );
  }
}

export async function createAccount(
  core: AppCore,
  input: z.output<typeof AccountCreateInput>,
): Promise<AccountView> {
  requirePasswordPolicy(core, input.initialPassword, 'initialPassword');
  checkSeparation(core, input.displayName, input.role);
  return core.withDataKey(async (key) => {
    const row = core.write(
      'account_create',
      'account',
      (tx, ctx) => {
        const a = insertAccount(tx, {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          status: 'active',
          createdAt: ctx.now,
          passwordChangedAt: ctx.now,
          mustChangePassword: 1,
        });
        rememberPassword(tx, key, a.id, input.initialPassword, ctx.now);
        return a;
      },
      (a) => ({
        entityId: a.id,
        detail: { username: a.username, displayName: a.displayName, role: a.role },
      }),
    );
    // The slot is written after the row commits; if writing it failed, the account exists without a slot and
    // simply cannot log in until an administrator resets its password.
    const next = await setPasswordSlot(
      readKeyring(core.keyringPath),
      key,
      row,
      input.initialPassword,
      row.createdAt,
      core.kdf,
    );
    writeKeyring(core.keyringPath, next);
    return view(row, new Set());
  });
}

function target(core: AppCore, accountId: number): AccountRow {
  const acc = getAccount(core.session().db, accountId);
  if (!acc) throw new AppException('NOT_FOUND', '账户不存在。');
  return acc;
}

/** Disabling removes the key slot: the account can no longer open the data at all. */
export function disableAccount(core: AppCore, accountId: number): AccountView {
  const acc = target(core, accountId);
  if (acc.id === core.session().account.id)
    throw new AppException('RULE', '不能停用自己正在使用的账户。', { rule: 'no_self_disable' });
  writeKeyring(core.keyringPath, removeSlot(readKeyring(core.keyringPath), accountSlotId(acc.id)));
  core.write(
    'account_disable',
    'account',
    (tx) => updateAccount(tx, acc.id, { status: 'disabled' }),
    () => ({ entityId: acc.id, detail: { username: acc.username } }),
  );
  return view({ ...acc, status: 'disabled' }, new Set());
}

/** Re-enable or reset: a new password set by the administrator, to be changed at first login. */
export async function resetAccountPassword(
  core: AppCore,
  input: z.output<typeof AccountResetInput>,
): Promise<AccountView> {
  const acc = target(core, input.accountId);
  requirePasswordPolicy(core, input.newPassword, 'newPassword');
  if (acc.status === 'disabled') checkSeparation(core, acc.displayName, acc.role);
  await core.withDataKey(async (key) => {
    const next = await setPasswordSlot(
      readKeyring(core.keyringPath),
      key,
      acc,
      input.newPassword,
      core.now(),
      core.kdf,
    );
    writeKeyring(core.keyringPath, next);
    core.write(
      'account_reset_password',
      'account',
      (tx, ctx) => {
        updateAccount(tx, acc.id, { status: 'active', mustChangePassword: 1, passwordChangedAt: ctx.now });
        rememberPassword(tx, key, acc.id, input.newPassword, ctx.now);
      },
      () => ({ entityId: acc.id, detail: { username: acc.username } }),
    );
  });
  return view({ ...acc, status: 'active' }, new Set());
}

export function unlockAccount(core: AppCore, accountId: number): AccountView {
  const acc = target(core, accountId);
  writeKeyring(core.keyringPath, liftLockout(readKeyring(core.keyringPath), acc.id));
  core.write(
    'account_unlock',
    'account',
    () => null,
    () => ({ entityId: acc.id, detail: { username: acc.username } }),
  );
  return view(acc, new Set());
}

/** A new recovery code replaces the old one (shown once, for the safe); the old code stops working. */
export async function rotateRecoveryCode(core: AppCore): Promise<{ recoveryCode: string }> {
  const recoveryCode = newRecoveryCode();
  const now = core.now();
  await core.withDataKey(async (key) => {
    writeKeyring(
      core.keyringPath,
      await setRecoverySlot(readKeyring(core.keyringPath), key, recoveryCode, now, core.kdf),
    );
  });
  core.write('recovery_code_rotate', 'keyring', () => null);
  return { recoveryCode };
}
