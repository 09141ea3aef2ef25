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

/**
 * A list the app keeps as a JSON array of texts (知悉范围, 参会人员, 硬盘序列号) as the clerk wrote it: the
 * entries joined with 、. A text that is not such an array (kept before, or typed into a sheet) is shown as it is.
 */
export function list(v: Cell): string {
  const text = String(v ?? '');
  if (!text.startsWith('[')) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map((e) => String(e ?? '')).join('、') : text;
  } catch {
    return text;
  }
}

/**
 * 打印内容 as the usage register keeps it (a JSON array of lines: 名称, 文号, 密级, 份数, 每份页数, 批准人, 承办人),
 * written out as the 使用登记 print does; lines apart with ；. Any other text is shown as it is.
 */
export function printedLines(v: Cell, levels: Record<string, string>): string {
  const text = String(v ?? '');
  if (!text.startsWith('[')) return text;
  try {
    const lines = JSON.parse(text) as Record<string, unknown>[];
    if (!Array.isArray(lines)) return text;
    const t = (x: unknown) => (x === null || x === undefined ? '' : String(x));
    return lines
      .map((l) =>
        [
          `《${t(l.name)}》${t(l.docNo)}`,
          l.level ? (levels[t(l.level)] ?? t(l.level)) : '',
          `${t(l.copies)}份×${t(l.pagesEach)}页`,
          l.approver ? `批准人 ${t(l.approver)}` : '',
          l.handler ? `承办人 ${t(l.handler)}` : '',
        ]
          .filter(Boolean)
          .join(' '),
      )
      .join('；');
  } catch {
    return text;
  }
}
