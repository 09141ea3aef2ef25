// The `.bmx` byte layout (FORMAT.md): prefix, clear header (manifest, signature, key agreement), then the payload
// in AES-GCM chunks whose associated data binds the header, the chunk's position and whether it is the last.
import { fstatSync, readSync } from 'node:fs';
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

/** Prefix and clear header as bytes: what every chunk's associated data binds (by its digest). */
export function headerBytesOf(header: HeaderJson): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_LENGTH);
  MAGIC.copy(prefix);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 2);
  return Buffer.concat([prefix, json]);
}

/**
 * The file, piece by piece: the header bytes, then each plaintext chunk sealed as it is emitted (a caller
 * writes and hashes them as they come). `plain` holds chunks of `header.enc.chunkSize` bytes, the last one
 * shorter or empty.
 */
export function sealPackage(
  suite: Suite,
  header: HeaderJson,
  key: Uint8Array,
  plain: readonly Uint8Array[],
  emit: (bytes: Uint8Array) => void,
): void {
  for (const b of sealedPieces(suite, header, key, plain)) emit(b);
}

/** The same pieces one at a time, for a writer that gives the screen its turn between them. */
export function* sealedPieces(
  suite: Suite,
  header: HeaderJson,
  key: Uint8Array,
  plain: readonly Uint8Array[],
): Generator<Uint8Array, void> {
  const headerBytes = headerBytesOf(header);
  yield headerBytes;
  const digest = suite.hash(headerBytes);
  for (let i = 0; i < plain.length; i++) {
    yield suite.encryptChunk(key, i, chunkAad(digest, i, i === plain.length - 1), plain[i] as Uint8Array);
  }
}

/** The whole file in memory (small packages, tests): `payload` cut into chunks and sealed. */
export function buildPackage(
  suite: Suite,
  header: HeaderJson,
  key: Uint8Array,
  payload: Uint8Array,
): Uint8Array {
  const size = header.enc.chunkSize;
  const count = Math.max(1, Math.ceil(payload.length / size));
  const plain = Array.from({ length: count }, (_, i) =>
    payload.subarray(i * size, Math.min(payload.length, (i + 1) * size)),
  );
  const out: Uint8Array[] = [];
  sealPackage(suite, header, key, plain, (b) => out.push(b));
  return Buffer.concat(out);
}

/** Where a package's bytes are read from: memory, or an open file read piece by piece. */
export interface Source {
  size: number;
  read(offset: number, length: number): Buffer;
}

export function bytesSource(bytes: Uint8Array): Source {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { size: buf.length, read: (o, l) => buf.subarray(o, Math.min(buf.length, o + l)) };
}

export function fileSource(fd: number): Source {
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const b = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, b, got, length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return b.subarray(0, got);
    },
  };
}

/** Prefix and clear header only: no key needed. */
export function readEnvelope(bytes: Uint8Array): EnvelopeResult {
  return readEnvelopeFrom(bytesSource(bytes));
}

export function readEnvelopeFrom(src: Source): EnvelopeResult {
  const prefix = src.read(0, PREFIX_LENGTH);
  if (prefix.length < PREFIX_LENGTH || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { ok: false, reason: 'NOT_PACKAGE' };
  }
  const version = prefix.readUInt16BE(MAGIC.length);
  if (!SUPPORTED_FORMAT_VERSIONS.includes(version)) return { ok: false, reason: 'UNKNOWN_FORMAT', version };
  const len = prefix.readUInt32BE(MAGIC.length + 2);
  if (len > MAX_HEADER || PREFIX_LENGTH + len > src.size) return { ok: false, reason: 'NOT_PACKAGE' };
  const headerBytes = Buffer.concat([prefix, src.read(PREFIX_LENGTH, len)]);
  let header: HeaderJson;
  try {
    header = JSON.parse(headerBytes.subarray(PREFIX_LENGTH).toString('utf8')) as HeaderJson;
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
      headerBytes,
      payloadOffset: PREFIX_LENGTH + len,
    },
  };
}

/**
 * Decrypt every chunk in order, handing each plaintext chunk to `onPlain`; the last chunk in the file must be
 * the one sealed as final. Throws on any altered, missing, reordered or appended chunk. One sealed chunk is
 * read at a time, so the payload is never held whole unless the caller keeps it.
 */
export function openPayload(
  suite: Suite,
  key: Uint8Array,
  env: Envelope,
  src: Source,
  onPlain: (plain: Buffer) => void,
): void {
  const digest = suite.hash(env.headerBytes);
  const sealedSize = env.header.enc.chunkSize + suite.tagLength;
  const body = src.size - env.payloadOffset;
  const count = Math.max(1, Math.ceil(body / sealedSize));
  for (let i = 0; i < count; i++) {
    const sealed = src.read(env.payloadOffset + i * sealedSize, Math.min(sealedSize, body - i * sealedSize));
    const plain = suite.decryptChunk(key, i, chunkAad(digest, i, i === count - 1), sealed);
    onPlain(Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength));
  }
}

export function decryptPayload(suite: Suite, key: Uint8Array, env: Envelope, bytes: Uint8Array): Uint8Array {
  const out: Buffer[] = [];
  openPayload(suite, key, env, bytesSource(bytes), (p) => out.push(p));
  return Buffer.concat(out);
}
