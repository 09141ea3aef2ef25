// The tables' pages decided before anything is drawn: cells wrapped per character (as CSS `word-break:
// break-all`), rows measured from the font's line box, and rows put onto pages with the heading row on each.
// Pure arithmetic on the font's advances, so the number of pages is known for the contents before any PDF.
import { AppException } from '../../../../db/domain/errors';

/** What layout needs of a font: lengths in em. */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  /** The advance of a character given by its code point. */
  advance(cp: number): number;
}

export const MM = 72 / 25.4;

/** The page and its bands, in pt (PDF's origin is the bottom-left corner). */
export interface Geometry {
  width: number;
  height: number;
  margin: number;
  /** Body text; the page header is a point smaller, a section's title 3 pt larger. */
  size: number;
  padX: number;
  padY: number;
}

export function geometry(size: number, orientation: 'portrait' | 'landscape'): Geometry {
  const [a4w, a4h] = [210 * MM, 297 * MM];
  const [width, height] = orientation === 'portrait' ? [a4w, a4h] : [a4h, a4w];
  return { width, height, margin: 15 * MM, size, padX: 1.5 * MM, padY: 1 * MM };
}

export const headerSize = (g: Geometry) => g.size - 1;
export const titleSize = (g: Geometry) => g.size + 3;
export const lineHeight = (m: FontMetrics, size: number) => (m.ascent + m.descent + m.lineGap) * size;
/** From the top of a line box to its baseline (half the line gap above the ascent, as CSS does). */
export const baselineDrop = (m: FontMetrics, size: number) => (m.lineGap / 2 + m.ascent) * size;

/** The space between the page header (with its rule) and the table, and above the footer. */
const GAP = 2 * MM;

/** Where the page's content may go: below the header band, above the footer band. */
export function bodyBox(m: FontMetrics, g: Geometry): { top: number; bottom: number } {
  const top = g.height - g.margin - lineHeight(m, headerSize(g)) - GAP;
  const bottom = g.margin + lineHeight(m, g.size) + GAP;
  return { top, bottom };
}

/** A character may not begin a line (closing punctuation): the character before it goes down with it. */
const NO_LINE_START = new Set(
  Array.from('，。、；：？！）》」』】〕〉”’・…,.;:?!)]}%', (c) => c.codePointAt(0)),
);

/** Whitespace collapsed and trimmed (as CSS `white-space: normal`), control characters dropped. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return (
    String(v)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * `text` broken into lines no wider than `room` pt at `size`: between any two characters (break-all), never
 * before closing punctuation, a space at a break dropped. Always at least one line (an empty cell has one).
 */
export function wrap(text: string, room: number, size: number, m: FontMetrics): string[] {
  const limit = room / size + 1e-9;
  const lines: string[] = [];
  const n = text.length;
  // The line holds text[start, i); its last character begins at `last`, `lastWidth` wide.
  let start = 0;
  let width = 0;
  let last = -1;
  let lastWidth = 0;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) [cp, len] = [(cp - 0xd800) * 0x400 + lo - 0xdc00 + 0x10000, 2];
    }
    if (cp === 32 && i === start && lines.length > 0) {
      start = ++i; // a space left at the head of a line by a break is dropped, as CSS drops it
      continue;
    }
    const a = m.advance(cp);
    if (i > start && width + a > limit) {
      if (cp === 32) {
        lines.push(text.slice(start, i));
        [start, width, last] = [++i, 0, -1];
        continue;
      }
      if (NO_LINE_START.has(cp) && last > start) {
        lines.push(text.slice(start, last));
        [start, width] = [last, lastWidth];
      } else {
        lines.push(text.slice(start, i));
        [start, width] = [i, 0];
      }
    }
    width += a;
    [last, lastWidth] = [i, a];
    i += len;
  }
  lines.push(text.slice(start));
  return lines;
}

/** A table as the layout sees it: column widths in pt, cells as text. */
export interface LayoutTable {
  title: string;
  note: string | null;
  widths: number[];
  headings: string[];
  rows: string[][];
  emptyText: string;
}

/** A row (or, for a row taller than a page, its lines [from, to)) placed on a page. */
export interface PlacedRow {
  row: number;
  from: number;
  to: number;
  height: number;
}

export interface PageLayout {
  section: number;
  /** The section's first page carries its title and note above the table. */
  first: boolean;
  rows: PlacedRow[];
}

/** A section's lines: its title's and note's, its heading cells', each row's cells'. */
export interface SectionLines {
  title: string[];
  note: string[];
  head: string[][];
  headHeight: number;
  /** rows[r][c]: the lines of cell c of row r (an empty section: one row of one cell, its emptyText). */
  rows: string[][][];
  rowLines: number[];
  /** The section's empty row spans every column. */
  empty: boolean;
}

export function sectionLines(t: LayoutTable, m: FontMetrics, g: Geometry): SectionLines {
  const full = g.width - 2 * g.margin;
  const lh = lineHeight(m, g.size);
  const cells = (texts: readonly string[], widths: readonly number[]) =>
    texts.map((s, c) => wrap(s, (widths[c] ?? full) - 2 * g.padX, g.size, m));
  const head = cells(t.headings, t.widths);
  const empty = t.rows.length === 0;
  const rows = empty ? [cells([t.emptyText], [full])] : t.rows.map((r) => cells(r, t.widths));
  return {
    title: wrap(t.title, full, titleSize(g), m),
    note: t.note ? wrap(t.note, full, g.size, m) : [],
    head,
    headHeight: Math.max(1, ...head.map((l) => l.length)) * lh + 2 * g.padY,
    rows,
    rowLines: rows.map((r) => Math.max(1, ...r.map((l) => l.length))),
    empty,
  };
}

/** The height of a section's title and note above its table on its first page. */
export function leadHeight(s: SectionLines, m: FontMetrics, g: Geometry): number {
  return s.title.length * lineHeight(m, titleSize(g)) + s.note.length * lineHeight(m, g.size) + GAP;
}

/**
 * The section's rows onto pages, in order, as many as fit, the heading row on every page. A row that does not
 * fit goes to the next page whole; only a row taller than a page's whole table area is split between lines,
 * starting where it stands.
 */
export function paginateSection(section: number, s: SectionLines, m: FontMetrics, g: Geometry): PageLayout[] {
  const { top, bottom } = bodyBox(m, g);
  const area = top - bottom;
  const lh = lineHeight(m, g.size);
  const lead = leadHeight(s, m, g);
  if (area - lead - s.headHeight < lh + 2 * g.padY) {
    throw new AppException('INTERNAL', `台账“${s.title.join('')}”的表头过高，页面容不下表头与一行记录。`);
  }
  const pages: PageLayout[] = [];
  let page: PageLayout = { section, first: true, rows: [] };
  let used = lead + s.headHeight;
  const next = () => {
    pages.push(page);
    page = { section, first: false, rows: [] };
    used = s.headHeight;
  };
  s.rowLines.forEach((lines, row) => {
    const height = lines * lh + 2 * g.padY;
    if (used + height <= area + 1e-6) {
      page.rows.push({ row, from: 0, to: lines, height });
      used += height;
      return;
    }
    if (height <= area - s.headHeight + 1e-6) {
      next();
      page.rows.push({ row, from: 0, to: lines, height });
      used += height;
      return;
    }
    // Taller than a page: as many lines as the page still holds, the rest on the pages that follow.
    let from = 0;
    while (from < lines) {
      const fit = Math.floor((area - used - 2 * g.padY + 1e-6) / lh);
      if (fit < 1) {
        next();
        continue;
      }
      const to = Math.min(lines, from + fit);
      const h = (to - from) * lh + 2 * g.padY;
      page.rows.push({ row, from, to, height: h });
      used += h;
      from = to;
      if (from < lines) next();
    }
  });
  pages.push(page);
  return pages;
}
