// Algorithm suites, by the id a package names in its signed manifest. One is implemented; a 国密 suite
// (SM2 signature, SM2 key agreement, SM3, SM4-GCM) is one more entry here and needs no change of format.
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface Suite {
  id: string;
  /** The digest for part hashes, the package hash and the header binding. */
  hash(data: Uint8Array): Uint8Array;
  /** The same digest, fed piece by piece (parts and files are hashed as they stream). */
  hasher(): Hasher;
  sign(secretKey: Uint8Array, message: Uint8Array): Uint8Array;
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  /** Sender: a fresh ephemeral key pair agreed with the receiver's encryption key, and the payload key. */
  seal(receiverPublicKey: Uint8Array): { ephemeral: Uint8Array; salt: Uint8Array; key: Uint8Array };
  /** Receiver: the same payload key from its secret key and what the header carries; throws when impossible. */
  open(receiverSecretKey: Uint8Array, ephemeral: Uint8Array, salt: Uint8Array): Uint8Array;
  tagLength: number;
  encryptChunk(key: Uint8Array, index: number, aad: Uint8Array, plain: Uint8Array): Uint8Array;
  /** Throws when the chunk or its associated data was altered. */
  decryptChunk(key: Uint8Array, index: number, aad: Uint8Array, sealed: Uint8Array): Uint8Array;
}

export interface Hasher {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

export const DEFAULT_SUITE_ID = 'ED25519-X25519-HKDFSHA256-AES256GCM-v1';

const enc = new TextEncoder();

/** 96-bit nonce = 32 zero bits ‖ chunk counter (64-bit big-endian). Unique per key: each package has its own key. */
export function chunkNonce(index: number): Uint8Array {
  const n = new Uint8Array(12);
  new DataView(n.buffer).setBigUint64(4, BigInt(index));
  return n;
}

function payloadKey(shared: Uint8Array, salt: Uint8Array, ephemeral: Uint8Array, receiver: Uint8Array) {
  const info = new Uint8Array([...enc.encode(`baomi-bmx|${DEFAULT_SUITE_ID}|`), ...ephemeral, ...receiver]);
  return hkdf(nobleSha256, shared, salt, info, 32);
}

/**
 * Signatures, key agreement and HKDF come from @noble (audited, pure JS). The bulk work — AES-256-GCM over the
 * payload and SHA-256 over the parts — runs on Node's OpenSSL: the same standard algorithms, about 30 times
 * faster than the pure-JS AES-GCM on a 100k-carrier register (measured: 64 MiB in 2.1 s vs 0.07 s). A test
 * checks that @noble's AES-GCM opens what OpenSSL sealed, so the format does not depend on the library.
 */
const ed25519Suite: Suite = {
  id: DEFAULT_SUITE_ID,
  hash: (data) => createHash('sha256').update(data).digest(),
  hasher() {
    const h = createHash('sha256');
    return { update: (data) => void h.update(data), digest: () => h.digest() };
  },
  sign: (secretKey, message) => ed25519.sign(message, secretKey),
  verify(publicKey, message, signature) {
    try {
      return ed25519.verify(signature, message, publicKey);
    } catch {
      return false;
    }
  },
  seal(receiverPublicKey) {
    const eph = x25519.utils.randomSecretKey();
    const ephemeral = x25519.getPublicKey(eph);
    const salt = randomBytes(32);
    const key = payloadKey(
      x25519.getSharedSecret(eph, receiverPublicKey),
      salt,
      ephemeral,
      receiverPublicKey,
    );
    eph.fill(0);
    return { ephemeral, salt, key };
  },
  open(receiverSecretKey, ephemeral, salt) {
    const receiver = x25519.getPublicKey(receiverSecretKey);
    return payloadKey(x25519.getSharedSecret(receiverSecretKey, ephemeral), salt, ephemeral, receiver);
  },
  tagLength: 16,
  encryptChunk(key, index, aad, plain) {
    const c = createCipheriv('aes-256-gcm', key, chunkNonce(index));
    c.setAAD(aad);
    const body = c.update(plain);
    c.final();
    return Buffer.concat([body, c.getAuthTag()]);
  },
  decryptChunk(key, index, aad, sealed) {
    if (sealed.length < 16) throw new Error('chunk too short');
    const d = createDecipheriv('aes-256-gcm', key, chunkNonce(index));
    d.setAAD(aad);
    d.setAuthTag(sealed.subarray(sealed.length - 16));
    const body = d.update(sealed.subarray(0, sealed.length - 16));
    d.final();
    return body;
  },
};

const SUITES: Record<string, Suite> = { [DEFAULT_SUITE_ID]: ed25519Suite };

export function suiteById(id: string): Suite | undefined {
  return Object.hasOwn(SUITES, id) ? SUITES[id] : undefined;
}

export function defaultSuite(): Suite {
  return ed25519Suite;
}

export function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function b64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

export function unb64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}
