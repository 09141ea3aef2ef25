// Cross-unit search (issue 25, points 5 and 10): a carrier by 编号 or 名称, a person by 姓名, in every unit, with
// the unit named. Each import rewrites the typed rows of the records it wrote (supervision_search); the FTS5
// table written beside them (migration 0034, kept by the import since 0037) holds every pair of adjacent characters of 名称 and 编号, so a term
// is the AND of its pairs' doclists — walked in row order, stopping once the page is full — and each candidate
// is checked with LIKE on two typed columns. No unit's JSON is read.
import type { Db } from '../../../db/open';
import type { SearchHit } from '../../ipc/schemas/supervisor';
import { canonicalJson } from '../util/canonical-json';
import { layoutOf } from './record-layout';

type Client = Db['$client'];

/** The registers searched across units. */
const SEARCHED = new Set(['carriers', 'persons']);

/**
 * A searched record's row: register, record id, 编号, name, detail; and its index tokens when they were made
 * beside it (the import's helper thread, decode-thread.ts: searchRowWithGrams).
 */
export type WrittenSearchRow = [string, string, string | null, string, string, string?];

/** A nested value (object or array) as JSON.stringify writes it, its keys sorted. */
const nestedJson = (v: object): string => JSON.stringify(JSON.parse(canonicalJson(v)));

/** A value as SQLite's json_extract gives it from the record's JSON, as text (the search row's columns are). */
function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  return nestedJson(v as object);
}

/**
 * The search row of each record of `register` as the import writes it, from its values (a full package's 105,000
 * carriers and persons were read back and parsed again). Null for a register that is not searched.
 */
export function searchRowOf(
  register: string,
  columns: string[],
): ((recordId: string, row: unknown[]) => WrittenSearchRow) | null {
  if (!SEARCHED.has(register)) return null;
  // A column named twice: its last place is the one a record's object keeps (record-layout.ts recordObject).
  const at = (c: string) => columns.lastIndexOf(c);
  const [no, name, department, docNo] = [
    register === 'carriers' ? at('carrier_no') : -1,
    at('name'),
    at('department'),
    at('doc_no'),
  ];
  const value = (row: unknown[], i: number) => (i >= 0 ? textOf(row[i]) : null);
  return (recordId, row) => [
    register,
    recordId,
    value(row, no),
    value(row, name) ?? '',
    value(row, department) ?? value(row, docNo) ?? '',
  ];
}

/**
 * The search rows of the unit's carriers and persons that package `seq` wrote, read back (the bench's supervisor
 * fill, which writes records without an import).
 */
function writtenRows(client: Client, unitCode: string, seq: number): WrittenSearchRow[] {
  const out: WrittenSearchRow[] = [];
  const read = client.prepare(
    'SELECT record_id, data FROM imported_records WHERE unit_code = ? AND register = ? AND seq = ?',
  );
  for (const register of SEARCHED) {
    const columns = layoutOf(client, unitCode, register);
    const row = columns && searchRowOf(register, columns);
    if (!row) continue;
    for (const [id, data] of read.raw(true).all(unitCode, register, seq) as [string, string][])
      out.push(row(id, JSON.parse(data) as unknown[]));
  }
  return out;
}

/**
 * In the import's transaction, after its records are written: drop the rows whose record is gone or was just
 * rewritten, then add the rewritten ones (those carrying this package's seq) with their pairs. With no seq (a
 * restart, which moved the unit's records to its history) every row of the unit goes. The pairs are made here,
 * not by a trigger: SQLite spelled them out position by position, a third of a full package's import.
 */
export function refreshUnitSearch(
  client: Client,
  unitCode: string,
  seq: number | null,
  rewritten?: { register: string; ids: string[] }[],
  written?: WrittenSearchRow[],
): void {
  if (rewritten && seq !== null) {
    // An incremental names what it wrote or dropped: only those rows go (not a walk of the unit's rows).
    const drop = client.prepare(
      'DELETE FROM supervision_search WHERE unit_code = ? AND register = ? AND record_id IN (SELECT value FROM json_each(?))',
    );
    for (const r of rewritten) {
      if (SEARCHED.has(r.register) && r.ids.length) drop.run(unitCode, r.register, JSON.stringify(r.ids));
    }
  } else {
    client
      .prepare(
        `DELETE FROM supervision_search WHERE unit_code = ? AND NOT EXISTS (SELECT 1 FROM imported_records r
         WHERE r.unit_code = supervision_search.unit_code AND r.register = supervision_search.register
           AND r.record_id = supervision_search.record_id AND r.seq <> ?)`,
      )
      .run(unitCode, seq ?? -1);
  }
  if (seq === null) return;
  const rows = written ?? writtenRows(client, unitCode, seq);
  if (!rows.length) return;
  // Each row's id is given (after the highest so far): the rows go in as one statement, their pairs in another.
  // Interleaved with the rows' inserts, the index's took five times as long (105k rows: 5.7 s against 1.5 + 1.0 s),
  // as if FTS5 wrote out its pending terms at each other statement's savepoint, a segment per row.
  const first = Number(
    client.prepare('SELECT coalesce(max(id), 0) + 1 FROM supervision_search').pluck().get(),
  );
  client
    .prepare(
      `INSERT INTO supervision_search (id, unit_code, register, record_id, record_no, no, name, detail)
       SELECT ? + j.key, ?, j.value ->> 0, j.value ->> 1,
         CASE WHEN j.value ->> 1 <> '' AND j.value ->> 1 NOT GLOB '*[^0-9]*' THEN CAST(j.value ->> 1 AS INTEGER) END,
         j.value ->> 2, j.value ->> 3, j.value ->> 4
       FROM json_each(?) j`,
    )
    .run(first, unitCode, JSON.stringify(rows.map((r) => (r.length > 5 ? r.slice(0, 5) : r))));
  const pairs = rows.map((r) => r[5] ?? gramsOf(r));
  client
    .prepare('INSERT INTO supervision_search_grams (rowid, g) SELECT ? + j.key, j.value FROM json_each(?) j')
    .run(first, JSON.stringify(pairs));
}

/** A search row's index tokens (its 名称's and 编号's pairs), as the grams table takes them. */
const gramsOf = ([, , no, name]: WrittenSearchRow) =>
  [...rowGrams([String(name), String(no ?? '')])].join(' ');

/** searchRowOf, each row with its index tokens made beside it (the import's helper thread). */
export function searchRowWithGrams(
  register: string,
  columns: string[],
): ((recordId: string, row: unknown[]) => WrittenSearchRow) | null {
  const row = searchRowOf(register, columns);
  if (!row) return null;
  return (recordId, values) => {
    const r = row(recordId, values);
    r.push(gramsOf(r));
    return r;
  };
}

/** As SQLite's `lower` (and LIKE) fold: ASCII only. */
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Pairs of adjacent characters read from the first 260 of a text (as the index was first filled). */
const PAIRS_PER_TEXT = 259;

/** The index's tokens of `texts`: each pair of adjacent characters as the upper-case hex of its UTF-8. */
export function rowGrams(texts: string[]): Set<string> {
  const grams = new Set<string>();
  for (const text of texts) {
    const chars = [...lowerAscii(text)];
    const n = Math.min(chars.length - 1, PAIRS_PER_TEXT);
    let left = n > 0 ? hexOf(chars[0] as string) : '';
    for (let i = 0; i < n; i++) {
      const right = hexOf(chars[i + 1] as string);
      grams.add(left + right);
      left = right;
    }
  }
  return grams;
}

/**
 * Each character's UTF-8 as upper-case hex, kept: a pair's token is its two characters' side by side, so a full
 * package's 100k names are spelled out without a Buffer per pair (1.5 s of its import).
 */
const HEX = new Map<string, string>();

function hexOf(c: string): string {
  let h = HEX.get(c);
  if (h === undefined) {
    h = Buffer.from(c, 'utf8').toString('hex').toUpperCase();
    if (HEX.size < 65536) HEX.set(c, h);
  }
  return h;
}

/** The FTS5 query of a term: its pairs, each as the index holds it. */
export function gramQuery(term: string): string | null {
  const grams = rowGrams([term]);
  return grams.size ? [...grams].map((g) => `"${g}"`).join(' AND ') : null;
}

type HitRow = [string, string, string, string, number | null, string, string, string];

/** In the order the JSON scan gave: unit, register, natural record order. */
function natural(a: HitRow, b: HitRow): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[2] !== b[2]) return a[2] < b[2] ? -1 : 1;
  if (a[4] !== b[4]) return a[4] === null ? -1 : b[4] === null ? 1 : a[4] - b[4];
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/**
 * A term contained in a carrier's 编号 or 名称 or a person's 姓名, as LIKE would find it, the first `limit`
 * found (index order), shown in natural order.
 */
export function searchUnits(db: Db, input: { q: string; limit: number }): SearchHit[] {
  const match = gramQuery(input.q);
  if (!match) return [];
  const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // CROSS JOIN keeps the index outermost: it drives, each candidate is one primary-key read, LIMIT stops it.
  const rows = db.$client
    .prepare(
      `SELECT s.unit_code, c.name, s.register, s.record_id, s.record_no, s.name, coalesce(s.no, ''), s.detail
       FROM supervision_search_grams g CROSS JOIN supervision_search s CROSS JOIN counterparts c
       WHERE g.supervision_search_grams MATCH @match AND s.id = g.rowid AND c.unit_code = s.unit_code
         AND (s.name LIKE @like ESCAPE '\\' OR s.no LIKE @like ESCAPE '\\')
       LIMIT @limit`,
    )
    .raw(true)
    .all({ match, like, limit: input.limit }) as HitRow[];
  return rows.sort(natural).map(([unitCode, unitName, register, recordId, , name, no, detail]) => ({
    unitCode,
    unitName,
    register,
    recordId,
    title: no ? `${no} ${name}` : name,
    detail,
  }));
}
