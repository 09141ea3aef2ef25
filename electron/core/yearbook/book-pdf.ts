// 年度保密工作台账 as one PDF book, written in the core (issue 18: a large unit's book is ~2,000 pages, and
// Chromium's print path spends ~20 ms a page whatever the markup): a cover, the contents with each section's first
// page, then each section of REFERENCE §2.1 on its own pages with its headings repeated on every page; a section
// without rows prints its empty table with a note, never silently missing. Each section's first page is a named
// destination (`yearbook-<id>`) and an outline entry, and the contents' page numbers are checked against the
// destinations before the file is kept (misplacedPages).
import { AppException } from '../../../db/domain/errors';
import { chineseNumber } from '../../../db/domain/numerals';
import type { YearbookView } from '../../ipc/schemas/yearbook';
import { misplacedPages } from '../print';
import {
  contentWidths,
  layoutTables,
  openCjkFont,
  renderTables,
  type CjkFont,
  type CoverLine,
  type TableSection,
  type TablesInput,
} from './pdf-tables';

/** The PDF's pages: landscape, as the printed registers are, so a register's ten columns stay readable. */
const PAGE = { orientation: 'landscape', fontSize: 9 } as const;

export const bookTarget = (s: { id: string }) => `yearbook-${s.id}`;

function cover(book: YearbookView): CoverLine[] {
  const head = book.auditHead;
  return [
    { text: book.unitName, size: 16, space: 25 },
    { text: `${book.year}年度保密工作台账`, size: 26, bold: true, space: 12 },
    { text: `编制日期：${book.asOf}`, size: 12, space: 30 },
    { text: `审计日志末条序号 ${head.seq}（共 ${head.count} 条），哈希 ${head.hash}`, size: 10, space: 8 },
    ...['保密员', '保密办负责人', '单位领导'].map((w, i) => ({
      text: `${w}（签字）：`,
      size: 12,
      space: i === 0 ? 25 : 8,
      sign: true,
    })),
  ];
}

function contents(book: YearbookView, pages: readonly (number | null)[]): TableSection {
  return {
    title: '目录',
    columns: [
      { heading: '序号', width: 12 },
      { heading: '台账', width: 64 },
      { heading: '本年记录', width: 12 },
      { heading: '页码', width: 12 },
    ],
    rows: book.sections.map((s, i) => [chineseNumber(i + 1), s.title, s.rows.length, pages[i] ?? '']),
  };
}

function sections(book: YearbookView, font: CjkFont): TableSection[] {
  return book.sections.map((s, i) => {
    const widths = contentWidths(font, s.headings, s.rows, PAGE);
    return {
      title: `${chineseNumber(i + 1)}、${s.title}`,
      note: s.note,
      columns: s.headings.map((heading, c) => ({ heading, width: widths[c] ?? 1 })),
      rows: s.rows,
      target: bookTarget(s),
    };
  });
}

export interface BookPdf {
  bytes: Uint8Array;
  pages: number;
  /** Each section's first page in the book, by its target. */
  claims: Record<string, number>;
}

/**
 * The book as PDF bytes. The contents are laid out once with blank page numbers to learn where every section
 * begins, then with the numbers (their column is fixed, so the pages do not move; checked). `progress(done,
 * total)` hears of the pages written and may stop the work by throwing.
 */
export async function yearbookPdf(
  book: YearbookView,
  progress?: (done: number, total: number) => Promise<void>,
): Promise<BookPdf> {
  const font = openCjkFont();
  const body = sections(book, font);
  const input = (pages: readonly (number | null)[]): TablesInput => ({
    unitName: book.unitName,
    title: `${book.unitName}${book.year}年度保密工作台账`,
    cover: cover(book),
    sections: [contents(book, pages), ...body],
  });
  const first = layoutTables(input(book.sections.map(() => null)), { font, ...PAGE });
  const pages = first.sections.slice(1).map((s) => s.firstPage);
  const layout = layoutTables(input(pages), { font, ...PAGE });
  const claims = Object.fromEntries(book.sections.map((s, i) => [bookTarget(s), pages[i] ?? 0]));
  const moved = layout.sections.slice(1).some((s, i) => s.firstPage !== pages[i]);
  const bytes = moved
    ? null
    : await renderTables(layout, progress ? { onProgress: (d, t) => progress(d, t) } : {});
  // The contents must give the pages the sections fall on: never keep a book whose contents are wrong.
  if (!bytes || misplacedPages(bytes, claims)) {
    throw new AppException('INTERNAL', '年度保密工作台账的目录页码与正文不符，未写入 PDF。');
  }
  return { bytes, pages: layout.pages, claims };
}
