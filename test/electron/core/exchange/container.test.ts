// The chunked AEAD on its own, with small chunks so a package has many: truncation at a chunk boundary,
// reordering and extension are all detected; and what OpenSSL sealed opens with @noble's AES-GCM.
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPackage,
  chunkAad,
  decryptPayload,
  readEnvelope,
  type HeaderJson,
} from '../../../../electron/core/exchange/container';
import { chunkNonce, defaultSuite } from '../../../../electron/core/exchange/suite';

const suite = defaultSuite();
const SIZE = 1024;
const key = randomBytes(32);
const payload = randomBytes(SIZE * 3 + 100);
const header: HeaderJson = { manifest: {}, signature: '', enc: { ephemeral: '', salt: '', chunkSize: SIZE } };
const sealed = Buffer.from(buildPackage(suite, header, key, payload));

function open(bytes: Uint8Array): Uint8Array {
  const env = readEnvelope(bytes);
  if (!env.ok) throw new Error(env.reason);
  return decryptPayload(suite, key, env.envelope, bytes);
}

describe('chunked payload encryption', () => {
  const env = readEnvelope(sealed);
  if (!env.ok) throw new Error('envelope');
  const start = env.envelope.payloadOffset;
  const step = SIZE + 16;

  it('opens what it sealed', () => {
    expect(Buffer.from(open(sealed)).equals(payload)).toBe(true);
  });

  it('a package cut exactly at a chunk boundary is detected (the last chunk left is not sealed as final)', () => {
    expect(() => open(sealed.subarray(0, start + 3 * step))).toThrow();
  });

  it('two chunks swapped are detected', () => {
    const c = Buffer.from(sealed);
    c.set(sealed.subarray(start, start + step), start + step);
    c.set(sealed.subarray(start + step, start + 2 * step), start);
    expect(() => open(c)).toThrow();
  });

  it('a chunk appended after the final one is detected', () => {
    expect(() => open(Buffer.concat([sealed, sealed.subarray(start, start + step)]))).toThrow();
  });

  it('the format does not depend on the library: @noble AES-GCM opens a chunk OpenSSL sealed', () => {
    const digest = suite.hash(env.envelope.headerBytes);
    const chunk = sealed.subarray(start, start + step);
    const plain = gcm(key, chunkNonce(0), chunkAad(digest, 0, false)).decrypt(chunk);
    expect(Buffer.from(plain).equals(payload.subarray(0, SIZE))).toBe(true);
  });
});
