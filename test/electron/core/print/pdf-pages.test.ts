// Named destinations read back from a PDF as Chromium writes it (catalog /Dests, a nested page tree, the classic
// xref table): each target's page, in document order; and a book's contents checked against them.
import { describe, expect, it } from 'vitest';
import { misplacedPages, pdfDestinationPages } from '../../../../electron/core/print/pdf-pages';
import { bookPdf, pdf } from './pdf-fixture';

describe('pdfDestinationPages', () => {
  it('gives each named destination its page through a nested page tree, in document order', () => {
    const page = (parent: number) => `<</Type /Page\n/MediaBox [0 0 841 595]\n/Parent ${parent} 0 R>>`;
    const bytes = pdf(
      {
        1: '<</Type /Catalog\n/Pages 9 0 R\n/Dests 10 0 R>>',
        // Page objects numbered out of order: the tree, not the numbers, decides the order.
        2: page(7),
        3: page(7),
        4: page(8),
        5: page(8),
        6: page(8),
        7: '<</Type /Pages\n/Count 2\n/Kids [3 0 R 2 0 R]\n/Parent 9 0 R>>',
        8: '<</Type /Pages\n/Count 3\n/Kids [4 0 R 5 0 R 6 0 R]\n/Parent 9 0 R>>',
        9: '<</Type /Pages\n/Count 5\n/Kids [7 0 R 8 0 R]>>',
        10: '<</yearbook-carriers [2 0 R /XYZ 6 580 0]\n/yearbook-loans [6 0 R /XYZ 6 580 0]\n/a#2Db [4 0 R /XYZ 0 0 0]>>',
      },
      1,
    );
    expect(pdfDestinationPages(bytes)).toEqual({
      pages: 5,
      destinations: { 'yearbook-carriers': 2, 'yearbook-loans': 5, 'a-b': 3 },
    });
  });

  it('a file it cannot read yields no pages rather than wrong ones', () => {
    expect(pdfDestinationPages(Buffer.from('not a pdf'))).toEqual({ pages: 0, destinations: {} });
  });
});

describe('misplacedPages', () => {
  it('a contents page that is not where its section fell is answered with where it fell', () => {
    const book = bookPdf(9, { 'yearbook-a': 3, 'yearbook-b': 7 });
    expect(misplacedPages(book, { 'yearbook-a': 3, 'yearbook-b': 6 })).toEqual({
      'yearbook-a': 3,
      'yearbook-b': 7,
    });
    expect(misplacedPages(book, { 'yearbook-a': 3, 'yearbook-b': 7 })).toBeNull();
  });

  it('a target the PDF does not name holds only as a blank page number', () => {
    const book = bookPdf(4, { 'yearbook-a': 3 });
    expect(misplacedPages(book, { 'yearbook-a': 3, 'yearbook-x': 4 })).toEqual({
      'yearbook-a': 3,
      'yearbook-x': 0,
    });
    expect(misplacedPages(book, { 'yearbook-a': 3, 'yearbook-x': 0 })).toBeNull();
  });
});
