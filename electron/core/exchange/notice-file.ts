// The notice (.bmn) the supervisor sends down (FORMAT.md, 通知): a clear signed header and the content sealed
// for the unit's encryption key with the packages' suite — its name, reason for a leaving or a check's findings
// travel on media, so they are encrypted, unlike a receipt's numbers and hashes.
import { z } from 'zod';
import { canonicalJson } from '../util/canonical-json';
import { chunkAad } from './container';
import { b64, defaultSuite, hex, suiteById, unb64 } from './suite';

export const NOTICE_FORMAT = 'baomi-notice';
export const NOTICE_VERSION = 1;

export const NoticeHeaderSchema = z.object({
  format: z.literal(NOTICE_FORMAT),
  version: z.number().int(),
  suite: z.string(),
  /** The supervisor and its signing key. */
  from: z.object({ unitCode: z.string(), unitName: z.string(), signKeyId: z.string() }),
  /** The unit, and which of its encryption keys the content is sealed for. */
  to: z.object({ unitCode: z.string(), encKeyId: z.string() }),
  /** Per supervisor → unit, from 1. */
  seq: z.number().int().min(1),
  createdAt: z.string(),
  /** SHA-256 of the plaintext content (canonical JSON). */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  enc: z.object({ ephemeral: z.string(), salt: z.string() }),
});
export type NoticeHeader = z.output<typeof NoticeHeaderSchema>;

const FileSchema = z.object({ header: z.unknown(), signature: z.string(), content: z.string() });

export interface SealedNotice {
  text: string;
  /** SHA-256 of the canonical header: names the notice (it commits to the content by its hash). */
  noticeHash: string;
}

export function sealNotice(
  header: Omit<NoticeHeader, 'format' | 'version' | 'suite' | 'contentSha256' | 'enc'>,
  content: unknown,
  signSecretKey: Uint8Array,
  unitEncPublicKey: Uint8Array,
): SealedNotice {
  const suite = defaultSuite();
  const plain = new TextEncoder().encode(canonicalJson(content));
  const { ephemeral, salt, key } = suite.seal(unitEncPublicKey);
  const full: NoticeHeader = {
    format: NOTICE_FORMAT,
    version: NOTICE_VERSION,
    suite: suite.id,
    ...header,
    contentSha256: hex(suite.hash(plain)),
    enc: { ephemeral: b64(ephemeral), salt: b64(salt) },
  };
  const signed = new TextEncoder().encode(canonicalJson(full));
  const digest = suite.hash(signed);
  const sealed = suite.encryptChunk(key, 0, chunkAad(digest, 0, true), plain);
  key.fill(0);
  const text = JSON.stringify({
    header: full,
    signature: b64(suite.sign(signSecretKey, signed)),
    content: b64(sealed),
  });
  return { text, noticeHash: hex(digest) };
}

export type ParsedNotice =
  | { ok: false; reason: 'not_notice' | 'unknown_format' }
  | {
      ok: true;
      header: NoticeHeader;
      noticeHash: string;
      checkSignature(publicKey: Uint8Array): boolean;
      /** The content, or null when it cannot be opened with this key or was altered. */
      open(encSecretKey: Uint8Array): unknown;
    };

export function parseNotice(text: string): ParsedNotice {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_notice' };
  }
  const file = FileSchema.safeParse(raw);
  const h = NoticeHeaderSchema.safeParse(file.success ? file.data.header : undefined);
  if (!file.success || !h.success) return { ok: false, reason: 'not_notice' };
  const suite = suiteById(h.data.suite);
  if (!suite || h.data.version !== NOTICE_VERSION) return { ok: false, reason: 'unknown_format' };
  // Signed and hashed as carried, not as re-parsed: a member added to the header breaks the signature.
  const signed = new TextEncoder().encode(canonicalJson(file.data.header));
  const digest = suite.hash(signed);
  const signature = Buffer.from(file.data.signature, 'base64');
  return {
    ok: true,
    header: h.data,
    noticeHash: hex(digest),
    checkSignature: (publicKey) =>
      signature.toString('base64') === file.data.signature && suite.verify(publicKey, signed, signature),
    open(encSecretKey) {
      try {
        const key = suite.open(encSecretKey, unb64(h.data.enc.ephemeral), unb64(h.data.enc.salt));
        const plain = suite.decryptChunk(key, 0, chunkAad(digest, 0, true), unb64(file.data.content));
        key.fill(0);
        if (hex(suite.hash(plain)) !== h.data.contentSha256) return null;
        return JSON.parse(Buffer.from(plain).toString('utf8')) as unknown;
      } catch {
        return null;
      }
    },
  };
}
