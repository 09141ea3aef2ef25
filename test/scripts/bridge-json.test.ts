// The Chromium bridge passes a result to the page as JSON text when JSON carries it exactly (the year book's tens
// of thousands of rows crossed Playwright's own serialisation in seconds); anything JSON would change — a Date,
// bytes, undefined, NaN, -0, a hole — crosses as before, as the preload's structured clone would give it.
import { describe, expect, it } from 'vitest';
import { jsonExact } from '../../scripts/chromium-bridge';

describe('Chromium bridge: results as JSON text', () => {
  it('bridge_result_json_exact: plain data goes as JSON, nothing JSON would change', () => {
    expect(jsonExact({ ok: true, value: { rows: [['收2026-00017', 3, null, true]], n: 1.5 } })).toBe(true);
    expect(jsonExact(Object.assign(Object.create(null) as object, { a: 'x' }))).toBe(true);
    for (const v of [
      { ok: true, value: new Date(0) },
      { ok: true, value: new Uint8Array(2) },
      { ok: true, value: { a: undefined } },
      { ok: true, value: [1, undefined] },
      { ok: true, value: NaN },
      { ok: true, value: Infinity },
      { ok: true, value: -0 },
      // eslint-disable-next-line no-sparse-arrays -- a hole is what is checked
      { ok: true, value: [1, , 3] },
      { ok: true, value: new Map() },
      { ok: true, value: 1n },
    ])
      expect(
        jsonExact(v),
        JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? 'bigint' : x)),
      ).toBe(false);
    expect(JSON.parse(JSON.stringify({ a: [1, 'b', null] }))).toEqual({ a: [1, 'b', null] });
  });
});
