// The supervisor keeps each imported record as the line its package sent: a JSON array of the register's values,
// in the order of the unit's layout of that register (imported_layouts), which names the columns once. A large
// unit's records take half the bytes they took as objects naming every column (91 against 192 MB), and its first
// full package writes, encrypts and commits half as much (issue 20, point 5). Readers name a column: SQL through
// `layoutSql` (the figures), JavaScript through `recordObject`.
import type { Db } from '../../../db/open';

type Client = Db['$client'];

/** A unit's layout of a register: its columns in its records' order (undefined: the unit sent none of it). */
export function layoutOf(client: Client, unitCode: string, register: string): string[] | undefined {
  const columns = client
    .prepare('SELECT columns FROM imported_layouts WHERE unit_code = ? AND register = ?')
    .pluck()
    .get(unitCode, register) as string | undefined;
  return columns === undefined ? undefined : (JSON.parse(columns) as string[]);
}

/** Every layout of a unit (or of every unit), by unit and register. */
export function layoutsOf(client: Client, unitCode?: string): Map<string, string[]> {
  const rows = client
    .prepare(
      `SELECT unit_code, register, columns FROM imported_layouts${unitCode === undefined ? '' : ' WHERE unit_code = ?'}`,
    )
    .raw(true)
    .all(...(unitCode === undefined ? [] : [unitCode])) as [string, string, string][];
  return new Map(rows.map(([u, r, c]) => [layoutKey(u, r), JSON.parse(c) as string[]]));
}

export const layoutKey = (unitCode: string, register: string) => `${unitCode}\u0000${register}`;

/**
 * A record as an object of its columns. A column named twice keeps its last value, as an object made from the
 * row would; a column the record lacks (a shorter line) is null.
 */
export function recordObject(columns: readonly string[], data: string): Record<string, unknown> {
  const values = JSON.parse(data) as unknown[];
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    Object.defineProperty(out, c, {
      value: values[i] ?? null,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return out;
}

/**
 * Make `columns` the unit's layout of `register`, before a package's records in that order are written: the
 * records held in another order (the unit's app was updated since, or the layout a migration gave them) are put
 * in this one first, so that every record of (unit, register) stays in the one layout. In the caller's
 * transaction.
 */
export function adoptLayout(client: Client, unitCode: string, register: string, columns: string[]): void {
  const text = JSON.stringify(columns);
  const held = client
    .prepare('SELECT columns FROM imported_layouts WHERE unit_code = ? AND register = ?')
    .pluck()
    .get(unitCode, register) as string | undefined;
  if (held === text) return;
  if (held !== undefined) {
    // Each new column's place in the lines held: its last (the value an object of the line keeps), or none. A
    // place per column rather than an object per record: a large unit's 470,000 records took 7.6 s through objects.
    const before = JSON.parse(held) as string[];
    const from = columns.map((c) => before.lastIndexOf(c));
    const put = client.prepare('UPDATE imported_records SET data = ? WHERE rowid = ?');
    const rows = client
      .prepare('SELECT rowid, data FROM imported_records WHERE unit_code = ? AND register = ?')
      .raw(true)
      .all(unitCode, register) as [number, string][];
    for (const [rowid, data] of rows) {
      const values = JSON.parse(data) as unknown[];
      put.run(JSON.stringify(from.map((i) => (i < 0 ? null : (values[i] ?? null)))), rowid);
    }
  }
  client
    .prepare(
      `INSERT INTO imported_layouts (unit_code, register, columns) VALUES (?, ?, ?)
       ON CONFLICT (unit_code, register) DO UPDATE SET columns = excluded.columns`,
    )
    .run(unitCode, register, text);
}

/** `json_extract(data, '$.name…')` in a figure's SQL: the column and the path inside its value. */
const FIELD = /json_extract\(data, '\$\.([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)'\)/g;

/**
 * A query over one register of a unit's records (it says `register = '…'` once), its fields named as in a
 * record's object (`json_extract(data, '$.due_on')`, `json_extract(data, '$.figures.peopleInPost')`), read from the
 * unit's layout: each field becomes its place in the line (`'$[5]'`), or NULL where the unit's register has no
 * such column (an older app's package), as it was where an object lacked the key.
 */
export function layoutSql(sql: string, columns: readonly string[] | undefined): string {
  const out = sql.replace(FIELD, (_, name: string, rest: string) => {
    const at = columns ? columns.lastIndexOf(name) : -1;
    return at < 0 ? 'NULL' : `json_extract(data, '$[${at}]${rest}')`;
  });
  if (out.includes("'$.")) throw new Error(`a field the layout cannot place: ${sql}`);
  return out;
}

/** The one register a query reads (`register = '…'`), for its layout. */
export function registerOf(sql: string): string {
  const names = new Set([...sql.matchAll(/register = '([a-z_]+)'/g)].map((m) => m[1] as string));
  if (names.size !== 1) throw new Error(`a query over records names one register: ${sql}`);
  return [...names][0] as string;
}

/** A unit's query over one register, its fields placed by the unit's layout. */
export function unitLayoutSql(client: Client, unitCode: string, sql: string): string {
  return layoutSql(sql, layoutOf(client, unitCode, registerOf(sql)));
}
