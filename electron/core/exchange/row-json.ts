// A package row as the supervisor keeps it (imported_records.data): the JSON object of the row's columns, its keys
// in sorted order, exactly as JSON.stringify writes that object. A full package of a large unit has 470,000 rows
// of up to 40 columns: making each into an object first and writing that was a fifth of its import.
import { canonicalJson } from '../util/canonical-json';

/** A column name that JSON.stringify writes where its place says: not an array index, not the prototype. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What JSON.stringify escapes in a string: a quote, a backslash, a control character, a lone surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A nested value (object or array) as the record's JSON holds it: its keys sorted, as JSON.stringify writes them. */
export function nestedJson(v: object): string {
  return JSON.stringify(JSON.parse(canonicalJson(v)));
}

/** The value as JSON.stringify writes it inside the row's object (a nested value with its keys sorted). */
function valueJson(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
    case 'number':
      // NaN and ±Infinity cannot come out of JSON.parse; JSON.stringify writes them as null all the same.
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      return nestedJson(v);
    default:
      return JSON.stringify(v) ?? 'null';
  }
}

/** As the fast path below, through an object: columns whose names JSON.stringify would move or drop. */
function throughObject(order: (readonly [string, number])[]): (row: unknown[]) => string {
  return (row) => {
    const obj: Record<string, unknown> = {};
    for (const [c, i] of order) {
      const v = row[i];
      obj[c] = v !== null && typeof v === 'object' ? JSON.parse(canonicalJson(v)) : v;
    }
    return JSON.stringify(obj);
  };
}

/**
 * The writer of a part's rows: the columns are sorted once per part, not per row, and each row is written
 * key by key. Columns of odd names (an index-like name, `__proto__`, the same name twice) go through an object,
 * as before, so the text is always JSON.stringify's.
 */
export function rowJson(columns: string[]): (row: unknown[]) => string {
  const order = columns
    .map((c, i) => [c, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const plain =
    new Set(columns).size === columns.length && columns.every((c) => PLAIN_NAME.test(c) && c !== '__proto__');
  if (!plain) return throughObject(order);
  const index = order.map(([, i]) => i);
  // `{"a":`, `,"b":`, …: each key as JSON.stringify writes it, with what comes before it.
  const keys = order.map(([c], k) => `${k ? ',' : '{'}${JSON.stringify(c)}:`);
  const n = index.length;
  if (!n) return () => '{}';
  return (row) => {
    let s = '';
    for (let k = 0; k < n; k++) s += (keys[k] as string) + valueJson(row[index[k] as number]);
    return `${s}}`;
  };
}
