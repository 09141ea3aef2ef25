// Which of the year book's rows lie on one line, told without laying them out: laying tens of thousands of rows
// out on screen only to measure them cost as much as a third of the book's time, and Chromium lays them out again
// when it prints. Each character the rows use is laid out once on its own (bookPages.ts: a probe in a cell of the
// book's table), and a cell lies on one line when its characters' advances add up to less than its width.

/** The book's cell font as measured once in the DOM. */
export interface CellFont {
  /** Each character's advance in CSS px, laid out on its own (rounded up to the layout unit). */
  advance: ReadonlyMap<string, number>;
  /**
   * Characters whose line is taller than the single-line row's: drawn from a font whose ascent or descent reaches
   * beyond the book font's, so a line holding one is taller although it does not wrap. A newline counts as tall.
   */
  tall: ReadonlySet<string>;
}

/**
 * Kept free in every cell: advances summed are the width of the text unless kerning or ligatures narrow it (they
 * do not widen it), and a pixel covers the rounding of the widths the table gives its columns.
 */
export const CELL_SLACK_PX = 1;

/**
 * Whether `text` is laid out on a single line of the cell font's height in a cell whose content is `room` px
 * wide. A character never measured, or a tall one, answers no: that row is laid out and measured instead.
 */
export function fitsOneLine(text: string, room: number, font: CellFont): boolean {
  let width = CELL_SLACK_PX;
  for (const ch of text) {
    const a = font.advance.get(ch);
    if (a === undefined || font.tall.has(ch)) return false;
    width += a;
    if (width > room) return false;
  }
  return true;
}
