// Building a package: the parts of the chosen profile streamed into the payload (hashed as they go), the
// manifest, its signature and the key agreement. Sealing happens as the file is written (media.ts).
import { AppException } from '../../../db/domain/errors';
import type { ExchangeProfile } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { auditHead } from '../audit/audit';
import { anchorFor } from './audit-anchor';
import { activeKey } from '../keys';
import type { CounterpartRow } from './counterparts';
import { unitInfo } from '../session';
import { writeAnnualReport } from './annual';
import { CHUNK_SIZE, FORMAT_VERSION, type HeaderJson } from './container';
import { manifestBytes, SCHEMA_VERSION, type Manifest } from './manifest';
import { partById, REGISTER_PARTS } from './parts';
import { PayloadWriter } from './payload';
import { b64, defaultSuite, hex, type Suite } from './suite';

export interface BuildInput {
  receiver: CounterpartRow;
  profile: ExchangeProfile;
  seq: number;
  prevHash: string;
  /** Incremental: the acknowledged package's snapshot time and number. */
  base: { seq: number; createdAt: string } | null;
  year: number;
  now: string;
  today: string;
}

export interface Built {
  suite: Suite;
  manifest: Manifest;
  /** SHA-256 of the canonical manifest bytes, which are also what was signed. */
  packageHash: string;
  header: HeaderJson;
  /** The plaintext payload in chunks, sealed when written. */
  plain: Buffer[];
  /** LEVEL_RANK of the most protected carrier the package lists (0 when none). */
  maxLevelRank: number;
  /** The payload key, kept only until the file is written; then zeroed. */
  key: Uint8Array;
}

function sinceOf(input: BuildInput): string | null {
  return input.profile === 'incremental' ? (input.base?.createdAt ?? null) : null;
}

type PartEntry = Manifest['parts'][number];

function writeParts(db: Db, input: BuildInput, out: PayloadWriter): PartEntry[] {
  const one = (id: string, write: () => number): PartEntry => {
    out.begin();
    const records = write();
    return { id, ...out.end(), records };
  };
  if (input.profile === 'annual') {
    return [one('annual_report', () => writeAnnualReport(db, input.year, input.today, out, input.now))];
  }
  const since = sinceOf(input);
  if (input.profile === 'incremental' && since === null) {
    throw new AppException('INTERNAL', '增量报送缺少基准数据包。');
  }
  return REGISTER_PARTS.map((p) => one(p.id, () => p.write(db, since, out)));
}

export function buildOutgoing(db: Db, input: BuildInput): Built {
  const suite = defaultSuite();
  const unit = unitInfo(db);
  const signKey = activeKey(db, 'sign');
  const payload = new PayloadWriter(suite, CHUNK_SIZE);
  const parts = writeParts(db, input, payload);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    suite: suite.id,
    sender: { unitCode: unit.unitCode, unitName: unit.name, signKeyId: signKey.keyId },
    receiver: { unitCode: input.receiver.unitCode, encKeyId: input.receiver.encKeyId },
    seq: input.seq,
    prevHash: input.prevHash,
    createdAt: input.now,
    period:
      input.profile === 'annual'
        ? { from: `${input.year}-01-01`, to: `${input.year}-12-31` }
        : { from: input.base?.createdAt ?? null, to: input.now },
    schemaVersion: SCHEMA_VERSION,
    profile: input.profile,
    baseSeq: input.base?.seq ?? null,
    auditHead: auditHead(db),
    auditAnchor: anchorFor(db, input.receiver.unitCode),
    parts,
  };
  // Canonicalised once: the same bytes are signed and hashed into the package hash.
  const signed = manifestBytes(manifest);
  const { ephemeral, salt, key } = suite.seal(new Uint8Array(input.receiver.encPublicKey));
  const carriersPart = input.profile === 'annual' ? undefined : partById('carriers');
  return {
    suite,
    manifest,
    packageHash: hex(suite.hash(signed)),
    header: {
      manifest,
      signature: b64(suite.sign(signKey.secretKey, signed)),
      enc: { ephemeral: b64(ephemeral), salt: b64(salt), chunkSize: CHUNK_SIZE },
    },
    plain: payload.finish(),
    maxLevelRank: Number(carriersPart?.aggregate(db, sinceOf(input), 'max(level_rank)') ?? 0),
    key,
  };
}
