// A package row as the supervisor keeps it: written key by key, it must be the very text JSON.stringify makes of
// the row's object with sorted keys (a full package compares each record with what is held by that text).
import { describe, expect, it } from 'vitest';
import { rowJson } from '../../../../electron/core/exchange/row-json';
import { canonicalJson } from '../../../../electron/core/util/canonical-json';

/** The row's object with its keys sorted, nested values sorted through, as JSON.stringify writes it. */
function throughObject(columns: string[], row: unknown[]): string {
  const obj: Record<string, unknown> = {};
  const order = columns
    .map((c, i) => [c, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [c, i] of order) {
    const v = row[i];
    obj[c] = v !== null && typeof v === 'object' ? JSON.parse(canonicalJson(v)) : v;
  }
  return JSON.stringify(obj);
}

const VALUES: unknown[] = [
  null,
  0,
  -0,
  1.5,
  -12,
  1e21,
  5e-7,
  true,
  false,
  '',
  '张三',
  'a"b\\c',
  '换行\n制表\t回车\r',
  '\u0001\u001f\u007f',
  '\u2028\u2029',
  '😀 与孤立的 \ud800 和 \udfff',
  ['b', { z: 1, a: [2, { y: null, x: '中' }] }],
  { b: 1, a: { d: [], c: {} } },
  [],
  {},
];

describe('a package row written as the supervisor keeps it', () => {
  it('is JSON.stringify of the sorted object for every kind of value', () => {
    const columns = ['name', 'id', 'data', 'b_2', 'A', 'a'];
    for (const v of VALUES) {
      for (let at = 0; at < columns.length; at++) {
        const row = columns.map((_, i) => (i === at ? v : VALUES[(i * 7 + at) % VALUES.length]));
        expect(rowJson(columns)(row)).toBe(throughObject(columns, row));
      }
    }
  });

  it('columns JSON.stringify would move or drop are written through the object, as before', () => {
    const odd = [
      ['2', '10', 'name'],
      ['__proto__', 'name'],
      ['name', 'name', 'id'],
      ['带中文', 'id'],
      ['a b', 'id'],
    ];
    for (const columns of odd) {
      const row = columns.map((_, i) => `值${i}`);
      expect(rowJson(columns)(row)).toBe(throughObject(columns, row));
    }
    expect(rowJson([])([])).toBe('{}');
  });
});
