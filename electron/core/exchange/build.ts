// Building a package: the parts of the chosen profile streamed into the payload (hashed as they go), the
// manifest, its signature and the key agreement. Sealing happens as the file is written (media.ts). Written as
// stages (one per part) so the export can run as a job the screen follows (outgoing.ts).
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
import type { Since } from './table-part';
import { PayloadWriter } from './payload';
import { b64, defaultSuite, hex, type Suite } from './suite';
import { runStages, type Stages } from '../util/jobs';

export interface BuildInput {
  receiver: CounterpartRow;
  profile: ExchangeProfile;
  seq: number;
  prevHash: string;
  /** Incremental: the acknowledged package's snapshot time, number and row version. */
  base: { seq: number; createdAt: string; rowVersion: number | null } | null;
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
  /** The highest row version when the registers were read: the next incremental's base (exchange_outgoing). */
  rowVersion: number;
}

function sinceOf(input: BuildInput): Since | null {
  const base = input.profile === 'incremental' ? input.base : null;
  return base ? { at: base.createdAt, version: base.rowVersion } : null;
}

/** The highest number the row_versions triggers have given (0 before any). */
function rowVersionNow(db: Db): number {
  return db.$client.prepare('SELECT coalesce(max(ver), 0) FROM row_versions').pluck().get() as number;
}

type PartEntry = Manifest['parts'][number];

/** How many parts a package of this profile carries: the stages of its build. */
export function partCount(profile: ExchangeProfile): number {
  return profile === 'annual' ? 1 : REGISTER_PARTS.length;
}

function* writeParts(db: Db, input: BuildInput, out: PayloadWriter): Stages<PartEntry[]> {
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
  const parts: PartEntry[] = [];
  const total = REGISTER_PARTS.length;
  for (const p of REGISTER_PARTS) {
    if (p.writeSteps) {
      out.begin();
      const steps = p.writeSteps(db, since, out);
      let r = steps.next();
      // A large register (100k carriers) in batches: the same count, and the screen's turn between them.
      for (; !r.done; r = steps.next()) yield { done: parts.length, total };
      parts.push({ id: p.id, ...out.end(), records: r.value });
    } else {
      parts.push(one(p.id, () => p.write(db, since, out)));
    }
    yield { done: parts.length, total };
  }
  return parts;
}

export function buildOutgoing(db: Db, input: BuildInput): Built {
  return runStages(buildStages(db, input));
}

/**
 * The build as stages, one per register read (an annual report is one part, read at once); nothing is written
 * anywhere, so it may stop at any stage. The manifest is signed after the last.
 */
export function* buildStages(db: Db, input: BuildInput): Stages<Built> {
  const suite = defaultSuite();
  const unit = unitInfo(db);
  const signKey = activeKey(db, 'sign');
  const payload = new PayloadWriter(suite, CHUNK_SIZE);
  // Before the registers are read: a row changed meanwhile is past it, so the next incremental sends it again.
  const rowVersion = rowVersionNow(db);
  const parts = yield* writeParts(db, input, payload);
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
    rowVersion,
  };
}
