// Writing a package's parts at the supervisor, inside the import's transaction (incoming.ts): what each part
// changes (the digests of the lines already held), the figures' difference or recount, and the records written
// or dropped.
import type { Db } from '../../../db/open';
import { canonicalJson } from '../util/canonical-json';
import { lineOf, partById, type ImportRows } from './parts';
import { adoptLayout } from './record-layout';
import { searchRowOf, type WrittenSearchRow } from './supervisor-search';
import { figureDelta, type TouchedRecords } from './supervisor-figures';

type Part = { id: string; rows: ImportRows };

/**
 * Write the parts of a package from `unitCode` (seq `seq`; `replace`: a full package, which holds every record of
 * its registers). Returns what afterImport takes: the figures' difference to apply after the write (none: recount)
 * and the records each part wrote or dropped; the search rows of those written are added to `search`.
 */
export function writeParts(
  db: Db,
  unitCode: string,
  seq: number,
  replace: boolean,
  parts: Part[],
  search: WrittenSearchRow[],
): { figures: (() => void) | undefined; rewritten: { register: string; ids: string[] }[] } {
  const plans = parts.map((p) => planPart(db, unitCode, p));
  const figures = replace
    ? fullFigures(db, unitCode, plans)
    : figureDelta(db.$client, unitCode, touchedBy(plans));
  const rewritten = withoutJsonCheck(db, () =>
    plans.map((p) => applyPart(db, unitCode, seq, replace, p, search)),
  );
  return { figures, rewritten };
}

/** Some rows of a part, in order; `last`: the part's last rows. */
export type Piece = Part & { last: boolean };

/**
 * Write the parts of a full package from a unit whose records the supervisor holds none of (its first, or the first
 * after 重新建立报送关系), each part's rows as they come: the helper thread decodes the next ones meanwhile
 * (decode-thread.ts). Every row is new, so there is nothing to compare with, and the figures are counted after the
 * write (writeParts' choice for a package that changes most records). Rows that come twice (a part decoded here
 * after the helper failed half-way through it) are written as they are, which changes nothing.
 */
export function writeArriving(
  db: Db,
  unitCode: string,
  seq: number,
  pieces: Iterable<Piece>,
  search: WrittenSearchRow[],
): { figures: undefined; rewritten: { register: string; ids: string[] }[] } {
  const rewritten = withoutJsonCheck(db, () => {
    const out: { register: string; ids: string[] }[] = [];
    let ids: string[] = [];
    let sent: string[] = [];
    for (const p of pieces) {
      const changed = Array.from(p.rows.keys, (_, i) => i);
      for (const id of putRows(db, unitCode, seq, { ...p, changed, unchanged: 0 }, search)) ids.push(id);
      for (const key of p.rows.keys) sent.push(key);
      if (!p.last) continue;
      for (const id of dropUnsent(db, unitCode, p.id, sent, p.rows.ids)) ids.push(id);
      out.push({ register: p.id, ids });
      [ids, sent] = [[], []];
    }
    return out;
  });
  return { figures: undefined, rewritten };
}

/** Whether the supervisor holds any record of the unit (none: its packages' parts may be written as they come). */
export const holdsUnit = (db: Db, unitCode: string) =>
  db.$client
    .prepare('SELECT EXISTS (SELECT 1 FROM imported_records WHERE unit_code = ?)')
    .pluck()
    .get(unitCode) === 1;

/**
 * A row's record id at the supervisor, for part `id` with `columns`: its register's key column, or the whole row
 * when it has none (decodeForImport).
 */
export const recordKeyOf =
  (id: string) =>
  (columns: string[]): ((row: unknown[]) => string) => {
    const key = id === 'annual_report' ? 'year' : (partById(id)?.key ?? 'id');
    const col = columns.indexOf(key);
    return (r) => String(col >= 0 ? r[col] : canonicalJson(r));
  };

/**
 * What a package that does not replace the unit's registers rewrites, for the figures' difference: the rows it
 * changes (a record sent again as it is moves no figure) and, with its id lists, what it drops.
 */
function touchedBy(plans: PartPlan[]): TouchedRecords[] {
  return plans.map((p) => ({
    register: p.id,
    keys: p.changed.map((i) => p.rows.keys[i] as string),
    ...(p.rows.ids ? { ids: p.rows.ids } : {}),
  }));
}

/**
 * Write the parts' records without SQLite checking that each is JSON (imported_records' CHECK json_valid): each
 * is a line JSON.parse has read (decodePart), so the check parsed a large unit's records again for nothing. Only
 * this import's own statements run meanwhile, in its transaction.
 */
function withoutJsonCheck<T>(db: Db, write: () => T): T {
  db.$client.pragma('ignore_check_constraints = ON');
  try {
    return write();
  } finally {
    db.$client.pragma('ignore_check_constraints = OFF');
  }
}

/** A part as the write takes it: the records the supervisor already holds as sent are skipped. */
interface PartPlan {
  id: string;
  rows: ImportRows;
  /** The rows to write (their index in the part): those whose line the supervisor does not hold yet. */
  changed: number[];
  /** How many of the register's records the part sends again as they are. */
  unchanged: number;
}

/**
 * What a part changes: its rows whose line the unit's record of that id does not carry (its digest). A part of many
 * rows reads the register's digests at once, from the natural-order index alone (it carries them): a large unit's
 * 470,000 held lines then cost a lookup each, not a JSON text and an upsert that compared it with the record. A
 * part of a few rows (an incremental's 200 carriers beside 100,000 held) asks for each of its records instead.
 */
function planPart(db: Db, unitCode: string, part: Part): PartPlan {
  const { keys, digests } = part.rows;
  const heldAs = !holdsAny(db, unitCode, part.id)
    ? () => false
    : keys.length > planTuning.rowsReadAtOnce
      ? heldDigests(db, unitCode, part.id)
      : recordDigests(db, unitCode, part.id);
  const changed: number[] = [];
  const same = new Set<string>();
  keys.forEach((key, i) => {
    const d = digests[i];
    if (d !== undefined && heldAs(d, key)) same.add(d);
    else changed.push(i);
  });
  return { ...part, changed, unchanged: same.size };
}

/** Whether the supervisor holds any record of the unit's register (a unit's first package: none). */
const holdsAny = (db: Db, unitCode: string, register: string) =>
  db.$client
    .prepare('SELECT EXISTS (SELECT 1 FROM imported_records WHERE unit_code = ? AND register = ?)')
    .pluck()
    .get(unitCode, register) === 1;

/**
 * Rows of a part above which its register's digests are read at once rather than record by record. Both ways give
 * the same plan; the tests set it to 0 to take the other way with a small unit.
 */
export const planTuning = { rowsReadAtOnce: 5_000 };

/**
 * One record's digest, by its id: `undefined` when the unit has no such record, null when it has one kept before
 * digests were.
 */
function digestLookup(db: Db): (unitCode: string, register: string, id: string) => string | null | undefined {
  const get = db.$client.prepare(
    'SELECT digest FROM imported_records WHERE unit_code = ? AND register = ? AND record_id = ?',
  );
  return (unitCode, register, id) =>
    (get.get(unitCode, register, id) as { digest: string | null } | undefined)?.digest;
}

/** Whether the unit's record of a row carries that row's digest, asked record by record. */
function recordDigests(db: Db, unitCode: string, register: string): (d: string, key: string) => boolean {
  const digestOf = digestLookup(db);
  return (d, key) => digestOf(unitCode, register, key) === d;
}

/** Whether some record of the register carries a digest, from the register's digests read at once. */
function heldDigests(db: Db, unitCode: string, register: string): (d: string) => boolean {
  const held = new Set(
    db.$client
      .prepare(
        'SELECT digest FROM imported_records WHERE unit_code = ? AND register = ? AND digest IS NOT NULL',
      )
      .pluck()
      .all(unitCode, register) as string[],
  );
  return (d) => held.has(d);
}

/**
 * A full package's figures: when it changes few of the unit's records and drops none (the next full package of a
 * unit whose registers barely moved), their difference as an incremental's; otherwise a recount of the unit.
 * Call it before the write, as figureDelta.
 */
function fullFigures(db: Db, unitCode: string, plans: PartPlan[]): (() => void) | undefined {
  const rows = plans.reduce((n, p) => n + p.rows.keys.length, 0);
  const changed = plans.reduce((n, p) => n + p.changed.length, 0);
  if (changed * FEW_CHANGED > rows) return undefined;
  const digestOf = digestLookup(db);
  for (const p of plans) {
    const ids = new Set(p.changed.map((i) => p.rows.keys[i] as string));
    let present = p.unchanged;
    for (const id of ids) if (digestOf(unitCode, p.id, id) !== undefined) present++;
    if (present !== heldCount(db, unitCode, p.id)) return undefined;
  }
  return figureDelta(db.$client, unitCode, touchedBy(plans));
}

/** A full package changes "few" records when at most one in FEW_CHANGED: the difference then costs less. */
const FEW_CHANGED = 4;

/**
 * Write one part; returns the records it wrote or dropped (an incremental's id list drops what it omits), and adds
 * the search rows of those it wrote to `search`.
 */
function applyPart(
  db: Db,
  unitCode: string,
  seq: number,
  replace: boolean,
  part: PartPlan,
  search: WrittenSearchRow[],
): { register: string; ids: string[] } {
  const ids = putRows(db, unitCode, seq, part, search);
  const dropped = dropUnsent(db, unitCode, part.id, replace ? part.rows.keys : undefined, part.rows.ids);
  for (const id of dropped) ids.push(id);
  return { register: part.id, ids };
}

/** Write a part's changed rows; returns the records written, and adds their search rows to `search`. */
function putRows(
  db: Db,
  unitCode: string,
  seq: number,
  part: PartPlan,
  search: WrittenSearchRow[],
): string[] {
  // Bulk rows go through one prepared statement on the same connection, inside the same transaction. Lines the
  // supervisor already holds never come here (the plan); a record held as it is under another line costs a
  // comparison, not a write, and keeps the seq of the package that last changed it, as after an incremental.
  // A line given as its bytes (decode-thread.ts) is written as the text they spell: valid UTF-8, checked there.
  const put = db.$client.prepare(
    `INSERT INTO imported_records (unit_code, register, record_id, data, seq, digest)
     VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?)
     ON CONFLICT (unit_code, register, record_id) DO UPDATE SET data = excluded.data, seq = excluded.seq,
       digest = excluded.digest
     WHERE data IS NOT excluded.data`,
  );
  // The same record under another line (kept before digests were, or its columns reordered): its digest only.
  const mark = db.$client.prepare(
    'UPDATE imported_records SET digest = ? WHERE unit_code = ? AND register = ? AND record_id = ?',
  );
  const { rows } = part;
  const { keys, digests } = rows;
  // The record is the line as sent, in the part's columns: the records held in another order are put in it first.
  adoptLayout(db.$client, unitCode, part.id, rows.columns);
  const searchRow = rows.search
    ? (i: number) => rows.search?.[i] as WrittenSearchRow
    : searchLine(part.id, rows);
  const ids: string[] = [];
  for (const i of part.changed) {
    const id = keys[i] as string;
    const digest = digests[i] ?? null;
    if (!put.run(unitCode, part.id, id, lineOf(rows, i), seq, digest).changes) {
      if (digest) mark.run(digest, unitCode, part.id, id);
      continue;
    }
    ids.push(id);
    if (searchRow) search.push(searchRow(i));
  }
  return ids;
}

/**
 * What the unit no longer holds of `register`: a full package holds every record of the register (`sent`), an
 * incremental lists them (`listed`). Every record a full package sent is now held, so the register holds nothing
 * else when the counts agree. Returns the records dropped.
 */
function dropUnsent(
  db: Db,
  unitCode: string,
  register: string,
  sent: string[] | undefined,
  listed: string[] | undefined,
): string[] {
  const held = sent ?? listed;
  if (!held || (sent && heldCount(db, unitCode, register) === new Set(sent).size)) return [];
  return db.$client
    .prepare(
      'DELETE FROM imported_records WHERE unit_code = ? AND register = ? AND record_id NOT IN (SELECT value FROM json_each(?)) RETURNING record_id',
    )
    .pluck()
    .all(unitCode, register, JSON.stringify(held)) as string[];
}

/** Row i's search row read from its line, for a searched register (null: not searched). */
function searchLine(register: string, rows: ImportRows): ((i: number) => WrittenSearchRow) | null {
  const row = searchRowOf(register, rows.columns);
  if (!row) return null;
  return (i) => {
    const line = lineOf(rows, i);
    const text =
      typeof line === 'string'
        ? line
        : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
    return row(rows.keys[i] as string, JSON.parse(text) as unknown[]);
  };
}

const heldCount = (db: Db, unitCode: string, register: string) =>
  db.$client
    .prepare('SELECT count(*) FROM imported_records WHERE unit_code = ? AND register = ?')
    .pluck()
    .get(unitCode, register) as number;
