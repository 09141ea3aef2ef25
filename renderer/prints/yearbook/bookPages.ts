// The year book's contents and sections as pages, built outside React: tens of thousands of rows are made once as
// DOM, laid out once on screen at the paper's width, measured, then moved into page blocks (paginate.ts). The
// contents get each section's first page from that plan, so no first PDF is printed to learn them; the PDF that
// is kept is checked against them (print:toPdf with the claims of [data-page-of], pageClaims.ts).
import type { YearbookView } from '../../../electron/ipc/contract';
import { chineseNumber } from '../../../db/domain/numerals';
import { paginate, type MeasuredTable } from './paginate';

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
  table: HTMLTableElement;
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
  return { wrapper, lead: lead('目录'), table: t };
}

function sectionPart(s: SectionView, n: number): Part {
  const wrapper = el('section', 'yearbook-part yearbook-section');
  wrapper.id = targetOf(s);
  wrapper.dataset.section = s.id;
  const t = table('print-table yearbook-table', columnWidths(s.headings, s.rows), s.headings);
  const body = t.tBodies[0] as HTMLTableSectionElement;
  if (s.rows.length === 0) {
    const td = body.appendChild(el('tr')).appendChild(el('td', 'yearbook-empty', '本年度无记录'));
    td.colSpan = s.headings.length;
  }
  for (const r of s.rows) {
    const tr = body.appendChild(el('tr'));
    for (const v of r) tr.appendChild(el('td', undefined, v === null || v === undefined ? '' : String(v)));
  }
  return { wrapper, lead: lead(`${chineseNumber(n)}、${s.title}`, s.note), table: t };
}

function measure(p: Part): MeasuredTable {
  const rows = Array.from(p.table.tBodies[0]?.rows ?? [], (r) => r.getBoundingClientRect().height);
  const head = p.table.tHead?.getBoundingClientRect().height ?? 0;
  const extra = p.table.getBoundingClientRect().height - head - rows.reduce((a, b) => a + b, 0);
  return { lead: p.lead.getBoundingClientRect().height, head, extra: Math.max(0, extra), rows };
}

/** The part's rows moved into page blocks, each with the table's columns and headings; returns the page count. */
function intoPages(p: Part, m: MeasuredTable): number {
  const rows = Array.from(p.table.tBodies[0]?.rows ?? []);
  const pages = paginate(m).map((pg) => {
    const page = el('div', 'yearbook-page');
    if (pg.first) page.appendChild(p.lead);
    const t = page.appendChild(el('table', p.table.className));
    for (const part of [p.table.querySelector('colgroup'), p.table.tHead])
      if (part) t.appendChild(part.cloneNode(true));
    t.appendChild(el('tbody')).append(...rows.slice(pg.from, pg.to));
    return page;
  });
  p.wrapper.replaceChildren(...pages);
  if (pages.length > 1) {
    p.wrapper.appendChild(
      el(
        'p',
        'yearbook-more no-print',
        `本台账共 ${pages.length} 页，预览只显示第 1 页；打印和导出的 PDF 含全部各页。`,
      ),
    );
  }
  return pages.length;
}

/**
 * Lay the book out into `host`: every part built and laid out at the page's width, measured, split into page
 * blocks. Page 1 is the cover (React's, before the host), so the contents start on page 2. Returns the first
 * page of each section, by its link target, as the contents now say.
 */
export async function layOutBook(host: HTMLElement, book: YearbookView): Promise<Record<string, number>> {
  const parts = [contentsPart(book), ...book.sections.map((s, i) => sectionPart(s, i + 1))];
  for (const p of parts) p.wrapper.append(p.lead, p.table);
  host.replaceChildren(...parts.map((p) => p.wrapper));
  // Laying out may reach for a font not loaded yet (a character the first font lacks): measure after it came.
  void host.offsetHeight;
  await document.fonts.ready;
  const measured = parts.map(measure);
  const starts: Record<string, number> = {};
  let page = 2;
  parts.forEach((p, i) => {
    if (i > 0) starts[p.wrapper.id] = page;
    page += intoPages(p, measured[i] as MeasuredTable);
  });
  for (const cell of host.querySelectorAll<HTMLElement>('[data-page-of]')) {
    cell.textContent = String(starts[cell.dataset.pageOf ?? ''] ?? '');
  }
  return starts;
}
