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

/**
 * A PDF joined part by part: each part is added as soon as it is printed, so the parsing and copying of one part
 * runs while Chromium prints the next (in its own process); only the writing waits for the last.
 */
export class PdfJoin {
  private out: PDFDocument | null = null;
  private readonly dests = new Map<string, { name: PDFName; at: PDFObject[] }>();
  private single: Uint8Array | null = null;
  private count = 0;

  async add(bytes: Uint8Array): Promise<void> {
    this.count++;
    if (this.count === 1) this.single = bytes;
    // Fastest: parse in one go rather than yielding every hundred objects (each yield a timer's wait).
    const part = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
    let out = this.out;
    if (!out) {
      out = this.out = await PDFDocument.create({ updateMetadata: false });
      // The first part's title and producer stand for the whole.
      const title = part.getTitle();
      if (title) out.setTitle(title);
      out.setCreator(part.getCreator() ?? '');
      out.setProducer(part.getProducer() ?? '');
    }
    const pages = part.getPages();
    const copied = await out.copyPages(
      part,
      pages.map((_, i) => i),
    );
    const pageRef = new Map<string, PDFRef>();
    pages.forEach((p, i) => {
      const page = copied[i];
      if (!page || !out) return;
      out.addPage(page);
      pageRef.set(p.ref.toString(), page.ref);
    });
    const named = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    for (const [name, value] of named?.entries() ?? []) {
      // A name an earlier part already placed keeps that place: a target is printed in one part only.
      if (this.dests.has(name.asString())) continue;
      const d = destinationArray(part, value);
      const target = d ? pageRef.get(String(d.get(0))) : undefined;
      if (d && target) this.dests.set(name.asString(), { name, at: [target, ...d.asArray().slice(1)] });
    }
  }

  /** The joined file (a single part as it was printed). */
  async bytes(): Promise<Uint8Array> {
    if (this.count === 1 && this.single) return this.single;
    const out = this.out ?? (await PDFDocument.create({ updateMetadata: false }));
    const dests = out.context.obj({});
    for (const { name, at } of this.dests.values()) dests.set(name, out.context.obj(at));
    out.catalog.set(PDFName.of('Dests'), out.context.register(dests));
    return out.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  }
}

export async function joinPdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const join = new PdfJoin();
  for (const bytes of parts) await join.add(bytes);
  return join.bytes();
}
