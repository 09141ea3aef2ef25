// The sections found in the PDF: a named destination at each section's first page (the contents' claims are
// checked against them, as a book printed by Chromium is: pdfDestinationPages), and an outline a reader shows
// beside the pages, one entry a section.
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface SectionMark {
  title: string;
  /** The named destination, or none (the section is in the outline only). */
  target: string | undefined;
  /** The section's first page, from 1. */
  page: number;
}

export function markSections(doc: PDFDocument, marks: readonly SectionMark[]): void {
  if (marks.length === 0) return;
  const { context, catalog } = doc;
  const pages = doc.getPages();
  const at = (page: number) => context.obj([pages[page - 1]?.ref ?? null, 'XYZ', null, null, null]);
  const dests = context.obj({});
  for (const m of marks) if (m.target) dests.set(PDFName.of(m.target), at(m.page));
  catalog.set(PDFName.of('Dests'), context.register(dests));

  const outline = context.nextRef();
  const items: PDFRef[] = marks.map(() => context.nextRef());
  marks.forEach((m, i) => {
    const item = context.obj({ Title: PDFHexString.fromText(m.title), Parent: outline, Dest: at(m.page) });
    if (i > 0) item.set(PDFName.of('Prev'), items[i - 1] as PDFRef);
    if (i < marks.length - 1) item.set(PDFName.of('Next'), items[i + 1] as PDFRef);
    context.assign(items[i] as PDFRef, item);
  });
  context.assign(
    outline,
    context.obj({
      Type: 'Outlines',
      First: items[0] as PDFRef,
      Last: items.at(-1) as PDFRef,
      Count: marks.length,
    }),
  );
  catalog.set(PDFName.of('Outlines'), outline);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
