// The year book printed in parts. Chromium's print layout of one document costs more per page the longer the
// document, so 导出 PDF prints the book a few hundred pages at a time and the core joins the parts
// (electron/core/print/pdf-join.ts). Every page block says which part it belongs to (data-part); the shell shows one
// part by setting `data-print-part` on the root element (electron/core/util/shell-port.ts), and the rules below hide
// the other parts' pages from the print, so each print lays out only its own. The pages carry their numbers of
// the whole book (bookPages.ts), so a part needs no offset of its own. Without `data-print-part` (打印, a shell that
// cannot show parts) the whole book prints as one.

/** Pages per printed part, at most: each part is one printToPDF. */
export const PART_PAGES = 400;

/**
 * Pages per part for this book: PART_PAGES, or what `data-book-part-pages` on the root element asks (the bench
 * compares sizes; the tests put a part boundary inside a book small enough to print quickly).
 */
function partPages(): number {
  const asked = Number(document.documentElement.dataset.bookPartPages);
  return Number.isInteger(asked) && asked > 0 ? asked : PART_PAGES;
}

/**
 * Assign `pages` (the whole book, in order) to parts of equal length and add the rules that print one part.
 * `host` gets the number of parts in `data-print-parts`, which 导出 PDF sends to print:toPdf.
 */
export function markParts(host: HTMLElement, pages: readonly HTMLElement[]): number {
  const count = Math.max(1, Math.ceil(pages.length / partPages()));
  const size = Math.ceil(pages.length / count);
  pages.forEach((page, i) => {
    page.dataset.part = String(Math.floor(i / size));
    if (i % size === 0) page.dataset.partStart = '';
  });
  // A part's first page opens its PDF: its break (every block starts a page) would print a blank page first, as
  // Chromium does not drop a forced break that follows the hidden pages' empty sections.
  const rules = [
    ...Array.from(
      { length: count },
      (_, k) =>
        `html[data-print-part="${k}"] [data-part]:not([data-part="${k}"]) { display: none !important; }`,
    ),
    'html[data-print-part] [data-part-start] { break-before: auto; }',
  ];
  const style = document.createElement('style');
  style.textContent = `@media print {\n${rules.join('\n')}\n}`;
  host.appendChild(style);
  host.dataset.printParts = String(count);
  return count;
}
