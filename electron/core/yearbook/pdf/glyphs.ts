// The characters a PDF shows, from the layout to the embedded subset: met in order while laying out (that order
// is the subset's glyph order, so the same input gives the same bytes), then each given its glyph id once.
import { createHash } from 'node:crypto';
import type { PDFFont } from 'pdf-lib';
import { BOX, type CjkFont } from './font';
import type { FontMetrics } from './layout';

/** The font's metrics, noting each character the first time it is measured. */
export function trackingMetrics(font: CjkFont): { m: FontMetrics; chars: number[] } {
  const chars: number[] = [];
  const metBmp = new Uint8Array(0x10000);
  const metAstral = new Set<number>();
  const m: FontMetrics = {
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    advance(cp) {
      if (cp < 0x10000 ? metBmp[cp] === 0 : !metAstral.has(cp)) {
        if (cp < 0x10000) metBmp[cp] = 1;
        else metAstral.add(cp);
        chars.push(cp);
      }
      return font.advance(cp);
    },
  };
  return { m, chars };
}

/** Six capital letters from the characters used: the subset's tag, the same for the same glyphs. */
export function subsetTag(chars: readonly number[]): string {
  const h = createHash('sha256')
    .update(chars.map((cp) => String.fromCodePoint(cp)).join(''))
    .digest();
  return Array.from(h.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/**
 * The text of a line as the hex of its glyph ids in `pdfFont`'s subset (Identity-H: two bytes a glyph). Every
 * character is entered in the subset here, in the order given; a character the font lacks is shown as □.
 */
export function glyphEncoder(
  pdfFont: PDFFont,
  font: CjkFont,
  chars: readonly number[],
): (text: string) => string {
  const bmp: string[] = new Array<string>(0x10000).fill('');
  const astral = new Map<number, string>();
  for (const cp of chars) {
    const hex = pdfFont
      .encodeText(String.fromCodePoint(font.has(cp) ? cp : BOX))
      .toString()
      .slice(1, -1);
    if (cp < 0x10000) bmp[cp] = hex;
    else astral.set(cp, hex);
  }
  return (text) => {
    let h = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00) {
        const cp = text.codePointAt(i) ?? c;
        if (cp > 0xffff) i++;
        h += astral.get(cp) ?? '';
      } else h += bmp[c] as string;
    }
    return h;
  };
}
