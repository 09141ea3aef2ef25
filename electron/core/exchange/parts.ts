// The registers a package carries, as a registry: register id → how to export its rows (all, or what changed
// since a time) and how its records are identified. Adding a register (personnel, devices …) is one entry here.
import type { Db } from '../../../db/open';

type Reader = Pick<Db, '$client'>;

export interface PartRows {
  columns: string[];
  rows: unknown[][];
  /** Incremental only, for registers whose records may be deleted: every id that still exists. */
  ids?: string[];
}

/** A part as exported: the same layout as PartRows, with the rows already serialised by SQLite. */
export interface PartExport {
  columns: string[];
  /** JSON array of row arrays. */
  rowsJson: string;
  records: number;
  ids?: string[];
}

export interface RegisterPart {
  id: string;
  /** 中文 name for the supervisor's views. */
  label: string;
  /** The column that identifies a record within this register. */
  key: string;
  /** Every row (full snapshot), or only rows changed since `since` (incremental). */
  exportRows(db: Reader, since: string | null): PartExport;
  /** An SQL aggregate over the rows that `exportRows` would give (e.g. the highest level they hold). */
  aggregate(db: Reader, since: string | null, expr: string): unknown;
}

interface TableSpec {
  id: string;
  label: string;
  table: string;
  key?: string;
  /**
   * SQL selecting rows that may have changed at or after `?` (an ISO timestamp; every `?` gets it). Wider is
   * safe: a receiver upserts, so a row sent twice is harmless; a row missed would be lost.
   */
  changed: string;
  /** Records are never deleted (a trigger refuses it): incrementals need no id list. */
  neverDeleted: boolean;
}

/**
 * A register that is one table. Columns travel once per part, rows as arrays (half the bytes of objects), and
 * SQLite itself writes the JSON: building 400k rows value by value in JS took ten times longer.
 */
export function tablePart(spec: TableSpec): RegisterPart {
  const key = spec.key ?? 'id';
  const where = (since: string | null) => (since === null ? '' : ` WHERE ${spec.changed}`);
  const params = (since: string | null) =>
    since === null ? [] : Array.from({ length: spec.changed.split('?').length - 1 }, () => since);
  return {
    id: spec.id,
    label: spec.label,
    key,
    exportRows(db, since) {
      const columns = db.$client
        .prepare(`SELECT * FROM "${spec.table}" LIMIT 0`)
        .columns()
        .map((c) => c.name);
      const cols = columns.map((c) => `"${c}"`).join(', ');
      const [rowsJson, records] = db.$client
        .prepare(
          `SELECT '[' || coalesce(group_concat(json_array(${cols}), ',' ORDER BY "${key}"), '') || ']', count(*)
           FROM "${spec.table}"${where(since)}`,
        )
        .raw(true)
        .get(...params(since)) as [string, number];
      const out: PartExport = { columns, rowsJson, records };
      if (since !== null && !spec.neverDeleted) {
        out.ids = (
          db.$client
            .prepare(`SELECT "${key}" FROM "${spec.table}" ORDER BY "${key}"`)
            .pluck()
            .all() as unknown[]
        ).map(String);
      }
      return out;
    },
    aggregate(db, since, expr) {
      return db.$client
        .prepare(`SELECT ${expr} FROM "${spec.table}"${where(since)}`)
        .pluck()
        .get(...params(since));
    },
  };
}

/** `on` columns hold dates: a change on the watermark's day or later. */
const DAY = 'substr(?, 1, 10)';

export const REGISTER_PARTS: readonly RegisterPart[] = [
  tablePart({
    id: 'classification_items',
    label: '国家秘密事项一览表',
    table: 'classification_items',
    changed: 'updated_at >= ?',
    neverDeleted: false,
  }),
  tablePart({
    id: 'carriers',
    label: '涉密载体',
    table: 'carriers',
    changed: 'updated_at >= ?',
    neverDeleted: true,
  }),
  tablePart({
    id: 'carrier_copies',
    label: '载体份数',
    table: 'carrier_copies',
    changed: 'updated_at >= ?',
    neverDeleted: true,
  }),
  tablePart({
    id: 'carrier_movements',
    label: '借阅与外出携带',
    table: 'carrier_movements',
    // A return sets `returned_on` (a date) without a timestamp: open ones and those returned since go again.
    changed: `created_at >= ? OR returned_on IS NULL OR returned_on >= ${DAY}`,
    neverDeleted: true,
  }),
  tablePart({
    id: 'classification_decisions',
    label: '定密、变更、解密记录',
    table: 'classification_decisions',
    changed: 'created_at >= ?',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_batches',
    label: '销毁批次',
    table: 'destruction_batches',
    changed: 'created_at >= ?',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_witnesses',
    label: '监销人',
    table: 'destruction_witnesses',
    changed: 'batch_id IN (SELECT id FROM destruction_batches WHERE created_at >= ?)',
    neverDeleted: true,
  }),
  tablePart({
    id: 'destruction_items',
    label: '销毁清单',
    table: 'destruction_items',
    key: 'copy_id',
    changed: 'batch_id IN (SELECT id FROM destruction_batches WHERE created_at >= ?)',
    neverDeleted: true,
  }),
  tablePart({
    id: 'inventories',
    label: '清点',
    table: 'inventories',
    changed: `created_at >= ? OR status = 'open' OR closed_on >= ${DAY}`,
    neverDeleted: true,
  }),
  tablePart({
    id: 'inventory_lines',
    label: '清点明细',
    table: 'inventory_lines',
    changed:
      'checked_at >= ? OR resolved_at >= ? OR inventory_id IN (SELECT id FROM inventories WHERE created_at >= ?)',
    neverDeleted: true,
  }),
];

export function partById(id: string): RegisterPart | undefined {
  return REGISTER_PARTS.find((p) => p.id === id);
}

/** The part's bytes: `{"columns":[…],"rows":[[…],…]}` (plus `"ids"` when present), UTF-8. */
export function encodePart(p: PartExport): Uint8Array {
  const ids = p.ids ? `,"ids":${JSON.stringify(p.ids)}` : '';
  return Buffer.from(`{"columns":${JSON.stringify(p.columns)}${ids},"rows":${p.rowsJson}}`, 'utf8');
}

export function decodePart(bytes: Uint8Array): PartRows {
  return JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
  ) as PartRows;
}
