// The unit's public key file (.bmkey): what the supervisor files and imports. Self-signed by the signing key, so
// the encryption key and unit code are bound to the fingerprint the people compare.
import { ed25519 } from '@noble/curves/ed25519.js';
import { asc, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { unitKeys } from '../../../db/schema';
import { unitInfo } from '../session';
import { canonicalJson } from '../util/canonical-json';
import { activeKey, fingerprint, keyIdOf, type KeyAlg } from './keys';

export const PUBLIC_KEY_FORMAT = 'baomi-public-key';

export interface PublicKeyEntry {
  keyId: string;
  alg: KeyAlg;
  /** Base64. */
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  prevKeyId: string | null;
  /** Base64 signature by the signing key that was current when this key was made (rotation). */
  endorsement: string | null;
}

export interface PublicKeyBody {
  format: typeof PUBLIC_KEY_FORMAT;
  version: 1;
  unitCode: string;
  unitName: string;
  exportedAt: string;
  /** The fingerprint of the signing key: the one to compare out of band. */
  fingerprint: string;
  sign: PublicKeyEntry;
  encrypt: PublicKeyEntry;
  /** Every signing key, oldest first, each endorsed by the one before: how a rotation is followed. */
  chain: PublicKeyEntry[];
}

export interface PublicKeyFile {
  body: PublicKeyBody;
  /** Base64 Ed25519 signature by `body.sign` over the canonical body. */
  signature: string;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const enc = new TextEncoder();

function entry(k: typeof unitKeys.$inferSelect): PublicKeyEntry {
  return {
    keyId: k.keyId,
    alg: k.alg,
    publicKey: b64(k.publicKey),
    fingerprint: fingerprint(k.alg, k.publicKey),
    createdAt: k.createdAt,
    prevKeyId: k.prevKeyId,
    endorsement: k.endorsement,
  };
}

export function publicKeyFile(db: Pick<Db, 'select'>, now: string): PublicKeyFile {
  const unit = unitInfo(db);
  const sign = activeKey(db, 'sign');
  const chain = db
    .select()
    .from(unitKeys)
    .where(eq(unitKeys.purpose, 'sign'))
    .orderBy(asc(unitKeys.createdAt), asc(unitKeys.retiredAt))
    .all()
    .map(entry);
  const body: PublicKeyBody = {
    format: PUBLIC_KEY_FORMAT,
    version: 1,
    unitCode: unit.unitCode,
    unitName: unit.name,
    exportedAt: now,
    fingerprint: fingerprint(sign.alg, sign.publicKey),
    sign: entry(sign),
    encrypt: entry(activeKey(db, 'encrypt')),
    chain,
  };
  return { body, signature: b64(ed25519.sign(enc.encode(canonicalJson(body)), sign.secretKey)) };
}

function bad(message: string): never {
  throw new AppException('VALIDATION', message, { fields: [{ path: 'path', message }] });
}

/** Parse a public key file and check that it is whole: keys match their ids, the body is self-signed. */
export function parsePublicKeyFile(text: string): PublicKeyFile {
  let f: PublicKeyFile;
  try {
    f = JSON.parse(text) as PublicKeyFile;
  } catch {
    return bad('该文件不是保密工作台的公钥文件（无法读取）。');
  }
  const b = f?.body;
  if (b?.format !== PUBLIC_KEY_FORMAT || b.version !== 1 || typeof f.signature !== 'string') {
    return bad('该文件不是保密工作台的公钥文件，或版本不受支持。');
  }
  for (const k of [b.sign, b.encrypt, ...(Array.isArray(b.chain) ? b.chain : [])]) {
    const pub = Buffer.from(k?.publicKey ?? '', 'base64');
    if (pub.length !== 32 || keyIdOf(k.alg, pub) !== k.keyId || fingerprint(k.alg, pub) !== k.fingerprint) {
      return bad('公钥文件内容不一致（密钥与其编号或指纹不符），文件可能已被改动。');
    }
  }
  if (b.sign.alg !== 'ed25519' || b.encrypt.alg !== 'x25519' || b.fingerprint !== b.sign.fingerprint) {
    return bad('公钥文件内容不一致（密钥类型或指纹不符），文件可能已被改动。');
  }
  let ok: boolean;
  try {
    ok = ed25519.verify(
      Buffer.from(f.signature, 'base64'),
      enc.encode(canonicalJson(b)),
      Buffer.from(b.sign.publicKey, 'base64'),
    );
  } catch {
    ok = false;
  }
  if (!ok) return bad('公钥文件的签名无效，文件可能已被改动。请向对方重新索取。');
  return f;
}

/** Fingerprints are compared as typed or read aloud: spaces, dashes and case do not matter. */
export function normaliseFingerprint(s: string): string {
  return s.replace(/[\s\-–—]/g, '').toUpperCase();
}
