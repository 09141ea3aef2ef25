// What a print says about its own pages: an element with `data-page-of="<id>"` claims that the element with that
// id prints on the page its text names (a book's contents). 导出 PDF sends the claims with print:toPdf, and the
// core writes the PDF only if they hold in it; when they do not, it returns where the targets really fell, the
// claims are corrected (their text only: no break moves) and the PDF is made again.

/** The claims on the page now, or undefined when it makes none. */
export function claimedPages(root: ParentNode = document): Record<string, number> | undefined {
  const cells = root.querySelectorAll<HTMLElement>('[data-page-of]');
  if (cells.length === 0) return undefined;
  const claims: Record<string, number> = {};
  for (const c of cells) claims[c.dataset.pageOf ?? ''] = Number(c.textContent);
  return claims;
}

/**
 * Write the pages the targets really fell on into the claims. A target the PDF does not name (0) is left blank:
 * a blank page number is a claim that holds, a guessed one is not.
 */
export function correctPages(actual: Record<string, number>, root: ParentNode = document): void {
  for (const c of root.querySelectorAll<HTMLElement>('[data-page-of]')) {
    c.textContent = String(actual[c.dataset.pageOf ?? ''] || '');
  }
}

/** How many parts the print is printed in (`data-print-parts`, a book: prints/yearbook/bookParts.ts), if any. */
export function printParts(root: ParentNode = document): number | undefined {
  const n = Number(root.querySelector<HTMLElement>('[data-print-parts]')?.dataset.printParts);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}
