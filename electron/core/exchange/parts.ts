// The registers a package carries, as a registry: register id → how to export its rows (all, or what changed
// since a time) and how its records are identified. Adding a register is one entry in REGISTER_PARTS.
import { hash } from 'node:crypto';
import type { Db } from '../../../db/open';
import { PERSONNEL_PARTS } from './parts-personnel';
import { INCIDENT_PARTS, INSPECTION_PARTS } from './parts-inspections';
import { DEVICE_PARTS } from './parts-devices';
import { NOTICE_PARTS } from './parts-notices';
import { tablePart } from './table-part';

export { partHeaderLine, type LineSink, type RegisterPart } from './table-part';

export interface PartRows {
  columns: string[];
  rows: unknown[][];
  /** Incremental only, for registers whose records may be deleted: every id that still exists. */
  ids?: string[];
  /** Asked for by the supervisor's import: each row's digest (`rowDigest`), in the rows' order. */
  digests?: string[];
  /** Asked for with the digests: each row's line as sent, the record the supervisor keeps (record-layout.ts). */
  lines?: string[];
}

/** Characters of a row's digest kept: 22 of base64url, 132 bits of SHA-256. */
const DIGEST_CHARS = 22;

/**
 * A row's digest as the supervisor keeps it beside the record (imported_records.digest): SHA-256 of the part's
 * column list and the row's line as sent. The same line under the same columns is the same record, so a package
 * that sends a record again unchanged costs its digest, not a parse, a JSON text and a write; a record whose
 * columns were reordered is a new line, written as before.
 */
export function rowDigest(columnsDigest: string, line: string): string {
  return hash('sha256', columnsDigest + line, 'base64url').slice(0, DIGEST_CHARS);
}

const columnsDigestOf = (columns: unknown[]) => rowDigest('', JSON.stringify(columns));

/** `on` columns hold dates: a change on the watermark's day or later. */
export const DAY = 'substr(@since, 1, 10)';

const CARRIER_PARTS = [
  tablePart({
    id: 'classification_items',
    label: '国家秘密事项一览表',
    table: 'classification_items',
    changed: 'updated_at >= @since',
    neverDeleted: false,
  }),
  tablePart({
    id: 'carriers',
    label: '涉密载体',
    table: 'carriers',
    changed: 'updated_at >= @since',
    neverDeleted: true,
  }),
  tablePart({
    id: 'carrier_copies',
    label: '载体份数',
    table: 'carrier_copies',
    changed: 'updated_at >= @since',
    neverDeleted: true,
  }),
  tablePart({
    id: 'carrier_movements',
    label: '借阅与外出携带',
    table: 'carrier_movements',
    // A return sets `returned_on` (a date) without a timestamp: numbered by the row_versions triggers. A base
    // from before them: every open loan and those returned since go again.
    tracked: { own: true },
    beforeVersions: `created_at >= @since OR returned_on IS NULL OR returned_on >= ${DAY}`,
    neverDeleted: true,
  }),
  tablePart({
    id: 'classification_decisions',
    label: '定密、变更、解密记录',
    table: 'classification_decisions',
    changed: 'created_at >= @since',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_batches',
    label: '销毁批次',
    table: 'destruction_batches',
    changed: 'created_at >= @since',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_witnesses',
    label: '监销人',
    table: 'destruction_witnesses',
    changed: 'batch_id IN (SELECT id FROM destruction_batches WHERE created_at >= @since)',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_items',
    label: '销毁清单',
    table: 'destruction_items',
    key: 'copy_id',
    changed: 'batch_id IN (SELECT id FROM destruction_batches WHERE created_at >= @since)',
    neverDeleted: true,
  }),
  tablePart({
    id: 'inventories',
    label: '清点',
    table: 'inventories',
    changed: `created_at >= @since OR status = 'open' OR closed_on >= ${DAY}`,
    neverDeleted: true,
  }),
  tablePart({
    id: 'inventory_lines',
    label: '清点明细',
    table: 'inventory_lines',
    changed:
      'checked_at >= @since OR resolved_at >= @since OR inventory_id IN (SELECT id FROM inventories WHERE created_at >= @since)',
    neverDeleted: true,
  }),
];

export const REGISTER_PARTS = [
  ...CARRIER_PARTS,
  ...PERSONNEL_PARTS,
  ...DEVICE_PARTS,
  ...INSPECTION_PARTS,
  ...INCIDENT_PARTS,
  ...NOTICE_PARTS,
];

export function partById(id: string) {
  return REGISTER_PARTS.find((p) => p.id === id);
}

/**
 * A part is JSON lines (FORMAT.md): the header object, then one JSON array per record, each line ending in
 * `\n`. JSON never holds a raw newline inside a value, so splitting on it is exact.
 */
/** `withDigests`: the supervisor's import, which also keeps each row's line. */
export function decodePart(bytes: Uint8Array, withDigests = false): PartRows {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.endsWith('\n')) throw new Error('part does not end with a newline');
  let end = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, end)) as { columns?: unknown; ids?: unknown };
  if (!Array.isArray(head.columns) || (head.ids !== undefined && !Array.isArray(head.ids))) {
    throw new Error('part header');
  }
  const width = head.columns.length;
  // Line by line: one string of the whole part rejoined for a single parse cost more than the parse itself.
  const rows: unknown[][] = [];
  const digests: string[] = [];
  const lines: string[] = [];
  const seed = withDigests ? columnsDigestOf(head.columns) : '';
  for (let from = end + 1; from < text.length; from = end + 1) {
    end = text.indexOf('\n', from);
    const line = text.slice(from, end);
    const row = JSON.parse(line) as unknown;
    if (!Array.isArray(row) || row.length !== width) throw new Error('part row');
    rows.push(row);
    if (withDigests) {
      digests.push(rowDigest(seed, line));
      lines.push(line);
    }
  }
  const out: PartRows = { columns: head.columns as string[], rows };
  if (withDigests) Object.assign(out, { digests, lines });
  if (head.ids) out.ids = (head.ids as unknown[]).map(String);
  return out;
}

export type Reader = Pick<Db, '$client'>;
