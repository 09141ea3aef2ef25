// Checking an incoming package, read-only, in the fixed order of FORMAT.md. Nothing here writes: a refused
// package leaves the database byte for byte as it was.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { exchangeChannels, unitKeys } from '../../../db/schema';
import type { PackageSummary } from '../../ipc/schemas/exchange';
import { getCounterpart, type CounterpartRow } from './counterparts';
import { unitInfo } from '../session';
import { canonicalJson } from '../util/canonical-json';
import { openPayload, readEnvelopeFrom, type Source } from './container';
import { PartChecker } from './payload';
import {
  countsOf,
  GENESIS_PACKAGE_HASH,
  ManifestSchema,
  packageHash,
  SUPPORTED_SCHEMA_VERSIONS,
  type Manifest,
} from './manifest';
import { MESSAGES, refusal, type Refusal } from './refusals';
import { checkAnchor } from './audit-anchor';
import { suiteById } from './suite';
import { chainCheck } from './supervisor-chain';

export interface Accepted {
  ok: true;
  manifest: Manifest;
  packageHash: string;
  sender: CounterpartRow;
  /** The parts' plaintext, when the caller asked to keep it (an import); empty for a verification. */
  parts: { id: string; bytes: Uint8Array }[];
}

/** Strict base64: what decodes must encode back to the same text (Node's decoder is lenient). */
function strictB64(s: unknown, length: number): Uint8Array | null {
  if (typeof s !== 'string') return null;
  const b = Buffer.from(s, 'base64');
  return b.length === length && b.toString('base64') === s ? new Uint8Array(b) : null;
}

export function summaryOf(m: Manifest, hash: string): PackageSummary {
  return {
    sender: m.sender.unitCode,
    senderName: m.sender.unitName,
    receiver: m.receiver.unitCode,
    seq: m.seq,
    profile: m.profile,
    createdAt: m.createdAt,
    period: m.period,
    packageHash: hash,
    counts: countsOf(m),
    auditHead: m.auditHead,
  };
}

/**
 * Every check, in order. The payload is decrypted chunk by chunk from `src` and each part hashed as it passes;
 * it is kept in memory only when `keep` (an import needs the rows).
 */
export function checkPackage(db: Db, src: Source, keep = false): Accepted | Refusal {
  const env = readEnvelopeFrom(src);
  if (!env.ok) {
    return env.reason === 'NOT_PACKAGE'
      ? refusal('NOT_PACKAGE', MESSAGES.NOT_PACKAGE)
      : refusal('UNKNOWN_FORMAT', MESSAGES.UNKNOWN_FORMAT(String(env.version)));
  }
  const { envelope } = env;
  const parsed = ManifestSchema.safeParse(envelope.header.manifest);
  if (!parsed.success) return refusal('NOT_PACKAGE', MESSAGES.NOT_PACKAGE);
  const m = parsed.data;
  const suite = suiteById(m.suite);
  if (m.formatVersion !== envelope.formatVersion || !suite) {
    return refusal('UNKNOWN_FORMAT', MESSAGES.UNKNOWN_FORMAT(`${m.formatVersion}/${m.suite}`));
  }
  const sender = getCounterpart(db, m.sender.unitCode);
  if (!sender || sender.role !== 'subordinate' || sender.signKeyId !== m.sender.signKeyId) {
    return refusal('UNKNOWN_SENDER_KEY', MESSAGES.UNKNOWN_SENDER_KEY(m.sender.unitCode));
  }
  // Over the manifest exactly as carried (not as parsed), so an added or altered member breaks it.
  const signed = new TextEncoder().encode(canonicalJson(envelope.header.manifest));
  const signature = strictB64(envelope.header.signature, 64);
  if (!signature || !suite.verify(new Uint8Array(sender.signPublicKey), signed, signature)) {
    return refusal('BAD_SIGNATURE', MESSAGES.BAD_SIGNATURE);
  }
  const encKey = db.select().from(unitKeys).where(eq(unitKeys.keyId, m.receiver.encKeyId)).get();
  if (m.receiver.unitCode !== unitInfo(db).unitCode || !encKey || encKey.purpose !== 'encrypt') {
    return refusal('WRONG_RECEIVER', MESSAGES.WRONG_RECEIVER(m.receiver.unitCode));
  }
  const parts = new PartChecker(suite, m.parts, keep);
  try {
    const ephemeral = strictB64(envelope.header.enc.ephemeral, 32);
    const salt = strictB64(envelope.header.enc.salt, 32);
    if (!ephemeral || !salt) throw new Error('bad key agreement fields');
    const key = suite.open(new Uint8Array(encKey.secretKey), ephemeral, salt);
    try {
      openPayload(suite, key, envelope, src, (plain) => parts.push(plain));
    } finally {
      key.fill(0);
    }
  } catch {
    return refusal('DECRYPT_FAILED', MESSAGES.DECRYPT_FAILED);
  }
  if (!parts.done()) return refusal('PART_HASH_MISMATCH', MESSAGES.PART_HASH_MISMATCH);
  const channel = db
    .select()
    .from(exchangeChannels)
    .where(eq(exchangeChannels.unitCode, sender.unitCode))
    .get();
  const chain = chainCheck(db, sender.unitCode, m, packageHash(suite, m), channel?.lastSeq ?? 0);
  if (chain && chain !== 'restart') return chain;
  const lastSeq = chain === 'restart' ? m.seq - 1 : (channel?.lastSeq ?? 0);
  if (m.seq <= lastSeq) return refusal('REPLAY', MESSAGES.REPLAY(m.seq, lastSeq));
  if (m.seq > lastSeq + 1) {
    const missing = Array.from({ length: Math.min(m.seq - lastSeq - 1, 1000) }, (_, i) => lastSeq + 1 + i);
    return refusal('GAP', MESSAGES.GAP(missing), missing);
  }
  if (chain !== 'restart' && m.prevHash !== (channel?.lastHash ?? GENESIS_PACKAGE_HASH))
    return refusal('FORK', MESSAGES.FORK(m.seq));
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(m.schemaVersion)) {
    return refusal('UNKNOWN_SCHEMA', MESSAGES.UNKNOWN_SCHEMA(m.schemaVersion));
  }
  const unanchored = checkAnchor(db, m);
  if (unanchored) return unanchored;
  return { ok: true, manifest: m, packageHash: packageHash(suite, m), sender, parts: parts.kept };
}
