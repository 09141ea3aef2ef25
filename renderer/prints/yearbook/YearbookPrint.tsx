// 年度保密工作台账 as one printed book: route print/yearbook/<year>. A cover, the contents, then each section of
// REFERENCE §2.1 on its own pages with its headings repeated on every page; a section without rows prints its
// empty table with a note, never silently missing. The book is cut into pages by the renderer (bookPages.ts), so
// the contents give each section's first page before printing and each page carries its own 第 N 页 共 M 页. The
// route is for 打印 on paper; 导出 PDF is the core's (yearbook:exportPdf).
import { forwardRef, useEffect, useRef } from 'react';
import type { YearbookView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { useRoute } from '../../shell/route';
import { RecordSheet, Signatures } from '../reviews/FormSheet';
import { layOutBook } from './bookPages';
import './yearbookPrint.css';

/**
 * The book's face: the system's one-file CJK font where there is one (Noto Sans CJK SC is the bundled Noto Sans
 * SC's own design), the bundled font last. See BOOK_PAGE for why.
 */
const BOOK_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif";

const Cover = forwardRef<HTMLElement, { book: YearbookView }>(function Cover({ book }, ref) {
  return (
    <section className="yearbook-cover yearbook-book" ref={ref}>
      <div className="yearbook-cover-unit">{book.unitName}</div>
      <div className="yearbook-cover-title">{book.year}年度保密工作台账</div>
      <div className="yearbook-cover-meta">编制日期：{book.asOf}</div>
      <div className="yearbook-cover-meta yearbook-cover-head">
        审计日志末条序号 {book.auditHead.seq}（共 {book.auditHead.count} 条），哈希 {book.auditHead.hash}
      </div>
      <Signatures who={['保密员', '保密办负责人', '单位领导']} />
    </section>
  );
});

/**
 * The book: the cover here, the contents and the sections laid out into page blocks by bookPages.ts, which also
 * writes each section's first page into the contents (Chromium has no target-counter()). `data-paged` on the
 * contents says when they are there.
 */
function Book({ book }: { book: YearbookView }) {
  const host = useRef<HTMLDivElement>(null);
  const cover = useRef<HTMLElement>(null);
  useEffect(() => {
    const at = host.current;
    const front = cover.current;
    let live = true;
    void document.fonts.ready.then(async () => {
      if (!live || !at || !front) return;
      await layOutBook(at, front, book);
      if (live) at.querySelector('.yearbook-contents')?.setAttribute('data-paged', 'done');
    });
    return () => {
      live = false;
      at?.replaceChildren();
      front?.querySelector('.yearbook-folio')?.remove();
    };
  }, [book]);
  return (
    <>
      {/* Up to ten columns per register: landscape, so each cell stays readable. */}
      <style>{BOOK_PAGE}</style>
      <Cover book={book} ref={cover} />
      <div className="yearbook-pages" ref={host} />
    </>
  );
}

/**
 * Landscape, and the margin boxes (unit, title, and the page number where the book does not write its own) in
 * the book's font: one face for the whole page rather than the bundled font's hundred slices, which cost
 * Chromium twice the time per page.
 */
const BOOK_PAGE = `@page {
  size: A4 landscape;
  @top-left { font-family: ${BOOK_FONT}; }
  @top-right { font-family: ${BOOK_FONT}; }
  @bottom-center { font-family: ${BOOK_FONT}; }
}
.print-sheet:has(.yearbook-book) { font-family: ${BOOK_FONT}; }`;

export function YearbookPrint() {
  const year = Number(useRoute().split('/')[2]);
  const title = `${year}年度保密工作台账`;
  return (
    <>
      <RecordSheet<YearbookView>
        title={title}
        back="reg/yearbook"
        load={() => {
          performance.mark('book:asked');
          return call('yearbook:book', { year }).finally(() =>
            performance.measure('book:data', 'book:asked'),
          );
        }}
        render={(book) => <Book book={book} />}
      />
    </>
  );
}
