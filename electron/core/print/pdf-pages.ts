// Where the named destinations of a PDF fall: Chromium (Skia) writes a link's target (`<a href="#x">` → the
// element with id `x`) as an entry of the catalog's /Dests, `/x [page 0 R /XYZ …]`, and the pages as a tree of
// /Pages nodes. Reading those few dictionaries through the cross-reference table gives each target's page
// number, which is what a book's contents needs and CSS cannot give (Chromium has no target-counter()).
// Only the classic xref table Skia writes is read; anything else yields no pages rather than wrong ones.

/** The dictionary part of object `n` (up to `stream` or `endobj`). */
function objectText(pdf: string, offsets: Map<number, number>, n: number): string {
  const at = offsets.get(n);
  if (at === undefined) return '';
  const end = pdf.indexOf('endobj', at);
  const text = pdf.slice(at, end < 0 ? undefined : end);
  const stream = text.indexOf('stream');
  return stream < 0 ? text : text.slice(0, stream);
}

function xrefOffsets(pdf: string): Map<number, number> {
  const offsets = new Map<number, number>();
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)?.[1] ?? NaN);
  if (!Number.isFinite(start) || !pdf.startsWith('xref', start)) return offsets;
  const re = /(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf]\s*\r?\n?)+)/y;
  re.lastIndex = pdf.indexOf('\n', start) + 1;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) {
    const first = Number(m[1]);
    const entries = (m[3] ?? '').trim().split(/\s*\r?\n/);
    entries.forEach((e, i) => {
      const [off, , kind] = e.trim().split(' ');
      if (kind === 'n') offsets.set(first + i, Number(off));
    });
  }
  return offsets;
}

const ref = (text: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(text);
  return m ? Number(m[1]) : null;
};

/** The page count and, for each named destination, the page (from 1) it lies on. */
export function pdfDestinationPages(bytes: Uint8Array): {
  pages: number;
  destinations: Record<string, number>;
} {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const offsets = xrefOffsets(pdf);
  const trailer = pdf.slice(pdf.lastIndexOf('trailer'));
  const root = ref(trailer, 'Root');
  if (root === null) return { pages: 0, destinations: {} };
  const catalog = objectText(pdf, offsets, root);
  // Pages in document order: a depth-first walk of the page tree.
  const order = new Map<number, number>();
  const walk = (n: number, depth: number): void => {
    if (depth > 32) return;
    const node = objectText(pdf, offsets, n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (!kids) {
      order.set(n, order.size + 1);
      return;
    }
    for (const k of (kids[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
  };
  const pagesRoot = ref(catalog, 'Pages');
  if (pagesRoot !== null) walk(pagesRoot, 0);
  const destinations: Record<string, number> = {};
  const dests = ref(catalog, 'Dests');
  if (dests !== null) {
    for (const m of objectText(pdf, offsets, dests).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const page = order.get(Number(m[2]));
      // Names are written with #xx escapes for bytes outside the regular characters.
      const name = (m[1] ?? '').replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      );
      if (page !== undefined) destinations[name] = page;
    }
  }
  return { pages: order.size, destinations };
}

/**
 * Where the claimed pages (a book's contents) do not hold in the PDF: each target with the page it really fell
 * on, or null when all hold. A target missing from the PDF counts as page 0, so a claim about it never holds.
 */
export function misplacedPages(
  bytes: Uint8Array,
  claims: Record<string, number>,
): Record<string, number> | null {
  const { destinations } = pdfDestinationPages(bytes);
  const actual: Record<string, number> = {};
  let wrong = false;
  for (const [target, page] of Object.entries(claims)) {
    actual[target] = destinations[target] ?? 0;
    if (actual[target] !== page) wrong = true;
  }
  return wrong ? actual : null;
}
