// A PDF printed in parts, joined into one (pdf-lib): the pages in order, and the named destinations of every part
// (the book's link targets) pointed at the joined file's pages, so the contents' links and the claims check
// (misplacedPages) work on the whole. A link names its target (`/Dest /yearbook-x`), so the contents' links, printed
// in the first part, find targets printed in later ones once the names are joined. Written with a classic
// cross-reference table, as Chromium writes, so pdfDestinationPages reads the joined file too.
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, type PDFRef } from 'pdf-lib';

/** A destination as written in /Dests: an array `[page /XYZ …]`, or a dictionary holding it under /D. */
function destinationArray(doc: PDFDocument, value: PDFObject): PDFArray | null {
  const v = doc.context.lookup(value);
  if (v instanceof PDFArray) return v;
  if (v instanceof PDFDict) {
    const d = v.lookup(PDFName.of('D'));
    return d instanceof PDFArray ? d : null;
  }
  return null;
}

export async function joinPdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = await PDFDocument.create({ updateMetadata: false });
  const dests = out.context.obj({});
  let first = true;
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    if (first) {
      // The first part's title and producer stand for the whole.
      const title = part.getTitle();
      if (title) out.setTitle(title);
      out.setCreator(part.getCreator() ?? '');
      out.setProducer(part.getProducer() ?? '');
      first = false;
    }
    const pages = part.getPages();
    const copied = await out.copyPages(
      part,
      pages.map((_, i) => i),
    );
    const pageRef = new Map<string, PDFRef>();
    pages.forEach((p, i) => {
      const page = copied[i];
      if (!page) return;
      out.addPage(page);
      pageRef.set(p.ref.toString(), page.ref);
    });
    const named = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    for (const [name, value] of named?.entries() ?? []) {
      // A name an earlier part already placed keeps that place: a target is printed in one part only.
      if (dests.has(name)) continue;
      const d = destinationArray(part, value);
      const target = d ? pageRef.get(String(d.get(0))) : undefined;
      if (!d || !target) continue;
      const rest = d.asArray().slice(1);
      dests.set(name, out.context.obj([target, ...rest]));
    }
  }
  out.catalog.set(PDFName.of('Dests'), out.context.register(dests));
  return out.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
