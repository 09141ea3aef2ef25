// The year book's single-line rule (oneLine.ts): a cell lies on one line when its characters' advances, with a
// pixel to spare, fit its width; a character never measured or a tall one (a fallback font's, a line break) sends
// the row to be laid out and measured instead.
import { describe, expect, it } from 'vitest';
import { CELL_SLACK_PX, fitsOneLine, type CellFont } from '../../../renderer/prints/yearbook/oneLine';

const font: CellFont = {
  advance: new Map([
    ['密', 11.33],
    ['A', 7],
    ['\n', 0],
    ['𠀀', 11.33],
  ]),
  tall: new Set(['\n', '𠀀']),
};

describe('年度保密工作台账：单行判断', () => {
  it('one_line_rows_unmeasured: advances summed with the slack against the cell width', () => {
    expect(fitsOneLine('', 0, font)).toBe(true);
    expect(fitsOneLine('密密A', 11.33 * 2 + 7 + CELL_SLACK_PX, font)).toBe(true);
    expect(fitsOneLine('密密A', 11.33 * 2 + 7 + CELL_SLACK_PX - 0.01, font)).toBe(false);
  });

  it('a character never measured, or a tall one, is not told on one line', () => {
    expect(fitsOneLine('密B', 1000, font)).toBe(false);
    expect(fitsOneLine('密\n密', 1000, font)).toBe(false);
    expect(fitsOneLine('𠀀', 1000, font)).toBe(false);
  });
});
