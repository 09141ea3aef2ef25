// The `.bmx` byte layout (FORMAT.md): prefix, clear header (manifest, signature, key agreement), then the payload
// in AES-GCM chunks whose associated data binds the header, the chunk's position and whether it is the last.
import type { Suite } from './suite';

export const MAGIC = Buffer.from('BAOMIBMX', 'latin1');
export const FORMAT_VERSION = 1;
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = [1];
export const PREFIX_LENGTH = MAGIC.length + 2 + 4;
export const CHUNK_SIZE = 1 << 20;
const MAX_HEADER = 1 << 20;

export interface HeaderJson {
  manifest: unknown;
  /** Base64 signature by the sender's signing key over the canonical manifest bytes. */
  signature: string;
  enc: { ephemeral: string; salt: string; chunkSize: number };
}

export interface Envelope {
  formatVersion: number;
  header: HeaderJson;
  /** Digest of everything before the payload: bound into every chunk. */
  headerBytes: Uint8Array;
  payloadOffset: number;
}

export type EnvelopeResult =
  | { ok: true; envelope: Envelope }
  | { ok: false; reason: 'NOT_PACKAGE' | 'UNKNOWN_FORMAT'; version?: number };

export function chunkAad(headerDigest: Uint8Array, index: number, final: boolean): Uint8Array {
  const aad = new Uint8Array(headerDigest.length + 5);
  aad.set(headerDigest);
  const v = new DataView(aad.buffer);
  v.setUint32(headerDigest.length, index);
  aad[headerDigest.length + 4] = final ? 1 : 0;
  return aad;
}

export function buildPackage(
  suite: Suite,
  header: HeaderJson,
  key: Uint8Array,
  payload: Uint8Array,
): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_LENGTH);
  MAGIC.copy(prefix);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 2);
  const headerBytes = Buffer.concat([prefix, json]);
  const digest = suite.hash(headerBytes);
  const size = header.enc.chunkSize;
  const count = Math.max(1, Math.ceil(payload.length / size));
  const out: Uint8Array[] = [headerBytes];
  for (let i = 0; i < count; i++) {
    const plain = payload.subarray(i * size, Math.min(payload.length, (i + 1) * size));
    out.push(suite.encryptChunk(key, i, chunkAad(digest, i, i === count - 1), plain));
  }
  return Buffer.concat(out);
}

/** Prefix and clear header only: no key needed. */
export function readEnvelope(bytes: Uint8Array): EnvelopeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < PREFIX_LENGTH || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { ok: false, reason: 'NOT_PACKAGE' };
  }
  const version = buf.readUInt16BE(MAGIC.length);
  if (!SUPPORTED_FORMAT_VERSIONS.includes(version)) return { ok: false, reason: 'UNKNOWN_FORMAT', version };
  const len = buf.readUInt32BE(MAGIC.length + 2);
  if (len > MAX_HEADER || PREFIX_LENGTH + len > buf.length) return { ok: false, reason: 'NOT_PACKAGE' };
  let header: HeaderJson;
  try {
    header = JSON.parse(buf.subarray(PREFIX_LENGTH, PREFIX_LENGTH + len).toString('utf8')) as HeaderJson;
  } catch {
    return { ok: false, reason: 'NOT_PACKAGE' };
  }
  const e = header?.enc;
  if (
    typeof header !== 'object' ||
    typeof header.signature !== 'string' ||
    typeof e?.ephemeral !== 'string' ||
    typeof e.salt !== 'string' ||
    !Number.isInteger(e.chunkSize) ||
    e.chunkSize < 1024 ||
    e.chunkSize > 64 * CHUNK_SIZE
  ) {
    return { ok: false, reason: 'NOT_PACKAGE' };
  }
  return {
    ok: true,
    envelope: {
      formatVersion: version,
      header,
      headerBytes: buf.subarray(0, PREFIX_LENGTH + len),
      payloadOffset: PREFIX_LENGTH + len,
    },
  };
}

/**
 * Decrypt every chunk in order; the last chunk in the file must be the one sealed as final. Throws on any
 * altered, missing, reordered or appended chunk.
 */
export function decryptPayload(suite: Suite, key: Uint8Array, env: Envelope, bytes: Uint8Array): Uint8Array {
  const digest = suite.hash(env.headerBytes);
  const sealedSize = env.header.enc.chunkSize + suite.tagLength;
  const body = bytes.subarray(env.payloadOffset);
  const count = Math.max(1, Math.ceil(body.length / sealedSize));
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const sealed = body.subarray(i * sealedSize, Math.min(body.length, (i + 1) * sealedSize));
    out.push(suite.decryptChunk(key, i, chunkAad(digest, i, i === count - 1), sealed));
  }
  return Buffer.concat(out);
}
