import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { migrateDatabase } from '../../../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../db/open';
import { getAccount, insertAccount, updateAccount, type AccountRow } from '../../../db/repos/accounts.repo';
import type { Role } from '../../../db/domain/vocab';
import { insertUnitProfile } from '../../../db/repos/unit.repo';
import { unitInfo } from './unit-info';
import type {
  AppState,
  ChangePasswordInput,
  CleanStartResult,
  LockedBy,
  SessionAccount,
  SetupAdminInput,
  SetupInput,
  SetupResult,
  UnlockInput,
} from '../../ipc/schemas/session';
import { isReused, POLICY_FLOOR, rememberPassword, requirePolicy } from '../accounts';
import { finishInterruptedRestore } from '../backup';
import { createUnitKeys } from '../keys';
import { getSettings, passwordPolicy } from '../settings';
import { applyAuditRetention } from '../audit/retention';
import type { AppCore } from '../app-core';
import { appendAudit } from '../audit/audit';
import { recordUnlockCheck, verifySinceCheckpoint } from '../audit/checkpoint';
import { isLockedOut, recordRefusedLocked, recordSuccess } from './lockout';
import { countedAttempt, drainPendingEvents } from './counted-attempt';
import { withKeyringLock } from '../vault/keyring-lock';
import { keyringText, readKeyring, writeKeyring, type Keyring, type PendingEvent } from '../vault/keyring';
import { fsyncDir, fsyncFile, writeFileSynced } from '../util/atomic-write';
import { refuse } from '../util/refuse';
import { buildPaths, clearBuildFiles, halfInitialised, leftoverMessage, setAside } from './first-run';
import {
  newDataKey,
  newKeyring,
  newRecoveryCode,
  setPasswordSlot,
  setRecoverySlot,
  unlockWithPassword,
  WRONG_PASSWORD,
} from '../vault/vault';
import { slotFloorKiB } from '../vault/kdf';

type SetupAdmin = z.output<typeof SetupAdminInput>;

export function toSessionAccount(a: AccountRow, mustChangePassword = false): SessionAccount {
  return { id: a.id, username: a.username, displayName: a.displayName, role: a.role, mustChangePassword };
}

export function appState(core: AppCore): AppState {
  finishInterruptedRestore(core);
  const leftover = halfInitialised(core);
  if (leftover) return { phase: 'incomplete', ...leftover, message: leftoverMessage(core, leftover) };
  if (!core.isSetUp()) return { phase: 'setup' };
  if (!core.isUnlocked()) {
    const by = lastLocks.get(core);
    return by ? { phase: 'locked', lockedBy: by } : { phase: 'locked' };
  }
  const { db, account } = core.session();
  return { phase: 'unlocked', account, unit: unitInfo(db) };
}

function refuseLeftover(core: AppCore): void {
  // A restore decided before a kill is completed before the files are read at all.
  finishInterruptedRestore(core);
  const leftover = halfInitialised(core);
  if (leftover) refuse('half_initialised', leftoverMessage(core, leftover));
}

/** The clean start offered for a half-initialised leftover: its files set aside (renamed, never deleted). */
export function cleanStart(core: AppCore): CleanStartResult {
  const leftover = halfInitialised(core);
  if (!leftover) {
    refuse(
      'clean_start_needs_leftover',
      core.isSetUp()
        ? '本机的数据库和密钥文件齐全，不是未完成的初始化，不能“重新开始”。'
        : '本机尚未初始化，直接开始首次设置即可。',
    );
  }
  return { setAside: setAside(core, leftover, core.now()) };
}

/** The rows of a new installation: the unit, the clerk, the 三员 accounts if named, the unit's keys. */
function firstRows(db: Db, dataKey: Uint8Array, input: z.output<typeof SetupInput>, now: string) {
  const admins: { account: AccountRow; password: string }[] = [];
  const account = db.transaction((tx) => {
    insertUnitProfile(tx, { ...input.unit, mode: input.mode, createdAt: now });
    // The first account is the clerk; the 三员 accounts are created by the administrators' screens.
    const acc = insertAccount(tx, {
      username: input.account.username,
      displayName: input.account.displayName,
      role: 'clerk',
      status: 'active',
      createdAt: now,
      passwordChangedAt: now,
      lastLoginAt: now,
    });
    rememberPassword(tx, dataKey, acc.id, input.account.password, now);
    for (const [role, a] of Object.entries(input.admins ?? {}) as [Role, SetupAdmin][]) {
      const admin = insertAccount(tx, {
        username: a.username,
        displayName: a.displayName,
        role,
        status: 'active',
        createdAt: now,
        passwordChangedAt: now,
        mustChangePassword: 1,
      });
      rememberPassword(tx, dataKey, admin.id, a.initialPassword, now);
      admins.push({ account: admin, password: a.initialPassword });
    }
    createUnitKeys(tx, now);
    appendAudit(tx, { accountId: acc.id, actor: acc.username }, now, {
      action: 'setup',
      entity: 'unit',
      entityId: 1,
      detail: {
        unit: input.unit,
        mode: input.mode,
        account: { username: acc.username, displayName: acc.displayName, role: acc.role },
        admins: admins.map((x) => ({ username: x.account.username, role: x.account.role })),
      },
    });
    return acc;
  });
  return { account, admins };
}

/**
 * First run: the unit profile and the first account, a fresh data key, the keyring with the account's slot
 * and the recovery slot. Both files are built under temporary names, synced, and renamed keyring first
 * (first-run.ts), so a kill leaves either nothing in place, a recognised leftover, or a whole installation;
 * a failure that throws leaves nothing behind.
 */
export async function setup(core: AppCore, input: z.output<typeof SetupInput>): Promise<SetupResult> {
  refuseLeftover(core);
  if (core.isSetUp())
    throw new AppException(
      'CONFLICT',
      '本机已完成初始化，不能再次初始化。如需重新开始，请先备份并移走现有数据库。',
    );
  requirePolicy(input.account.password, POLICY_FLOOR[input.unit.hostLevel], 'account.password');
  for (const [role, a] of Object.entries(input.admins ?? {})) {
    requirePolicy(a.initialPassword, POLICY_FLOOR[input.unit.hostLevel], `admins.${role}.initialPassword`);
  }
  const now = core.now();
  const dataKey = newDataKey();
  const recoveryCode = newRecoveryCode();
  const building = buildPaths(core);
  let db: Db | null = null;
  let placed = false;
  try {
    mkdirSync(dirname(core.dbPath), { recursive: true });
    clearBuildFiles(core);
    db = openDatabase(building.db, dataKey, { create: true });
    migrateDatabase(db);
    const { account, admins } = firstRows(db, dataKey, input, now);
    let keyring: Keyring = { ...newKeyring(now), unitCode: input.unit.unitCode };
    keyring = await setPasswordSlot(keyring, dataKey, account, input.account.password, now, core.kdf);
    for (const a of admins) {
      keyring = await setPasswordSlot(keyring, dataKey, a.account, a.password, now, core.kdf);
    }
    keyring = await setRecoverySlot(keyring, dataKey, recoveryCode, now, core.kdf);
    // Closed, the database is one file (the WAL folded in); synced before either name changes.
    closeDatabase(db);
    db = null;
    fsyncFile(building.db);
    writeFileSynced(building.keyring, keyringText(keyring));
    placed = true;
    renameSync(building.keyring, core.keyringPath);
    renameSync(building.db, core.dbPath);
    fsyncDir(dirname(core.dbPath));
    db = openDatabase(core.dbPath, dataKey);
    const session = toSessionAccount(account);
    core.attach(db, session, dataKey);
    return { account: session, recoveryCode };
  } catch (e) {
    if (db) closeDatabase(db);
    clearBuildFiles(core);
    if (placed) {
      for (const f of [core.dbPath, `${core.dbPath}-wal`, `${core.dbPath}-shm`, core.keyringPath]) {
        rmSync(f, { force: true });
      }
    }
    throw e;
  } finally {
    dataKey.fill(0);
  }
}

export async function unlock(core: AppCore, input: z.output<typeof UnlockInput>): Promise<SessionAccount> {
  refuseLeftover(core);
  if (!core.isSetUp()) throw new AppException('NOT_FOUND', '本机尚未初始化，请先完成首次设置。');
  // One check at a time, also across CLI processes: the count is read and raised under the keyring's lock.
  return withKeyringLock(core.keyringPath, () => unlockLocked(core, input));
}

async function unlockLocked(core: AppCore, input: z.output<typeof UnlockInput>): Promise<SessionAccount> {
  let keyring = readKeyring(core.keyringPath);
  if (isLockedOut(keyring, input.username)) {
    writeKeyring(core.keyringPath, recordRefusedLocked(keyring, input.username, core.now()));
    throw new AppException('LOCKED', '该账户因连续输错密码已被锁定。请联系安全保密管理员解锁。');
  }
  const attempt = await countedAttempt(core.keyringPath, input.username, core.now(), 'login_failed', (k) =>
    unlockWithPassword(k, input.username, input.password, slotFloorKiB(core.kdf)),
  );
  if (!attempt.ok) {
    if (attempt.left === 0)
      throw new AppException('LOCKED', '连续输错密码次数过多，该账户已被锁定。请联系安全保密管理员解锁。');
    throw new AppException(
      'FORBIDDEN',
      attempt.left !== null && attempt.left <= 2
        ? `${WRONG_PASSWORD}再输错 ${attempt.left} 次，账户将被锁定。`
        : WRONG_PASSWORD,
    );
  }
  keyring = attempt.keyring;
  const opened = attempt.value;
  // Another login over an open session: the first user's session ends here, and the chain says so.
  if (core.isUnlocked()) lock(core);
  const { dataKey, accountId } = opened;
  let db: Db | null = null;
  try {
    db = openDatabase(core.dbPath, dataKey);
    migrateDatabase(db);
    const now = core.now();
    // The chain since the last sound checkpoint, before this login adds to it.
    const chain = verifySinceCheckpoint(db);
    const success = recordSuccess(keyring, input.username);
    // The unit code rides in the keyring so a restore can refuse another unit's backup without the data key.
    keyring = { ...success.keyring, unitCode: unitInfo(db).unitCode };
    const account = db.transaction((tx) => {
      const acc = getAccount(tx, accountId);
      if (!acc || acc.username !== input.username) throw new AppException('FORBIDDEN', WRONG_PASSWORD);
      // What happened while the database was locked enters the chain first, with the system as actor.
      for (const ev of success.events) {
        appendAudit(tx, { accountId: null, actor: 'system' }, now, {
          action: ev.action,
          entity: 'account',
          detail: { username: ev.username, at: ev.at },
        });
      }
      recordUnlockCheck(tx, chain, now, () =>
        appendAudit(tx, { accountId: null, actor: 'system' }, now, {
          action: 'audit_chain_broken',
          entity: 'audit',
          detail: { problem: chain.problem, sound: chain.head },
        }),
      );
      if (acc.status !== 'active')
        throw new AppException('FORBIDDEN', '该账户已停用，请联系安全保密管理员。');
      updateAccount(tx, acc.id, { lastLoginAt: now });
      appendAudit(tx, { accountId: acc.id, actor: acc.username }, now, {
        action: 'login',
        entity: 'account',
        entityId: acc.id,
      });
      applyAuditRetention(tx, getSettings(tx, unitInfo(tx).hostLevel).auditRetentionYears, now);
      return acc;
    });
    writeKeyring(core.keyringPath, keyring);
    const policy = passwordPolicy(db, unitInfo(db).hostLevel);
    const session = toSessionAccount(
      account,
      passwordExpired(account.passwordChangedAt, policy.maxAgeDays, core.clock.now()) ||
        account.mustChangePassword === 1,
    );
    core.attach(db, session, dataKey);
    // The login (and any prune or lockout events) entered the audit log, and the account's last login changed.
    core.changed(['audit', 'accounts']);
    return session;
  } catch (e) {
    if (db) closeDatabase(db);
    throw e;
  } finally {
    dataKey.fill(0);
  }
}

/** A password older than the policy allows must be changed before anything else (expiry at login). */
export function passwordExpired(changedAt: string, maxAgeDays: number, now: Date): boolean {
  return now.getTime() - Date.parse(changedAt) > maxAgeDays * 86_400_000;
}

/** The last lock of each core in this run (memory only: a restart asks for the user name again). */
const lastLocks = new WeakMap<AppCore, LockedBy>();

export function lock(core: AppCore, reason: 'lock' | 'idle_lock' = 'lock'): null {
  if (core.isUnlocked()) {
    const { db, account } = core.session();
    lastLocks.set(core, {
      username: account.username,
      displayName: account.displayName,
      at: core.now(),
      idle: reason === 'idle_lock',
    });
    appendAudit(db, { accountId: account.id, actor: account.username }, core.now(), {
      action: reason,
      entity: 'account',
      entityId: account.id,
    });
  }
  core.detach();
  return null;
}

/**
 * A wrong old password: its pending events enter the audit chain now (the database is open), and a password
 * change that reached the lockout threshold ends the session as a lock would.
 */
function wrongOldPassword(core: AppCore, left: number | null, events: PendingEvent[]): never {
  const { db } = core.session();
  const now = core.now();
  db.transaction((tx) => {
    for (const ev of events) {
      // As at login: what the keyring recorded enters the chain with the system as actor.
      appendAudit(tx, { accountId: null, actor: 'system' }, now, {
        action: ev.action,
        entity: 'account',
        detail: { username: ev.username, at: ev.at },
      });
    }
  });
  core.changed(['audit']);
  if (left === 0) {
    lock(core);
    throw new AppException('LOCKED', '原密码连续输错次数过多，该账户已被锁定。请联系安全保密管理员解锁。');
  }
  throw new AppException('VALIDATION', '原密码不正确。', {
    fields: [{ path: 'oldPassword', message: '原密码不正确' }],
  });
}

/** Re-wrap the caller's key slot under the new password. The database itself is not re-encrypted. */
export async function changePassword(
  core: AppCore,
  input: z.output<typeof ChangePasswordInput>,
): Promise<null> {
  const { db, account } = core.session();
  const unit = unitInfo(db);
  // The old password is checked like a login (counted first, under the keyring's lock): a session left open
  // must not become an oracle for guessing it without limit.
  const attempt = await withKeyringLock(core.keyringPath, async () => {
    const a = await countedAttempt(
      core.keyringPath,
      account.username,
      core.now(),
      'password_change_failed',
      (k) => unlockWithPassword(k, account.username, input.oldPassword, slotFloorKiB(core.kdf)),
    );
    if (!a.ok) wrongOldPassword(core, a.left, drainPendingEvents(core.keyringPath));
    return a;
  });
  const keyring = attempt.keyring;
  const { dataKey } = attempt.value;
  try {
    if (input.newPassword === input.oldPassword) {
      throw new AppException('VALIDATION', '新密码不能与原密码相同。', {
        fields: [{ path: 'newPassword', message: '不能与原密码相同' }],
      });
    }
    const policy = passwordPolicy(db, unit.hostLevel);
    requirePolicy(input.newPassword, policy, 'newPassword');
    if (isReused(db, dataKey, account.id, input.newPassword, policy.history)) {
      throw new AppException('VALIDATION', `新密码不能与最近 ${policy.history} 次使用过的密码相同。`, {
        fields: [{ path: 'newPassword', message: `不能与最近 ${policy.history} 次的密码相同` }],
      });
    }
    const next = await setPasswordSlot(keyring, dataKey, account, input.newPassword, core.now(), core.kdf);
    // Keyring first: if the database write failed afterwards, the new password still opens the data.
    writeKeyring(core.keyringPath, next);
    core.write(
      'password_change',
      'account',
      (tx, ctx) => {
        updateAccount(tx, account.id, { passwordChangedAt: ctx.now, mustChangePassword: 0 });
        rememberPassword(tx, dataKey, account.id, input.newPassword, ctx.now);
        // The password-expiry reminder goes away with the change.
        ctx.touch('reminders');
      },
      () => ({ entityId: account.id }),
    );
    core.refreshAccount({ ...account, mustChangePassword: false });
    return null;
  } finally {
    dataKey.fill(0);
  }
}
