// The register reads the blocks of 100 rows that hold the rows a window shows, and no others.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../renderer/stores/register.store';

describe('blocksOf', () => {
  it('names each block holding a row of the window once, a window across a boundary both', () => {
    expect(blocksOf(0, 34)).toEqual([0]);
    expect(blocksOf(73_992, 74_026)).toEqual([739, 740]);
    expect(blocksOf(99_999, 99_999)).toEqual([999]);
    expect(blocksOf(200, 199)).toEqual([]);
  });
});
