// Writing a package to media and reading it back. The chunks are sealed and written one by one (temporary
// file → fsync → rename → fsync the folder; an export renames only in the write that records it, outgoing.ts),
// the file's SHA-256 computed as the bytes go out; then the file is read back from the media and must hash the
// same, with a header that parses and a signature that verifies.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppException } from '../../../db/domain/errors';
import { fsyncDir } from '../util/atomic-write';
import type { Built } from './build';
import { CHUNK_SIZE, fileSource, readEnvelopeFrom, sealedPieces } from './container';
import { runStages, type Stages } from '../util/jobs';
import { canonicalJson } from '../util/canonical-json';
import { hex } from './suite';

export interface Written {
  sha256: string;
  bytes: number;
}

/** Seal and write the package to `path` atomically; the key is zeroed whatever happens. */
export function writePackage(path: string, built: Built): Written {
  return placeSealed(runStages(sealStages(path, built)), path);
}

/** A package sealed under a temporary name beside where it goes, fsynced, not yet in place. */
export interface Sealed extends Written {
  tmp: string;
}

/**
 * Seal and write the package under a temporary name beside `path`, a stage per few chunks (`done` of `total`
 * pieces written). Stopped, failed or finished, the key is zeroed; stopped or failed, the temporary file is
 * removed, so a cancel leaves nothing on the media.
 */
export function* sealStages(path: string, built: Built): Stages<Sealed> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  const h = built.suite.hasher();
  const total = built.plain.length + 1;
  let bytes = 0;
  let done = 0;
  let open = true;
  let kept = false;
  try {
    for (const b of sealedPieces(built.suite, built.header, built.key, built.plain)) {
      h.update(b);
      for (let off = 0; off < b.length;) off += writeSync(fd, b, off, b.length - off);
      bytes += b.length;
      // A yield per 8 MB: the screen gets its turn a few times a second, the cost of the pauses stays nil.
      if (++done % 8 === 0 && done < total) yield { done, total };
    }
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    kept = true;
    return { tmp, sha256: hex(h.digest()), bytes };
  } finally {
    built.key.fill(0);
    if (open) closeSync(fd);
    if (!kept) rmSync(tmp, { force: true });
  }
}

/** Put a sealed package in its place: rename over nothing (the caller checked), then fsync the folder. */
export function placeSealed(sealed: Sealed, path: string): Written {
  renameSync(sealed.tmp, path);
  fsyncDir(dirname(path));
  return { sha256: sealed.sha256, bytes: sealed.bytes };
}

/**
 * Read the written file back and prove it holds exactly the bytes that were sealed: the same length and
 * SHA-256, the clear header parses to the signed manifest, and the signature verifies with our own key. The
 * payload is not decrypted again: its bytes are the ones just sealed (the hash proves it), and decrypting them
 * would only test OpenSSL. Only then may the clerk remove the media.
 */
export function readBack(path: string, built: Built, written: Written, signPublicKey: Uint8Array): void {
  const fail = () => {
    throw new AppException('INTERNAL', '数据包写入后回读校验失败，请更换介质后重试。');
  };
  const fd = openSync(path, 'r');
  try {
    const src = fileSource(fd);
    if (src.size !== written.bytes) fail();
    const env = readEnvelopeFrom(src);
    // Over the manifest as read back, exactly as the receiver will check it.
    const signed = env.ok ? Buffer.from(canonicalJson(env.envelope.header.manifest), 'utf8') : null;
    if (
      !env.ok ||
      !signed ||
      !built.suite.verify(signPublicKey, signed, Buffer.from(env.envelope.header.signature, 'base64'))
    ) {
      return fail();
    }
    const h = built.suite.hasher();
    for (let off = 0; off < src.size; off += 4 * CHUNK_SIZE) h.update(src.read(off, 4 * CHUNK_SIZE));
    if (hex(h.digest()) !== written.sha256) fail();
  } finally {
    closeSync(fd);
  }
}
