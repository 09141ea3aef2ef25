// The signed manifest of a package: what it claims to be, checked field by field before anything is trusted.
import { z } from 'zod';
import { EXCHANGE_PROFILES } from '../../../db/domain/vocab';
import { canonicalJson } from '../util/canonical-json';
import type { Suite } from './suite';

/**
 * The layout of the parts (their encoding, columns and meaning). A receiver refuses a version it does not know.
 * 2: parts as JSON lines, personnel registers added.
 */
export const SCHEMA_VERSION = 2;
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [2];

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const keyId = z.string().regex(/^[0-9a-f]{32}$/);

export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  suite: z.string().max(100),
  sender: z.object({ unitCode: z.string().max(40), unitName: z.string().max(200), signKeyId: keyId }),
  receiver: z.object({ unitCode: z.string().max(40), encKeyId: keyId }),
  seq: z.number().int().min(1),
  prevHash: hex64,
  createdAt: z.string().max(40),
  period: z.object({ from: z.string().max(40).nullable(), to: z.string().max(40) }),
  schemaVersion: z.number().int(),
  profile: z.enum(EXCHANGE_PROFILES),
  /** Incremental: the acknowledged package it builds on. */
  baseSeq: z.number().int().nullable(),
  auditHead: z.object({ seq: z.number().int().min(0), hash: hex64 }),
  /** The audit anchor (audit-anchor.ts): absent in packages of earlier versions. */
  auditAnchor: z
    .object({ since: z.object({ seq: z.number().int().min(0), hash: hex64.nullable() }).nullable() })
    .optional(),
  parts: z
    .array(
      z.object({
        id: z.string().max(60),
        sha256: hex64,
        bytes: z.number().int().min(0),
        records: z.number().int().min(0),
      }),
    )
    .max(200),
});
export type Manifest = z.output<typeof ManifestSchema>;

export const GENESIS_PACKAGE_HASH = '0'.repeat(64);

export function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(canonicalJson(m));
}

/** The package hash: of the canonical manifest, which itself commits to every part by its hash. */
export function packageHash(suite: Suite, m: Manifest): string {
  return Buffer.from(suite.hash(manifestBytes(m))).toString('hex');
}

export function countsOf(m: Pick<Manifest, 'parts'>): Record<string, number> {
  return Object.fromEntries(m.parts.map((p) => [p.id, p.records]));
}
