// The registers a package carries, as a registry: register id → how to export its rows (all, or what changed
// since a time) and how its records are identified. Adding a register is one entry in REGISTER_PARTS.
import { hash } from 'node:crypto';
import type { Db } from '../../../db/open';
import type { WrittenSearchRow } from './supervisor-search';
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
}

/**
 * A part as the supervisor's import takes it (decodeForImport): each row's record id, its line as sent (the record
 * kept, record-layout.ts) and its digest (`rowDigest`), in the rows' order; the rows' values are not kept (a
 * large unit's 470,000 parsed rows held until the write's end cost its thread seconds of garbage collection).
 */
export interface ImportRows {
  columns: string[];
  keys: string[];
  /** Each row's line: its text, or (decoded in the helper thread, decode-thread.ts) where it lies in the part. */
  lines: string[] | LineBounds;
  digests: string[];
  /** Each row's search row (a searched register decoded in the helper thread: its values are not kept here). */
  search?: WrittenSearchRow[];
  ids?: string[];
}

/** A part's bytes and where its lines lie: row i is `bytes[bounds[i] + 1, bounds[i + 1])`, its newline left out. */
export interface LineBounds {
  bytes: Uint8Array;
  bounds: Int32Array;
}

/** Row `i`'s line as the write binds it: its text, or its UTF-8 bytes (written as text, import-parts.ts). */
export function lineOf(rows: ImportRows, i: number): string | Uint8Array {
  const { lines } = rows;
  if (Array.isArray(lines)) return lines[i] as string;
  return lines.bytes.subarray((lines.bounds[i] as number) + 1, lines.bounds[i + 1]);
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
 * `\n`. JSON never holds a raw newline inside a value (nor does UTF-8 inside a character), so splitting the
 * bytes on it is exact. Each line is decoded on its own: one string of the whole part (a large unit's carriers:
 * 50 MB, most of it two bytes a character for the Chinese in it) cost more than the lines. `row` is given each
 * record's array and line, in order.
 */
function readPart(
  bytes: Uint8Array,
  row: (columns: string[], headEnd: number) => (values: unknown[], line: string, end: number) => void,
): { columns: string[]; ids?: string[] } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[buf.length - 1] !== NEWLINE) throw new Error('part does not end with a newline');
  let end = buf.indexOf(NEWLINE);
  const head = JSON.parse(buf.toString('utf8', 0, end)) as { columns?: unknown; ids?: unknown };
  if (!Array.isArray(head.columns) || (head.ids !== undefined && !Array.isArray(head.ids))) {
    throw new Error('part header');
  }
  const columns = head.columns as string[];
  const width = columns.length;
  const each = row(columns, end);
  for (let from = end + 1; from < buf.length; from = end + 1) {
    end = buf.indexOf(NEWLINE, from);
    const line = buf.toString('utf8', from, end);
    const values = JSON.parse(line) as unknown;
    if (!Array.isArray(values) || values.length !== width) throw new Error('part row');
    each(values, line, end);
  }
  return { columns, ...(head.ids ? { ids: (head.ids as unknown[]).map(String) } : {}) };
}

/** A part's rows, each as its array of values in the header's columns. */
export function decodePart(bytes: Uint8Array): PartRows {
  const rows: unknown[][] = [];
  const { columns, ids } = readPart(bytes, () => (values) => rows.push(values));
  return { columns, rows, ...(ids ? { ids } : {}) };
}

/** A part as the supervisor's import takes it; `keyOf` gives, for the part's columns, a row's record id. */
export function decodeForImport(
  bytes: Uint8Array,
  keyOf: (columns: string[]) => (values: unknown[]) => string,
): ImportRows {
  const keys: string[] = [];
  const lines: string[] = [];
  const digests: string[] = [];
  const { columns, ids } = readPart(bytes, (columns) => {
    const key = keyOf(columns);
    const seed = columnsDigestOf(columns);
    return (values, line) => {
      keys.push(key(values));
      lines.push(line);
      digests.push(rowDigest(seed, line));
    };
  });
  return { columns, keys, lines, digests, ...(ids ? { ids } : {}) };
}

/**
 * Rows of a part decoded in the helper thread (decode-thread.ts): ImportRows without the bytes, which the writer
 * holds; `bounds` as LineBounds'.
 */
export type DecodedPart = Omit<ImportRows, 'lines'> & { bounds: Int32Array };

/**
 * The same decode as decodeForImport, each line given by where it lies in the part (the writer binds its bytes),
 * given to `emit` `chunkRows` rows at a time (the last, with the header's ids, marked); `searchOf` gives, for the
 * part's columns, a searched register's row of each record (null: not searched).
 */
export function decodeBounds(
  bytes: Uint8Array,
  keyOf: (columns: string[]) => (values: unknown[]) => string,
  searchOf: (columns: string[]) => ((key: string, values: unknown[]) => WrittenSearchRow) | null,
  chunkRows: number,
  emit: (rows: DecodedPart, last: boolean) => void,
): void {
  let keys: string[] = [];
  let digests: string[] = [];
  let ends: number[] = [];
  let search: WrittenSearchRow[] | undefined;
  let start = 0;
  let columns: string[] = [];
  const flush = (last: boolean, ids?: string[]) => {
    const bounds = new Int32Array(ends.length + 1);
    bounds[0] = start;
    bounds.set(ends, 1);
    emit({ columns, keys, digests, bounds, ...(search ? { search } : {}), ...(ids ? { ids } : {}) }, last);
    start = ends.at(-1) ?? start;
    [keys, digests, ends] = [[], [], []];
    if (search) search = [];
  };
  const head = readPart(bytes, (cols, headEnd) => {
    columns = cols;
    start = headEnd;
    const key = keyOf(cols);
    const seed = columnsDigestOf(cols);
    const searched = searchOf(cols);
    if (searched) search = [];
    return (values, line, end) => {
      const k = key(values);
      keys.push(k);
      ends.push(end);
      digests.push(rowDigest(seed, line));
      if (searched) search?.push(searched(k, values));
      if (keys.length === chunkRows) flush(false);
    };
  });
  flush(true, head.ids);
}

const NEWLINE = 0x0a;

export type Reader = Pick<Db, '$client'>;
