import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { AppException } from '../../../db/domain/errors';
import { canonicalJson } from '../util/canonical-json';
import { DEFAULT_KDF, MIN_KDF_MEMORY_KIB, deriveKey, type KdfParams } from './kdf';
import { KEYRING_FORMAT, KEYRING_VERSION, type KeySlot, type Keyring } from './keyring';

/**
 * Key hierarchy (DESIGN.md, Storage): a random 256-bit data key opens the database; it is stored only
 * wrapped with AES-256-GCM under a key derived (Argon2id) from a password or the recovery code.
 * Changing a password re-wraps one slot; the database is never re-encrypted.
 */

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

export const WRONG_PASSWORD = '用户名或密码不正确。';

export function newDataKey(): Uint8Array {
  return randomBytes(32);
}

export function newKeyring(now: string): Keyring {
  return {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    keyringId: Buffer.from(randomBytes(16)).toString('hex'),
    createdAt: now,
    slots: [],
  };
}

function aad(keyring: Keyring, slot: Pick<KeySlot, 'id' | 'kind' | 'kdf'>): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      f: KEYRING_FORMAT,
      v: KEYRING_VERSION,
      k: keyring.keyringId,
      id: slot.id,
      kind: slot.kind,
      kdf: slot.kdf,
    }),
  );
}

async function wrap(
  keyring: Keyring,
  base: Pick<KeySlot, 'id' | 'kind'>,
  secret: string,
  dataKey: Uint8Array,
  params: KdfParams,
): Promise<Pick<KeySlot, 'kdf' | 'wrap'>> {
  const salt = randomBytes(16);
  const kdf = { ...params, salt: b64(salt) };
  const kek = await deriveKey(secret, salt, params);
  const nonce = randomBytes(12);
  const ciphertext = gcm(kek, nonce, aad(keyring, { ...base, kdf })).encrypt(dataKey);
  kek.fill(0);
  return { kdf, wrap: { alg: 'aes-256-gcm', nonce: b64(nonce), ciphertext: b64(ciphertext) } };
}

/** Returns the data key, or null when the secret does not open this slot. */
async function unwrap(
  keyring: Keyring,
  slot: KeySlot,
  secret: string,
  floorKiB: number,
): Promise<Uint8Array | null> {
  if (slot.kdf.alg !== 'argon2id' || slot.kdf.memoryKiB < floorKiB || slot.wrap.alg !== 'aes-256-gcm') {
    throw new AppException(
      'DB_KEY',
      '密钥文件中的参数低于安全下限或无法识别，拒绝使用。请用备份恢复密钥文件。',
    );
  }
  const kek = await deriveKey(secret, unb64(slot.kdf.salt), slot.kdf);
  try {
    return gcm(kek, unb64(slot.wrap.nonce), aad(keyring, slot)).decrypt(unb64(slot.wrap.ciphertext));
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export function accountSlotId(accountId: number): string {
  return `account:${accountId}`;
}

/** Add (or replace) the slot of an account. Returns a new keyring; the caller writes it. */
export async function setPasswordSlot(
  keyring: Keyring,
  dataKey: Uint8Array,
  account: { id: number; username: string },
  password: string,
  now: string,
  params: KdfParams = DEFAULT_KDF,
): Promise<Keyring> {
  const base = { id: accountSlotId(account.id), kind: 'password' as const };
  const w = await wrap(keyring, base, password, dataKey, params);
  const slot: KeySlot = { ...base, accountId: account.id, username: account.username, ...w, createdAt: now };
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.id !== base.id), slot] };
}

export async function setRecoverySlot(
  keyring: Keyring,
  dataKey: Uint8Array,
  recoveryCode: string,
  now: string,
  params: KdfParams = DEFAULT_KDF,
): Promise<Keyring> {
  const base = { id: 'recovery', kind: 'recovery' as const };
  const w = await wrap(keyring, base, normaliseRecoveryCode(recoveryCode), dataKey, params);
  const slot: KeySlot = { ...base, ...w, createdAt: now };
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.id !== base.id), slot] };
}

export function removeSlot(keyring: Keyring, slotId: string): Keyring {
  return { ...keyring, slots: keyring.slots.filter((s) => s.id !== slotId) };
}

/**
 * Unlock with a username and password. An unknown username costs the same KDF time as a wrong password
 * and gets the same message, so neither timing nor wording tells which accounts exist.
 */
export async function unlockWithPassword(
  keyring: Keyring,
  username: string,
  password: string,
  floorKiB = MIN_KDF_MEMORY_KIB,
): Promise<{ dataKey: Uint8Array; accountId: number }> {
  const slot = keyring.slots.find((s) => s.kind === 'password' && s.username === username);
  if (!slot || slot.accountId === undefined) {
    await deriveKey(password, randomBytes(16), DEFAULT_KDF);
    throw new AppException('FORBIDDEN', WRONG_PASSWORD);
  }
  const dataKey = await unwrap(keyring, slot, password, floorKiB);
  if (!dataKey) throw new AppException('FORBIDDEN', WRONG_PASSWORD);
  return { dataKey, accountId: slot.accountId };
}

export async function unlockWithRecoveryCode(
  keyring: Keyring,
  code: string,
  floorKiB = MIN_KDF_MEMORY_KIB,
): Promise<Uint8Array> {
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  if (!slot) throw new AppException('NOT_FOUND', '此数据库没有设置恢复码。');
  const dataKey = await unwrap(keyring, slot, normaliseRecoveryCode(code), floorKiB);
  if (!dataKey)
    throw new AppException(
      'FORBIDDEN',
      '恢复码不正确。请核对保险柜中的恢复码（不区分大小写，可省略短横线）。',
    );
  return dataKey;
}

// Crockford base32 without I, L, O, U: easy to read aloud and copy by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A recovery code: 160 random bits as 32 base32 characters in groups of four, printed once for the safe. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
