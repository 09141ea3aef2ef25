// The year book's pages, decided here rather than by Chromium's fragmentation: every page is a block that fits
// the page area with room to spare, so Chromium never breaks inside one and the page a section starts on is
// known before anything is printed. That is what lets the contents carry page numbers without a first print.

/** The book's @page bottom margin: the page's number is printed by the book above it, not in a margin box. */
export const PAGE_MARGIN_BOTTOM_MM = 8;

/**
 * A page block's height on paper (A4 landscape less the 20 mm top margin and the bottom one, less 1 mm so that
 * rounding never pushes a block onto a page of its own): its content on top, its page number at its foot.
 */
export const PAGE_BLOCK_MM = 210 - 20 - PAGE_MARGIN_BOTTOM_MM - 1;

/** The height a page's content may take, above the band of the page number (as when the margin box held it). */
export const PAGE_AREA_MM = 210 - 20 - 18;

/**
 * Room left free on every page. Heights are measured on screen and printed in print media: the same fonts and
 * widths give the same heights, but a cell whose text exactly fills its width could wrap one more line on paper.
 * 6 mm is more than one such line (8.5 pt text with its padding), so a page never overflows into a second.
 */
export const PAGE_SPARE_MM = 6;

const PX_PER_MM = 96 / 25.4;

/** The height (CSS px) a page's blocks may fill. */
export const PAGE_CAPACITY_PX = (PAGE_AREA_MM - PAGE_SPARE_MM) * PX_PER_MM;

/** A table as measured: what precedes it on its first page, its heading row, its border overhang, its rows. */
export interface MeasuredTable {
  /** The section's heading (and note) above the table, on its first page only. */
  lead: number;
  /** The heading row, repeated at the top of the table on every page. */
  head: number;
  /** What the table adds beyond its rows (the outer half of collapsed borders). */
  extra: number;
  rows: number[];
}

/** One page of a table: the rows [from, to); `first` when the lead goes above them. */
export interface TablePage {
  first: boolean;
  from: number;
  to: number;
}

/**
 * Rows onto pages in order, as many as fit under `capacity`, the heading row repeated on each page. A page
 * always takes at least one row, so a row taller than a page still prints (on a page of its own, which then
 * overflows: overfull() says so, and the book leaves the page numbers to Chromium).
 */
export function paginate(t: MeasuredTable, capacity = PAGE_CAPACITY_PX): TablePage[] {
  const pages: TablePage[] = [];
  let from = 0;
  let used = t.lead + t.head + t.extra;
  for (let i = 0; i < t.rows.length; i++) {
    const h = t.rows[i] ?? 0;
    if (i > from && used + h > capacity) {
      pages.push({ first: pages.length === 0, from, to: i });
      from = i;
      used = t.head + t.extra;
    }
    used += h;
  }
  pages.push({ first: pages.length === 0, from, to: t.rows.length });
  return pages;
}

/**
 * Whether a page of these would be fuller than `capacity`: only a row taller than a page does that (it gets a
 * page of its own, which then runs over). Such a book cannot know its pages in advance.
 */
export function overfull(
  t: MeasuredTable,
  pages: readonly TablePage[],
  capacity = PAGE_CAPACITY_PX,
): boolean {
  return pages.some((pg) => {
    let used = (pg.first ? t.lead : 0) + t.head + t.extra;
    for (let i = pg.from; i < pg.to; i++) used += t.rows[i] ?? 0;
    return used > capacity;
  });
}
