// Which row holds the headings and which column is which: found past merged title rows and blank rows by
// matching the register's headings and synonyms, corrected by the clerk, and remembered per unit (settings
// `xlsx.mapping.<register>`: the sheet's heading → the column it was mapped to, or null for "not imported").
import type { Db } from '../../../db/open';
import { settingRow } from '../settings';
import { halfWidth, text, type Cell } from './values';
import type { Column, RegisterColumns } from './registers/types';

/** How headings are compared: half-width, no blanks, no required-field marks or trailing colon. */
export function headingKey(cell: Cell): string {
  return halfWidth(text(cell)).replace(/[\s*★:：]/g, '');
}

export type Remembered = Record<string, string | null>;

export const mappingKey = (register: string) => `xlsx.mapping.${register}`;

export function rememberedMapping(db: Pick<Db, 'select'>, register: string): Remembered {
  const raw = settingRow(db, mappingKey(register));
  return raw ? (JSON.parse(raw) as Remembered) : {};
}

function lookup(columns: readonly Column[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of columns) {
    if (c.exportOnly) continue;
    for (const h of [c.heading, ...(c.synonyms ?? [])]) m.set(headingKey(h), c.key);
  }
  // Headings the export writes for the reader only are known, so they are not offered as "unknown".
  for (const c of columns)
    if (c.exportOnly && !m.has(headingKey(c.heading))) m.set(headingKey(c.heading), '');
  return m;
}

const SCAN_ROWS = 30;

/**
 * The heading row: among the first rows, the one naming the most of the register's columns (a merged title
 * repeats one text across the row, so it names one at most). -1 when no row names two.
 */
export function findHeadingRow(
  rows: Cell[][],
  spec: RegisterColumns<unknown>,
  remembered: Remembered,
): number {
  const names = lookup(spec.columns);
  let best = -1;
  let bestScore = 1;
  rows.slice(0, SCAN_ROWS).forEach((row, i) => {
    const seen = new Set<string>();
    for (const c of row) {
      const k = headingKey(c);
      const key = k in remembered ? remembered[k] : names.get(k);
      if (key) seen.add(key);
    }
    if (seen.size > bestScore) {
      best = i;
      bestScore = seen.size;
    }
  });
  return best;
}

export interface MappedColumn {
  /** Column index in the sheet (0 = A). */
  index: number;
  /** The sheet's own heading, as written. */
  heading: string;
  /** The register column it feeds, or null when it is not imported. */
  key: string | null;
}

/**
 * Each heading of the sheet to a column of the register: the clerk's correction first, then what this unit
 * chose before, then the synonym table. A register column is fed by one sheet column at most (the first).
 */
export function mapColumns(
  headingRow: Cell[],
  spec: RegisterColumns<unknown>,
  remembered: Remembered,
  corrected: Remembered = {},
): MappedColumn[] {
  const names = lookup(spec.columns);
  const valid = new Set(spec.columns.filter((c) => !c.exportOnly).map((c) => c.key));
  const taken = new Set<string>();
  const out: MappedColumn[] = [];
  headingRow.forEach((cell, index) => {
    const heading = text(cell);
    if (!heading) return;
    const k = headingKey(cell);
    const chosen = k in corrected ? corrected[k] : k in remembered ? remembered[k] : names.get(k) || null;
    const key = chosen && valid.has(chosen) && !taken.has(chosen) ? chosen : null;
    if (key) taken.add(key);
    out.push({ index, heading, key });
  });
  return out;
}

/** Required columns the mapping leaves without a sheet column, by their headings. */
export function missingColumns(spec: RegisterColumns<unknown>, mapped: MappedColumn[]): string[] {
  const have = new Set(mapped.map((m) => m.key));
  return spec.columns.filter((c) => c.required && !have.has(c.key)).map((c) => c.heading);
}
