// Building a package in memory: the parts of the chosen profile, the manifest, its signature, the encryption.
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { auditHead } from '../audit/audit';
import { activeKey } from '../keys/keys';
import type { CounterpartRow } from '../keys/counterparts';
import { unitInfo } from '../session/unit-info';
import { annualReport } from './annual';
import { buildPackage, CHUNK_SIZE, type HeaderJson } from './container';
import { manifestBytes, packageHash, SCHEMA_VERSION, type Manifest, type Profile } from './manifest';
import { encodePart, partById, REGISTER_PARTS, type PartExport } from './parts';
import { b64, defaultSuite } from './suite';

export interface BuildInput {
  receiver: CounterpartRow;
  profile: Profile;
  seq: number;
  prevHash: string;
  /** Incremental: the acknowledged package's snapshot time and number. */
  base: { seq: number; createdAt: string } | null;
  year: number;
  now: string;
  today: string;
}

export interface Built {
  bytes: Uint8Array;
  manifest: Manifest;
  packageHash: string;
  parts: { id: string; rows: PartExport; bytes: Uint8Array }[];
  /** LEVEL_RANK of the most protected carrier the package lists (0 when none). */
  maxLevelRank: number;
  /** The payload key, kept only until the written file has been read back and decrypted; then zeroed. */
  key: Uint8Array;
}

function sinceOf(input: BuildInput): string | null {
  return input.profile === 'incremental' ? (input.base?.createdAt ?? null) : null;
}

function partsFor(db: Db, input: BuildInput): { id: string; rows: PartExport }[] {
  if (input.profile === 'annual')
    return [{ id: 'annual_report', rows: annualReport(db, input.year, input.today) }];
  const since = sinceOf(input);
  if (input.profile === 'incremental' && since === null) {
    throw new AppException('INTERNAL', '增量报送缺少基准数据包。');
  }
  return REGISTER_PARTS.map((p) => ({ id: p.id, rows: p.exportRows(db, since) }));
}

export function buildOutgoing(db: Db, input: BuildInput): Built {
  const suite = defaultSuite();
  const unit = unitInfo(db);
  const signKey = activeKey(db, 'sign');
  const parts = partsFor(db, input).map((p) => ({ ...p, bytes: encodePart(p.rows) }));
  const manifest: Manifest = {
    formatVersion: 1,
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
    parts: parts.map((p) => ({
      id: p.id,
      sha256: Buffer.from(suite.hash(p.bytes)).toString('hex'),
      bytes: p.bytes.length,
      records: p.rows.records,
    })),
  };
  const signature = suite.sign(signKey.secretKey, manifestBytes(manifest));
  const { ephemeral, salt, key } = suite.seal(new Uint8Array(input.receiver.encPublicKey));
  const header: HeaderJson = {
    manifest,
    signature: b64(signature),
    enc: { ephemeral: b64(ephemeral), salt: b64(salt), chunkSize: CHUNK_SIZE },
  };
  const payload = Buffer.concat(parts.map((p) => p.bytes));
  const carriersPart = input.profile === 'annual' ? undefined : partById('carriers');
  return {
    maxLevelRank: Number(carriersPart?.aggregate(db, sinceOf(input), 'max(level_rank)') ?? 0),
    bytes: buildPackage(suite, header, key, payload),
    manifest,
    packageHash: packageHash(suite, manifest),
    parts,
    key,
  };
}
