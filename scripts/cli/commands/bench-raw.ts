// The carriers register against the limit (issue 20 point 1): each question of the bench asked through the core
// (listCarriers, with its count cache, as the page asks it) and as the plainest SQL that gives the same rows and
// total on the same connection, alternating run by run, with the ratio app/raw per line.
import { getTableColumns } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carriers, REVIEWABLE } from '../../../db/schema';
import { listCarriers } from '../../../electron/core/carriers/register-query';
import { addDays, yearOf } from '../../../electron/core/util/dates';
import { CarrierListInput } from '../../../electron/ipc/schemas/carriers';
import { benchLine, type BenchLine } from './bench-line';

type Input = ReturnType<typeof CarrierListInput.parse>;

const COLUMN: Record<string, string> = Object.fromEntries(
  Object.entries(getTableColumns(carriers)).map(([k, c]) => [k, c.name]),
);

/** The rows and total of `input` in plain SQL: WHERE, ORDER BY, LIMIT/OFFSET, count(*); the search's indexes. */
export function rawList(db: Db, input: Input, today: string, warningDays: number): number {
  const conds: string[] = [];
  const args: unknown[] = [];
  const f = input.filters;
  for (const k of ['level', 'status', 'type', 'department', 'classState'] as const) {
    if (f[k] !== undefined) {
      conds.push(`${COLUMN[k]} = ?`);
      args.push(f[k]);
    }
  }
  if (f.custodian) {
    conds.push('custodian_key = ?');
    args.push(f.custodian);
  }
  if (f.due === 'loan_overdue') conds.push(`loan_due_on < '${today}'`);
  if (f.due === 'term_expired') conds.push(`term_ends_on < '${today}'`);
  if (f.due === 'term_ending') {
    conds.push(`term_ends_on BETWEEN '${today}' AND '${addDays(today, warningDays)}'`);
  }
  if (f.due === 'review_due') conds.push(`${REVIEWABLE} AND last_review_year < ${yearOf(today)}`);
  for (const t of (input.search ?? '').split(/\s+/).filter(Boolean)) {
    const len = [...t].length;
    if (len >= 3)
      conds.push('id IN (SELECT rowid & 4294967295 FROM carriers_fts WHERE carriers_fts MATCH ?)');
    else if (len === 2) conds.push('id IN (SELECT carrier_id FROM carriers_bigrams WHERE gram = lower(?))');
    else conds.push("(name LIKE '%' || ? || '%' OR doc_no LIKE '%' || ? || '%')");
    if (len >= 3) args.push(`"${t.replace(/"/g, '""')}"`);
    else args.push(t);
    if (len === 1) args.push(t);
  }
  const w = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const col = COLUMN[input.sort.field] ?? 'registered_on';
  const dir = input.sort.order === 'asc' ? 'ASC' : 'DESC';
  const rows = db.$client
    .prepare(`SELECT * FROM carriers ${w} ORDER BY ${col} ${dir}, id ${dir} LIMIT ? OFFSET ?`)
    .all(...args, input.pageSize, (input.page - 1) * input.pageSize);
  const total = db.$client
    .prepare(`SELECT count(*) FROM carriers ${w}`)
    .pluck()
    .get(...args) as number;
  return rows.length + total;
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(0.001, b)) * 100) / 100;

/** `name` through the core and raw, for the inputs `next(i)` gives; then the ratio line. */
export function overRaw(
  db: Db,
  name: string,
  n: number,
  next: (i: number) => unknown,
  today: string,
): (BenchLine | object)[] {
  const time = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < n; i++) {
    const input = CarrierListInput.parse(next(i));
    app.push(time(() => listCarriers(db, input, today, 30)));
    raw.push(time(() => rawList(db, input, today, 30)));
  }
  const a = benchLine(`${name}_app`, app);
  const r = benchLine(`${name}_raw_sqlite`, raw);
  return [
    a,
    r,
    { name: `${name}_over_raw`, ratio_p50: ratio(a.p50_ms, r.p50_ms), ratio_p95: ratio(a.p95_ms, r.p95_ms) },
  ];
}
