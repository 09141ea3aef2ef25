// One page of the tables as PDF content operators, written as text: pdf-lib's drawing calls shape every string
// with fontkit and build an object per operator, which for ~2,000 pages of cells cost more than the rest of the
// book together. The text is shown in glyph ids of the embedded subset (Identity-H), two bytes a character.
import {
  baselineDrop,
  bodyBox,
  headerSize,
  lineHeight,
  MM,
  titleSize,
  type FontMetrics,
  type Geometry,
  type PageLayout,
  type SectionLines,
} from './layout';

/** What a page is drawn from besides its layout. */
export interface PageInk {
  m: FontMetrics;
  g: Geometry;
  unitName: string;
  /** The section's title as the page header gives it (cut to fit beside the unit's name). */
  headerTitle: string;
  s: SectionLines;
  /** The widths of the section's columns, in pt. */
  widths: readonly number[];
  /** The page's number and the book's page count, as the footer prints them. */
  folio: number;
  total: number;
  /** A line of text as the hex of its glyph ids (cached by the caller). */
  hex(text: string): string;
}

/** The resource name of the font on every page. */
export const FONT_KEY = 'F1';

const n = (v: number) => String(Math.round(v * 100) / 100);

export function textWidth(text: string, m: FontMetrics, size: number): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    w += m.advance(cp);
  }
  return w * size;
}

/** The text operators (inside BT … ET) and the strokes (rules, borders) of one page. */
class Ink {
  readonly text: string[] = [];
  readonly lines: string[] = [];
  readonly fills: string[] = [];
  private size = 0;
  private bold = false;
  private gray = 0;

  constructor(private readonly hex: (t: string) => string) {}

  show(t: string, x: number, y: number, size: number, opts: { bold?: boolean; gray?: number } = {}) {
    if (t === '') return;
    if (size !== this.size) this.text.push(`/${FONT_KEY} ${n(size)} Tf`);
    const bold = opts.bold ?? false;
    // Regular only: a heading is drawn filled and stroked with a hairline, a little heavier.
    if (bold !== this.bold) this.text.push(bold ? '2 Tr' : '0 Tr');
    const gray = opts.gray ?? 0;
    if (gray !== this.gray) this.text.push(`${n(gray)} g`);
    [this.size, this.bold, this.gray] = [size, bold, gray];
    this.text.push(`1 0 0 1 ${n(x)} ${n(y)} Tm <${this.hex(t)}> Tj`);
  }

  hline(x0: number, x1: number, y: number) {
    this.lines.push(`${n(x0)} ${n(y)} m ${n(x1)} ${n(y)} l`);
  }

  vline(x: number, y0: number, y1: number) {
    this.lines.push(`${n(x)} ${n(y0)} m ${n(x)} ${n(y1)} l`);
  }

  content(): string {
    return [
      ...(this.fills.length ? ['0.92 g', ...this.fills, 'f', '0 g'] : []),
      `BT 0 G 0.25 w`,
      ...this.text,
      'ET',
      '0 G 0.5 w 0 J',
      ...this.lines,
      'S',
    ].join('\n');
  }
}

/** The content stream of one page (in PDF operators, Latin-1 text). */
export function drawPage(page: PageLayout, ink: PageInk): string {
  const { m, g, s, widths } = ink;
  const out = new Ink(ink.hex);
  const full = g.width - 2 * g.margin;
  const left = g.margin;
  const right = g.width - g.margin;
  const lh = lineHeight(m, g.size);
  const drop = baselineDrop(m, g.size);

  // Header: the unit on the left, the section on the right, a rule beneath; the footer centred at the foot.
  const hs = headerSize(g);
  const headTop = g.height - g.margin;
  out.show(ink.unitName, left, headTop - baselineDrop(m, hs), hs, { gray: 0.25 });
  const tw = textWidth(ink.headerTitle, m, hs);
  out.show(ink.headerTitle, right - tw, headTop - baselineDrop(m, hs), hs, { gray: 0.25 });
  out.hline(left, right, headTop - lineHeight(m, hs) - 0.5 * MM);
  const folio = `第 ${ink.folio} 页 共 ${ink.total} 页`;
  const fw = textWidth(folio, m, g.size);
  out.show(folio, left + (full - fw) / 2, g.margin + lh - drop, g.size);

  let y = bodyBox(m, g).top;
  if (page.first) {
    const ts = titleSize(g);
    for (const t of s.title) {
      out.show(t, left, y - baselineDrop(m, ts), ts, { bold: true });
      y -= lineHeight(m, ts);
    }
    for (const t of s.note) {
      out.show(t, left, y - drop, g.size, { gray: 0.3 });
      y -= lh;
    }
    y -= 2 * MM;
  }

  const xs = [left];
  for (const w of widths) xs.push((xs[xs.length - 1] ?? left) + w);
  const tableTop = y;
  // The heading row on a grey ground, each heading centred in its column.
  out.fills.push(`${n(left)} ${n(y - s.headHeight)} ${n(full)} ${n(s.headHeight)} re`);
  s.head.forEach((cell, c) => {
    const x0 = xs[c] ?? left;
    const w = widths[c] ?? 0;
    cell.forEach((t, i) => {
      const x = x0 + (w - textWidth(t, m, g.size)) / 2;
      out.show(t, x, y - g.padY - i * lh - drop, g.size, { bold: true });
    });
  });
  out.hline(left, right, y);
  y -= s.headHeight;
  out.hline(left, right, y);
  const headBottom = y;

  for (const p of page.rows) {
    const cells = s.rows[p.row] ?? [];
    cells.forEach((cell, c) => {
      const x0 = s.empty ? left : (xs[c] ?? left);
      for (let i = p.from; i < p.to && i < cell.length; i++) {
        const t = cell[i] ?? '';
        const x = s.empty ? left + (full - textWidth(t, m, g.size)) / 2 : x0 + g.padX;
        out.show(t, x, y - g.padY - (i - p.from) * lh - drop, g.size, s.empty ? { gray: 0.3 } : {});
      }
    });
    y -= p.height;
    out.hline(left, right, y);
  }

  // The columns' rules: the outer two the table's height, the inner ones down to the last row (an empty
  // section's one row spans the table).
  xs.forEach((x, i) => {
    const outer = i === 0 || i === xs.length - 1;
    out.vline(x, tableTop, outer || !s.empty ? y : headBottom);
  });
  return out.content();
}

/** A line of a cover page: centred, `size` pt, with `space` mm above it; `sign` lines end in a rule to sign on. */
export interface CoverLine {
  text: string;
  size: number;
  bold?: boolean;
  space?: number;
  sign?: boolean;
}

/** The content stream of a cover: its lines centred from the top margin down, and the footer's folio. */
export function drawCover(
  lines: readonly CoverLine[],
  ink: Pick<PageInk, 'm' | 'g' | 'folio' | 'total' | 'hex'>,
) {
  const { m, g } = ink;
  const out = new Ink(ink.hex);
  const full = g.width - 2 * g.margin;
  const RULE = 45 * MM;
  // The lines to sign on share one column: their labels end where their rules begin.
  const label = Math.max(0, ...lines.filter((l) => l.sign).map((l) => textWidth(l.text, m, l.size)));
  const rule = g.margin + (full - label - RULE) / 2 + label;
  let y = g.height - g.margin;
  for (const l of lines) {
    y -= (l.space ?? 0) * MM;
    const w = textWidth(l.text, m, l.size);
    const x = l.sign ? rule - w : g.margin + (full - w) / 2;
    out.show(l.text, x, y - baselineDrop(m, l.size), l.size, { bold: l.bold ?? false });
    y -= lineHeight(m, l.size);
    if (l.sign) out.hline(rule, rule + RULE, y + 0.25 * lineHeight(m, l.size));
  }
  const folio = `第 ${ink.folio} 页 共 ${ink.total} 页`;
  const fw = textWidth(folio, m, g.size);
  out.show(
    folio,
    g.margin + (full - fw) / 2,
    g.margin + lineHeight(m, g.size) - baselineDrop(m, g.size),
    g.size,
  );
  return out.content();
}
