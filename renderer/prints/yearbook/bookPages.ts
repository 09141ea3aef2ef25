// The year book's contents and sections as pages, built outside React: tens of thousands of rows are made once as
// DOM, laid out once on screen at the paper's width, measured, then moved into page blocks (paginate.ts). The
// contents get each section's first page from that plan (their cells marked data-page-of), so nothing is printed
// first to learn them. Knowing every page also lets the book number its own pages (第 N 页 共 M 页 in each block,
// not CSS counters). This is the book printed on paper; its PDF is written by the core
// (electron/core/yearbook/book-pdf.ts).
import type { YearbookView } from '../../../electron/ipc/contract';
import { chineseNumber } from '../../../db/domain/numerals';
import { overfull, paginate, PAGE_BLOCK_MM, PAGE_MARGIN_BOTTOM_MM, type MeasuredTable } from './paginate';
import { fitsOneLine, type CellFont } from './oneLine';

type SectionView = YearbookView['sections'][number];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A cell's printed width in em: CJK and full-width characters take one, the rest a little over half. */
function ems(v: unknown): number {
  let w = 0;
  for (const ch of String(v ?? '')) w += ch.charCodeAt(0) >= 0x2e80 ? 1 : 0.55;
  return w;
}

/**
 * Column widths of a section, as Chromium's automatic layout would share the page out: each column in
 * proportion to its widest cell (cells break anywhere, so the narrowest is one character), plus the padding.
 * Fixed, so every page's table of a section lines up and its rows keep the height they were measured at.
 */
function columnWidths(headings: readonly string[], rows: readonly (readonly unknown[])[]): number[] {
  const widest = headings.map((h) => ems(h));
  for (const r of rows) r.forEach((v, j) => (widest[j] = Math.max(widest[j] ?? 0, ems(v))));
  const weights = widest.map((w) => w + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (100 * w) / total);
}

/** A part of the book (the contents, or a section): its wrapper, the lead above its table, the whole table. */
interface Part {
  wrapper: HTMLElement;
  lead: HTMLElement;
  /** The table with its columns and headings; its body holds the rows being measured. */
  table: HTMLTableElement;
  /** Every row of the table's body, in order: a section's are not all in the document while it is measured. */
  rows: HTMLTableRowElement[];
  /** A section's cells as printed, by row: a row whose every cell lies on one line is not laid out to measure. */
  cells?: string[][];
  /** A section's link target (the contents' cells claim its page): the id of its first page block. */
  target?: string;
}

function table(className: string, widths: number[], headings: readonly string[]): HTMLTableElement {
  const t = el('table', className);
  const cols = t.appendChild(el('colgroup'));
  for (const w of widths) cols.appendChild(el('col')).style.width = `${w.toFixed(2)}%`;
  const head = t.appendChild(el('thead')).appendChild(el('tr'));
  for (const h of headings) head.appendChild(el('th', undefined, h));
  t.appendChild(el('tbody'));
  return t;
}

function lead(title: string, note?: string | null): HTMLElement {
  const d = el('div', 'yearbook-lead');
  d.appendChild(el('h2', 'print-subtitle', title));
  if (note) d.appendChild(el('p', 'yearbook-note', note));
  return d;
}

export const targetOf = (s: { id: string }) => `yearbook-${s.id}`;

function contentsPart(book: YearbookView): Part {
  const wrapper = el('section', 'yearbook-part yearbook-contents');
  const t = table(
    'print-table yearbook-contents-table',
    [12, 64, 12, 12],
    ['序号', '台账', '本年记录', '页码'],
  );
  const body = t.tBodies[0] as HTMLTableSectionElement;
  book.sections.forEach((s, i) => {
    const tr = body.appendChild(el('tr'));
    tr.appendChild(el('td', 'num', chineseNumber(i + 1)));
    const a = tr.appendChild(el('td')).appendChild(el('a', undefined, s.title));
    a.href = `#${targetOf(s)}`;
    tr.appendChild(el('td', 'num', String(s.rows.length)));
    // The number is written once the pages are known; the cell's width and one line do not depend on it.
    tr.appendChild(el('td', 'num')).dataset.pageOf = targetOf(s);
  });
  return { wrapper, lead: lead('目录'), table: t, rows: Array.from(body.rows) };
}

function sectionPart(s: SectionView, n: number): Part {
  const wrapper = el('section', 'yearbook-part yearbook-section');
  wrapper.dataset.section = s.id;
  const t = table('print-table yearbook-table', columnWidths(s.headings, s.rows), s.headings);
  const head = {
    wrapper,
    lead: lead(`${chineseNumber(n)}、${s.title}`, s.note),
    table: t,
    target: targetOf(s),
  };
  if (s.rows.length === 0) {
    const body = t.tBodies[0] as HTMLTableSectionElement;
    const td = body.appendChild(el('tr')).appendChild(el('td', 'yearbook-empty', '本年度无记录'));
    td.colSpan = s.headings.length;
    return { ...head, rows: Array.from(body.rows) };
  }
  const cells = s.rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const rows = cells.map((r) => {
    const tr = el('tr');
    for (const v of r) tr.appendChild(el('td', undefined, v));
    return tr;
  });
  return { ...head, rows, cells };
}

/** The single-line row a section's rows are compared with: one character in a block as wide as each cell's content. */
const ONE_LINE_SAMPLE = '一';

function sampleRow(columns: number): HTMLTableRowElement {
  const tr = el('tr');
  for (let j = 0; j < columns; j++)
    tr.appendChild(el('td')).appendChild(el('div', undefined, ONE_LINE_SAMPLE));
  return tr;
}

/**
 * Every character the sections' cells use, each laid out on its own in a cell of the book's table (so in the
 * cell's font and size, with the fallback fonts Chromium picks for it): read once the fonts are in.
 */
function fontProbe(parts: readonly Part[]): { table: HTMLTableElement; read: () => CellFont } {
  const chars = new Set<string>([ONE_LINE_SAMPLE]);
  for (const p of parts) for (const r of p.cells ?? []) for (const v of r) for (const ch of v) chars.add(ch);
  const t = el('table', 'print-table yearbook-table yearbook-probe');
  const cell = t.appendChild(el('tbody')).appendChild(el('tr')).appendChild(el('td'));
  const probes = Array.from(chars, (ch) => cell.appendChild(el('span', undefined, ch)));
  return {
    table: t,
    read() {
      const boxes = probes.map((p) => p.getBoundingClientRect());
      const advance = new Map<string, number>();
      const heights = new Map<string, number>();
      Array.from(chars).forEach((ch, i) => {
        advance.set(ch, boxes[i]?.width ?? Infinity);
        heights.set(ch, boxes[i]?.height ?? Infinity);
      });
      const line = heights.get(ONE_LINE_SAMPLE) ?? 0;
      let strut = Infinity;
      for (const h of heights.values()) strut = Math.min(strut, h);
      const tall = new Set<string>();
      for (const [ch, h] of heights) if (h > line + 0.01) tall.add(ch);
      // If the sample itself came from a fallback font, its line says nothing of the others': measure every row.
      if (line > strut + 0.01) for (const ch of chars) tall.add(ch);
      return { advance, tall };
    },
  };
}

/**
 * The part as laid out: its lead, heading row and border overhang, and each row's height — a row in the document
 * as measured, a row left out (it lies on one line) as the single-line sample's.
 */
function measure(p: Part, sample?: HTMLTableRowElement): MeasuredTable {
  const laid = new Map<Element, number>();
  for (const r of p.table.tBodies[0]?.rows ?? []) laid.set(r, r.getBoundingClientRect().height);
  const head = p.table.tHead?.getBoundingClientRect().height ?? 0;
  let sum = 0;
  for (const h of laid.values()) sum += h;
  const extra = p.table.getBoundingClientRect().height - head - sum;
  const line = sample ? (laid.get(sample) ?? 0) : 0;
  const rows = p.rows.map((r) => laid.get(r) ?? line);
  return { lead: p.lead.getBoundingClientRect().height, head, extra: Math.max(0, extra), rows };
}

/**
 * The part's rows moved into page blocks, each with the table's columns and headings; returns the blocks. The
 * section's link target is its first block.
 */
function intoPages(p: Part, m: MeasuredTable): { pages: HTMLElement[]; overfull: boolean } {
  const rows = p.rows;
  const plan = paginate(m);
  const pages = plan.map((pg) => {
    const page = el('div', pg.first ? 'yearbook-page' : 'yearbook-page yearbook-page-more');
    if (pg.first) page.appendChild(p.lead);
    const t = page.appendChild(el('table', p.table.className));
    for (const part of [p.table.querySelector('colgroup'), p.table.tHead])
      if (part) t.appendChild(part.cloneNode(true));
    t.appendChild(el('tbody')).append(...rows.slice(pg.from, pg.to));
    return page;
  });
  if (p.target) (pages[0] as HTMLElement).id = p.target;
  p.wrapper.replaceChildren(...pages);
  if (pages.length > 1) {
    (pages[0] as HTMLElement).appendChild(
      el(
        'p',
        'yearbook-more no-print',
        `本台账共 ${pages.length} 页，预览只显示第 1 页；打印和导出的 PDF 含全部各页。`,
      ),
    );
  }
  return { pages, overfull: overfull(m, plan) };
}

/**
 * Each page's own number of the whole, at its foot (print only), from the plan. The margin box's counter(page)
 * gives way, and each block takes the page area's height so that the number sits where the margin box had it.
 */
function numberPages(host: HTMLElement, pages: readonly HTMLElement[]): void {
  pages.forEach((page, i) =>
    page.appendChild(el('div', 'yearbook-folio', `第 ${i + 1} 页 共 ${pages.length} 页`)),
  );
  host.appendChild(el('style')).textContent = `@page {
  margin-bottom: ${PAGE_MARGIN_BOTTOM_MM}mm;
  @bottom-center { content: none; }
}
@media print {
  .yearbook-cover, .yearbook-page { min-height: ${PAGE_BLOCK_MM}mm; }
}`;
}

/**
 * Lay the book out into `host`: every part built and laid out at the page's width, measured, split into page
 * blocks, each numbered of the whole (unless a page runs over). Page 1 is the
 * `cover` (React's, before the host), so the contents start on page 2. Returns the first page of each section,
 * by its link target, as the contents now say.
 */
export async function layOutBook(
  host: HTMLElement,
  cover: HTMLElement,
  book: YearbookView,
): Promise<Record<string, number>> {
  performance.mark('book:start');
  const parts = [contentsPart(book), ...book.sections.map((s, i) => sectionPart(s, i + 1))];
  // A section's table holds, at first, only a single-line sample row, whose cells give their widths and the
  // single-line row's height; its own rows wait outside the document until it is known which of them need it.
  const samples = new Map<Part, HTMLTableRowElement>();
  for (const p of parts) {
    p.wrapper.append(p.lead, p.table);
    if (p.cells) {
      const sample = sampleRow(p.table.querySelectorAll('col').length);
      samples.set(p, sample);
      p.table.tBodies[0]?.appendChild(sample);
    }
  }
  const probe = fontProbe(parts);
  host.replaceChildren(...parts.map((p) => p.wrapper), probe.table);
  performance.measure('book:build', 'book:start');
  performance.mark('book:built');
  // Laying out may reach for a font not loaded yet (a character the first font lacks): measure after it came.
  void host.offsetHeight;
  await document.fonts.ready;
  const font = probe.read();
  probe.table.remove();
  let laidOut = 0;
  for (const [p, sample] of samples) {
    const room = Array.from(sample.cells, (c) => c.firstElementChild?.getBoundingClientRect().width ?? 0);
    const wrapping = p.rows.filter((_, i) =>
      (p.cells?.[i] ?? []).some((v, j) => !fitsOneLine(v, room[j] ?? 0, font)),
    );
    p.table.tBodies[0]?.append(...wrapping);
    laidOut += wrapping.length;
  }
  performance.measure('book:layout', 'book:built');
  performance.mark('book:laid');
  const measured = parts.map((p) => measure(p, samples.get(p)));
  for (const sample of samples.values()) sample.remove();
  host.dataset.rowsLaidOut = String(laidOut);
  performance.measure('book:measure', 'book:laid');
  performance.mark('book:measured');
  const starts: Record<string, number> = {};
  const pages: HTMLElement[] = [cover];
  let runsOver = false;
  parts.forEach((p, i) => {
    if (p.target) starts[p.target] = pages.length + 1;
    const laid = intoPages(p, measured[i] as MeasuredTable);
    pages.push(...laid.pages);
    runsOver ||= laid.overfull;
  });
  // A row taller than a page runs over onto pages nobody planned: then Chromium numbers the pages (PrintFrame's
  // margin box) instead.
  if (!runsOver) numberPages(host, pages);
  for (const cell of host.querySelectorAll<HTMLElement>('[data-page-of]')) {
    cell.textContent = String(starts[cell.dataset.pageOf ?? ''] ?? '');
  }
  performance.measure('book:pages', 'book:measured');
  return starts;
}
