// One section of the 年度保密工作台账 as a source: its headings and its rows for a year. The PDF book and the
// workbook are both built from these, so the two books cannot disagree. A later column registry (the importer's)
// can stand in for `headings`/`rows` of a section without touching either book.
import type { YearbookSection } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { YearbookCell } from '../../ipc/schemas/yearbook';

export type Reader = Pick<Db, '$client'>;

export interface YearSpan {
  year: number;
  from: string;
  to: string;
}

export interface SectionSource {
  id: YearbookSection;
  headings: string[];
  rows: (db: Reader, y: YearSpan) => YearbookCell[][];
  /** What the rows are taken from, when that is not the obvious register (shown under the title). */
  note?: string;
}

/** Rows of a query as arrays, in column order; NULL reads as an empty cell. */
export function query(db: Reader, sql: string, ...params: unknown[]): YearbookCell[][] {
  const rows = db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as (string | number | null)[][];
  return rows.map((r) => r.map((v) => v ?? ''));
}

/** A cell as destructured from a row (the compiler cannot know a row's length). */
export type Cell = YearbookCell | undefined;

/** A code column read through its label table (an unknown code is shown as it is, never dropped). */
export function label(labels: Record<string, string>, v: Cell): string {
  return typeof v === 'string' ? (labels[v] ?? v) : String(v ?? '');
}

/** Number the rows 1, 2, … in a leading 序号 column. */
export function numbered(rows: Cell[][]): YearbookCell[][] {
  return rows.map((r, i) => [i + 1, ...r.map((v) => v ?? '')]);
}

export const yes = (v: Cell) => (v === 1 ? '是' : v === 0 ? '否' : '');
export const day = (v: Cell) => (typeof v === 'string' ? v.slice(0, 10) : (v ?? ''));
