import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { and, eq, isNull } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { fingerprintText } from '../../../db/domain/fingerprint';
import type { Db } from '../../../db/open';
import { unitKeys } from '../../../db/schema';
import { canonicalJson } from '../util/canonical-json';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;
export type KeyRow = typeof unitKeys.$inferSelect;
export type KeyAlg = KeyRow['alg'];

export function keyIdOf(alg: KeyAlg, publicKey: Uint8Array): string {
  return bytesToHex(sha256(new Uint8Array([...new TextEncoder().encode(`${alg}:`), ...publicKey]))).slice(
    0,
    32,
  );
}

/**
 * A fingerprint people can compare by reading aloud: SHA-256 of (alg, public key), the first 128 bits as
 * eight groups of four hex digits, upper case. Printed for filing with the supervisor.
 */
export function fingerprint(alg: KeyAlg, publicKey: Uint8Array): string {
  return fingerprintText(keyIdOf(alg, publicKey));
}

function newPair(purpose: 'sign' | 'encrypt'): { alg: KeyAlg; publicKey: Uint8Array; secretKey: Uint8Array } {
  if (purpose === 'sign') {
    const secretKey = ed25519.utils.randomSecretKey();
    return { alg: 'ed25519', secretKey, publicKey: ed25519.getPublicKey(secretKey) };
  }
  const secretKey = x25519.utils.randomSecretKey();
  return { alg: 'x25519', secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

function endorsementMessage(k: {
  keyId: string;
  alg: KeyAlg;
  publicKey: Uint8Array;
  createdAt: string;
  prevKeyId: string;
}): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      t: 'baomi-key-endorsement/v1',
      keyId: k.keyId,
      alg: k.alg,
      pub: Buffer.from(k.publicKey).toString('base64'),
      createdAt: k.createdAt,
      prev: k.prevKeyId,
    }),
  );
}

export function activeKey(db: Pick<Db, 'select'>, purpose: 'sign' | 'encrypt'): KeyRow {
  const k = db
    .select()
    .from(unitKeys)
    .where(and(eq(unitKeys.purpose, purpose), isNull(unitKeys.retiredAt)))
    .get();
  if (!k) throw new AppException('DB_CORRUPT', '数据库中缺少本单位的密钥，数据库可能不完整。请用备份恢复。');
  return k;
}

/** At setup: one signing and one encryption key pair. */
export function createUnitKeys(tx: Tx, now: string): { sign: KeyRow; encrypt: KeyRow } {
  const make = (purpose: 'sign' | 'encrypt') => {
    const p = newPair(purpose);
    return tx
      .insert(unitKeys)
      .values({
        keyId: keyIdOf(p.alg, p.publicKey),
        purpose,
        alg: p.alg,
        publicKey: Buffer.from(p.publicKey),
        secretKey: Buffer.from(p.secretKey),
        createdAt: now,
      })
      .returning()
      .get();
  };
  return { sign: make('sign'), encrypt: make('encrypt') };
}

/**
 * Rotate a key: the new key is endorsed by the current signing key (so a counterpart that trusts the old
 * key can accept the new one), and the old key is retired, not deleted, so old packages still verify.
 */
export function rotateKey(tx: Tx, purpose: 'sign' | 'encrypt', now: string): KeyRow {
  const signer = activeKey(tx, 'sign');
  const old = purpose === 'sign' ? signer : activeKey(tx, purpose);
  const p = newPair(purpose);
  const keyId = keyIdOf(p.alg, p.publicKey);
  const endorsement = Buffer.from(
    ed25519.sign(
      endorsementMessage({ keyId, alg: p.alg, publicKey: p.publicKey, createdAt: now, prevKeyId: old.keyId }),
      signer.secretKey,
    ),
  ).toString('base64');
  tx.update(unitKeys).set({ retiredAt: now }).where(eq(unitKeys.keyId, old.keyId)).run();
  return tx
    .insert(unitKeys)
    .values({
      keyId,
      purpose,
      alg: p.alg,
      publicKey: Buffer.from(p.publicKey),
      secretKey: Buffer.from(p.secretKey),
      createdAt: now,
      prevKeyId: old.keyId,
      endorsement,
    })
    .returning()
    .get();
}

/** Check a rotated key's endorsement against the signing public key it names as its predecessor's signer. */
export function verifyEndorsement(
  k: Pick<KeyRow, 'keyId' | 'alg' | 'publicKey' | 'createdAt' | 'prevKeyId' | 'endorsement'>,
  signerPublicKey: Uint8Array,
): boolean {
  if (!k.prevKeyId || !k.endorsement) return false;
  try {
    return ed25519.verify(
      Buffer.from(k.endorsement, 'base64'),
      endorsementMessage({ ...k, prevKeyId: k.prevKeyId }),
      signerPublicKey,
    );
  } catch {
    return false;
  }
}

export function signWithUnitKey(
  db: Pick<Db, 'select'>,
  message: Uint8Array,
): { keyId: string; publicKey: Uint8Array; signature: Uint8Array } {
  const k = activeKey(db, 'sign');
  return { keyId: k.keyId, publicKey: k.publicKey, signature: ed25519.sign(message, k.secretKey) };
}
