// Column widths from a table's cells, for a caller that has none of its own.
import type { CjkFont } from './font';
import { cellText, geometry } from './layout';

/**
 * Column widths in pt from the cells: each column as wide as its widest cell on one line (heading included)
 * where the page allows; when it does not, the columns narrower than a fair share keep their width (序号,
 * dates, levels stay on one line) and the wider ones share what is left in proportion to their widest cell.
 */
export function contentWidths(
  font: CjkFont,
  headings: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { fontSize?: number; orientation?: 'portrait' | 'landscape' } = {},
): number[] {
  const g = geometry(options.fontSize ?? 9, options.orientation ?? 'portrait');
  const em = (v: unknown) => {
    const s = cellText(v);
    let w = 0;
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      w += font.advance(cp);
    }
    return w;
  };
  const widest = headings.map(em);
  for (const r of rows) r.forEach((v, c) => (widest[c] = Math.max(widest[c] ?? 0, em(v))));
  const want = widest.map((w) => w * g.size + 2 * g.padX + 0.5);
  const out = [...want];
  let free = g.width - 2 * g.margin;
  let open = want.map((_, i) => i);
  for (;;) {
    const fair = free / open.length;
    const fits = open.filter((i) => (want[i] ?? 0) <= fair);
    if (fits.length === 0 || fits.length === open.length) break;
    for (const i of fits) free -= want[i] ?? 0;
    open = open.filter((i) => (want[i] ?? 0) > fair);
  }
  const rest = open.reduce((s, i) => s + (want[i] ?? 0), 0);
  if (rest > free) for (const i of open) out[i] = (free * (want[i] ?? 0)) / rest;
  return out;
}
