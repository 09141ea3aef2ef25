// The year book's register tables written straight to PDF in the core (issue 18: the 年度保密工作台账 of a large
// unit is ~2,000 pages of tables, and Chromium's print path spends ~20 ms a page on them whatever the markup).
// Chromium keeps the cover, the contents and the report; these pages are made here, numbered as pages of the
// whole book, and joined with them. Plain Node: pdf-lib, fontkit and a CJK font found on the machine.
//
// Two steps, so a contents page can cite the sections' pages before anything is printed:
//   const font = openCjkFont();                       // once: reading the font costs 0.2–1 s
//   const layout = layoutTables(input, { font });     // layout.pages, layout.sections[i].firstPage/pages
//   const bytes = await renderTables(layout, { pageOffset, totalPages });
// or writeTablesPdf(input, options) for both. The same input and options give the same bytes.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { AppException } from '../../../db/domain/errors';
import { drawCover, drawPage, FONT_KEY, textWidth, type CoverLine } from './pdf/draw';
import { embedCjkFont, openCjkFont, type CjkFont } from './pdf/font';
import { glyphEncoder, subsetTag, trackingMetrics } from './pdf/glyphs';
import { markSections, type SectionMark } from './pdf/marks';
import {
  cellText,
  geometry,
  headerSize,
  MM,
  paginateSection,
  sectionLines,
  type FontMetrics,
  type Geometry,
  type LayoutTable,
  type PageLayout,
  type SectionLines,
} from './pdf/layout';

export { CJK_FONT_ENV, findCjkFont, openCjkFont, type CjkFont } from './pdf/font';
export { contentWidths } from './pdf/widths';
export type { CoverLine } from './pdf/draw';

export type TableCell = string | number | null | undefined;

export interface TableColumn {
  heading: string;
  /** The column's share of the table's width, relative to the others' (default 1; contentWidths gives some). */
  width?: number;
}

export interface TableSection {
  /** As printed above the table and in the page header, e.g. 一、涉密人员登记. */
  title: string;
  /** A line under the title (what the rows are taken from), or none. */
  note?: string | null;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  /** The one row of a section without rows (default 本年度无记录). */
  emptyText?: string;
  /** A named destination at the section's first page (a link's or the contents' target); none by default. */
  target?: string;
}

export interface TablesInput {
  unitName: string;
  /** The PDF's title in its document information (default: the unit's name and 年度保密工作台账). */
  title?: string;
  /** A cover as the first page (counted and numbered as page 1), or none. */
  cover?: readonly CoverLine[];
  sections: readonly TableSection[];
}

export interface LayoutOptions {
  /** Opened by the caller when it makes several PDFs (openCjkFont); found and opened here otherwise. */
  font?: CjkFont;
  /** Body text in pt (default 9). */
  fontSize?: number;
  orientation?: 'portrait' | 'landscape';
}

export interface SectionPages {
  title: string;
  /** The section's first page, counted from 1 in this PDF (the book's page is pageOffset + firstPage). */
  firstPage: number;
  pages: number;
}

export interface TablesLayout {
  pages: number;
  sections: SectionPages[];
  /** @internal what renderTables draws from. */
  readonly plan: Plan;
}

interface Plan {
  font: CjkFont;
  m: FontMetrics;
  g: Geometry;
  unitName: string;
  title: string;
  tables: { lines: SectionLines; widths: number[]; headerTitle: string }[];
  cover: readonly CoverLine[] | null;
  /** Each section's named destination and outline entry: its title, target and first page (from 1). */
  marks: SectionMark[];
  pages: PageLayout[];
  /** Every character the pages show (code points), in the order first met: the subset's glyph order. */
  chars: number[];
}

export interface RenderOptions {
  /** Pages of the book before these: the first page is numbered pageOffset + 1 (default 0). */
  pageOffset?: number;
  /** The book's page count in the footers (default pageOffset + these pages). */
  totalPages?: number;
  /** Called every 100 pages and at the end; awaited, so the caller may yield or abandon (by throwing). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** Filled with the milliseconds of each step (embed: the font; pages: their content; save: the file). */
  timings?: Record<string, number>;
}

export interface TablesPdf {
  bytes: Uint8Array;
  pages: number;
  sections: SectionPages[];
}

/** Characters the footer and a cut header print whatever the pages hold. */
const FIXED_CHARS = '第页共 0123456789…';

/** The section's title cut (with …) to fit the page header beside the unit's name. */
function headerTitle(title: string, unitName: string, m: FontMetrics, g: Geometry): string {
  const hs = headerSize(g);
  const room = g.width - 2 * g.margin - textWidth(unitName, m, hs) - 8 * MM;
  if (textWidth(title, m, hs) <= room) return title;
  const chars = [...title];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, m, hs) > room) chars.pop();
  return `${chars.join('')}…`;
}

function table(s: TableSection, full: number): LayoutTable {
  const cols = s.columns.length;
  if (cols === 0) throw new AppException('INTERNAL', `台账“${s.title}”没有列。`);
  const shares = s.columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 1));
  const sum = shares.reduce((a, b) => a + b, 0);
  const rows = s.rows.map((r, i) => {
    if (r.length > cols) {
      throw new AppException(
        'INTERNAL',
        `台账“${s.title}”第 ${i + 1} 行有 ${r.length} 格，表头只有 ${cols} 列。`,
      );
    }
    return s.columns.map((_, c) => cellText(r[c]));
  });
  return {
    title: cellText(s.title),
    note: s.note ? cellText(s.note) : null,
    widths: shares.map((w) => (full * w) / sum),
    headings: s.columns.map((c) => cellText(c.heading)),
    rows,
    emptyText: s.emptyText ?? '本年度无记录',
  };
}

/** The pages of `input`, decided without writing a PDF: how many, and where each section begins. */
export function layoutTables(input: TablesInput, options: LayoutOptions = {}): TablesLayout {
  const font = options.font ?? openCjkFont();
  const g = geometry(options.fontSize ?? 9, options.orientation ?? 'portrait');
  const { m, chars } = trackingMetrics(font);
  textWidth(FIXED_CHARS, m, g.size);
  const unitName = cellText(input.unitName);
  const full = g.width - 2 * g.margin;
  const tables: Plan['tables'] = [];
  const pages: PageLayout[] = [];
  const sections: SectionPages[] = [];
  const cover = input.cover ?? null;
  // The cover's characters join the subset (measured here as the table cells are).
  for (const l of cover ?? []) textWidth(l.text, m, l.size);
  const before = cover ? 1 : 0;
  input.sections.forEach((s, i) => {
    const t = table(s, full);
    const lines = sectionLines(t, m, g);
    const own = paginateSection(i, lines, m, g);
    sections.push({ title: t.title, firstPage: before + pages.length + 1, pages: own.length });
    for (const p of own) pages.push(p);
    tables.push({ lines, widths: t.widths, headerTitle: headerTitle(t.title, unitName, m, g) });
  });
  const marks = sections.map((s, i) => ({
    title: s.title,
    target: input.sections[i]?.target,
    page: s.firstPage,
  }));
  const title = input.title ?? `${unitName}年度保密工作台账`;
  const plan: Plan = { font, m, g, unitName, title, tables, cover, marks, pages, chars };
  return { pages: before + pages.length, sections, plan };
}

/** The PDF of a layout: its pages numbered pageOffset + 1 … of totalPages. */
export async function renderTables(layout: TablesLayout, options: RenderOptions = {}): Promise<Uint8Array> {
  const { font, m, g, unitName, title, tables, cover, marks, pages, chars } = layout.plan;
  const offset = options.pageOffset ?? 0;
  const total = options.totalPages ?? offset + layout.pages;
  const before = cover ? 1 : 0;
  const timings = options.timings ?? {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setCreator('保密工作台');
  doc.setProducer('保密工作台 (pdf-lib)');
  const pdfFont = await embedCjkFont(doc, font, subsetTag(chars));
  const hex = glyphEncoder(pdfFont, font, chars);
  lap('embed');
  const { context } = doc;
  const resources = context.register(
    context.obj({ Font: { [FONT_KEY]: pdfFont.ref }, ProcSet: ['PDF', 'Text'] }),
  );
  const addPage = (content: string) => {
    const bytes = deflateSync(Buffer.from(content, 'latin1'));
    const stream = PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), bytes);
    const leaf = doc.addPage([g.width, g.height]).node;
    leaf.set(PDFName.of('Resources'), resources);
    leaf.set(PDFName.of('Contents'), context.register(stream));
  };
  if (cover) addPage(drawCover(cover, { m, g, folio: offset + 1, total, hex }));
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i] as PageLayout;
    const tb = tables[page.section] as Plan['tables'][number];
    const content = drawPage(page, {
      m,
      g,
      unitName,
      headerTitle: tb.headerTitle,
      s: tb.lines,
      widths: tb.widths,
      folio: offset + before + i + 1,
      total,
      hex,
    });
    addPage(content);
    if (options.onProgress && ((i + 1) % 100 === 0 || i + 1 === pages.length)) {
      await options.onProgress(i + 1, pages.length);
    }
  }
  markSections(doc, marks);
  lap('pages');
  const bytes = await doc.save({ useObjectStreams: false });
  lap('save');
  return bytes;
}

/** Lays out and writes `input` in one call. */
export async function writeTablesPdf(
  input: TablesInput,
  options: LayoutOptions & RenderOptions = {},
): Promise<TablesPdf> {
  const layout = layoutTables(input, options);
  const bytes = await renderTables(layout, options);
  return { bytes, pages: layout.pages, sections: layout.sections };
}
