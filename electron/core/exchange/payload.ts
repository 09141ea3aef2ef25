// The plaintext payload as it is built: parts written line by line into chunk-sized buffers, each part hashed
// as its bytes go in. No part exists as one string or one buffer; the chunks are sealed once the manifest
// (which needs every part's hash) is signed.
import type { Hasher, Suite } from './suite';

export interface PartDigest {
  sha256: string;
  bytes: number;
}

export class PayloadWriter {
  readonly chunks: Buffer[] = [];
  private cur: Buffer;
  private pos = 0;
  private hash: Hasher | null = null;
  private partBytes = 0;

  constructor(
    private readonly suite: Suite,
    private readonly size: number,
  ) {
    this.cur = Buffer.allocUnsafe(size);
  }

  begin(): void {
    this.hash = this.suite.hasher();
    this.partBytes = 0;
  }

  write(text: string): void {
    const n = Buffer.byteLength(text, 'utf8');
    if (n <= this.size - this.pos) {
      this.cur.write(text, this.pos, 'utf8');
      this.hash?.update(this.cur.subarray(this.pos, this.pos + n));
      this.advance(n);
      return;
    }
    const b = Buffer.from(text, 'utf8');
    this.hash?.update(b);
    for (let off = 0; off < b.length;) {
      const take = Math.min(this.size - this.pos, b.length - off);
      b.copy(this.cur, this.pos, off, off + take);
      off += take;
      this.advance(take);
    }
  }

  end(): PartDigest {
    if (!this.hash) throw new Error('no part begun');
    const out = { sha256: Buffer.from(this.hash.digest()).toString('hex'), bytes: this.partBytes };
    this.hash = null;
    return out;
  }

  /** The payload's chunks; the last may be shorter (an empty payload is one empty chunk). */
  finish(): Buffer[] {
    if (this.pos > 0 || this.chunks.length === 0) this.chunks.push(this.cur.subarray(0, this.pos));
    this.pos = 0;
    return this.chunks;
  }

  private advance(n: number): void {
    this.pos += n;
    this.partBytes += n;
    if (this.pos === this.size) {
      this.chunks.push(this.cur);
      this.cur = Buffer.allocUnsafe(this.size);
      this.pos = 0;
    }
  }
}

/**
 * The receiving side: decrypted chunks come in order, each part's bytes are hashed against the manifest as they
 * pass, and (for an import) kept. A mismatch is remembered, not thrown, so that a later chunk that fails to
 * decrypt is still reported first, as the order of checks requires.
 */
export class PartChecker {
  private index = 0;
  private left: number;
  private hash: Hasher;
  private current: Buffer[] = [];
  readonly kept: { id: string; bytes: Buffer }[] = [];
  mismatch = false;

  constructor(
    private readonly suite: Suite,
    private readonly parts: readonly { id: string; sha256: string; bytes: number }[],
    private readonly keep: boolean,
  ) {
    this.hash = suite.hasher();
    this.left = parts[0]?.bytes ?? 0;
    this.closeEmpty();
  }

  push(plain: Buffer): void {
    let off = 0;
    while (off < plain.length) {
      if (this.index >= this.parts.length) {
        this.mismatch = true;
        return;
      }
      const take = Math.min(this.left, plain.length - off);
      const slice = plain.subarray(off, off + take);
      this.hash.update(slice);
      if (this.keep) this.current.push(slice);
      off += take;
      this.left -= take;
      if (this.left === 0) this.closePart();
    }
  }

  /** True when every part arrived whole with the hash the manifest names, and nothing followed. */
  done(): boolean {
    return !this.mismatch && this.index === this.parts.length;
  }

  private closePart(): void {
    const p = this.parts[this.index] as { id: string; sha256: string };
    if (Buffer.from(this.hash.digest()).toString('hex') !== p.sha256) this.mismatch = true;
    if (this.keep) this.kept.push({ id: p.id, bytes: sharedConcat(this.current) });
    this.current = [];
    this.index += 1;
    this.hash = this.suite.hasher();
    this.left = this.parts[this.index]?.bytes ?? 0;
    this.closeEmpty();
  }

  private closeEmpty(): void {
    if (this.index < this.parts.length && this.left === 0) this.closePart();
  }
}

/**
 * A part's bytes in memory the import's helper thread reads as they are (decode-thread.ts): a large unit's parts
 * were 91 MB to copy across before its rows could be decoded there.
 */
function sharedConcat(chunks: Buffer[]): Buffer {
  const out = Buffer.from(new SharedArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
