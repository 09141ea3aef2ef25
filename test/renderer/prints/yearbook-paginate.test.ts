// The year book's pages as planned before printing: rows onto pages under the capacity, the heading row on each,
// and a page that would run over (a row taller than a page) recognised, so that the book then leaves the page
// numbers to Chromium and prints whole instead of numbering pages that will not be where it says.
import { describe, expect, it } from 'vitest';
import { overfull, paginate } from '../../../renderer/prints/yearbook/paginate';

const table = (rows: number[]) => ({ lead: 30, head: 20, extra: 2, rows });

describe('年度保密工作台账：分页', () => {
  it('fills each page up to the capacity, the lead on the first page only', () => {
    const t = table(Array.from({ length: 10 }, () => 40));
    // 52 + 4 × 40 = 212 ≤ 220 on the first page; 22 + 4 × 40 = 182 (a fifth row would make 222) on the next.
    expect(paginate(t, 220)).toEqual([
      { first: true, from: 0, to: 4 },
      { first: false, from: 4, to: 8 },
      { first: false, from: 8, to: 10 },
    ]);
    expect(overfull(t, paginate(t, 220), 220)).toBe(false);
  });

  it('a row taller than a page gets a page of its own, and the plan says it runs over', () => {
    const t = table([40, 300, 40]);
    const plan = paginate(t, 220);
    expect(plan).toEqual([
      { first: true, from: 0, to: 1 },
      { first: false, from: 1, to: 2 },
      { first: false, from: 2, to: 3 },
    ]);
    expect(overfull(t, plan, 220)).toBe(true);
  });
});
