import { existsSync, readFileSync } from 'node:fs';
import { AppException } from '../../../db/domain/errors';
import { writeFileAtomic } from '../util/atomic-write';
import type { KdfParams } from './kdf';

/**
 * The keyring file beside the database. It holds the random data key only wrapped, once per account
 * (under that account's password) and once under the recovery code. Versioned so the format can move on.
 */
export const KEYRING_FORMAT = 'baomi-keyring';
export const KEYRING_VERSION = 1;

export interface KeySlot {
  /** `account:<id>` or `recovery`. Bound into the AEAD's associated data. */
  id: string;
  kind: 'password' | 'recovery';
  accountId?: number;
  username?: string;
  kdf: KdfParams & { salt: string };
  wrap: { alg: 'aes-256-gcm'; nonce: string; ciphertext: string };
  createdAt: string;
  /** Consecutive wrong passwords; kept here because the database is still locked when they happen. */
  failedAttempts?: number;
  /** Set when failedAttempts reached the threshold; only the security administrator lifts it. */
  lockedAt?: string;
}

/** Something that happened while the database was locked; moved into the audit chain at the next login. */
export interface PendingEvent {
  at: string;
  username: string;
  action:
    | 'login_failed'
    | 'login_refused_locked'
    | 'account_locked'
    | 'password_change_failed'
    | 'restore_password_failed';
}

export interface Keyring {
  format: typeof KEYRING_FORMAT;
  version: typeof KEYRING_VERSION;
  /** Random id of this keyring (and so of this database); bound into every slot's associated data. */
  keyringId: string;
  createdAt: string;
  slots: KeySlot[];
  /** Lockout threshold, mirrored from the unit's settings so it applies before the database is open. */
  maxFailures?: number;
  pendingEvents?: PendingEvent[];
  /** The unit this installation belongs to (统一社会信用代码), so a restore can refuse another unit's backup. */
  unitCode?: string;
}

export const DEFAULT_MAX_FAILURES = 5;

export function keyringPathFor(dbPath: string): string {
  return dbPath.replace(/\.db$/i, '') + '.keyring';
}

export function readKeyring(path: string): Keyring {
  if (!existsSync(path)) {
    throw new AppException('DB_KEY', `找不到密钥文件 ${path}。数据库和同名的 .keyring 文件必须放在一起。`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AppException('DB_KEY', `密钥文件 ${path} 已损坏，无法读取。请用备份恢复。`, { cause: e });
  }
  const k = parsed as Partial<Keyring>;
  if (k.format !== KEYRING_FORMAT || typeof k.version !== 'number' || !Array.isArray(k.slots)) {
    throw new AppException('DB_KEY', `文件 ${path} 不是保密工作台的密钥文件。`);
  }
  if (k.version > KEYRING_VERSION) {
    throw new AppException('DB_KEY', `密钥文件由更新版本的程序创建（版本 ${k.version}），请升级程序。`);
  }
  return k as Keyring;
}

export function keyringText(keyring: Keyring): string {
  return JSON.stringify(keyring, null, 2) + '\n';
}

export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomic(path, keyringText(keyring));
}
