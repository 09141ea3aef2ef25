// Registers against the limit (issue 20 point 1): each question of the bench asked through the core (the list
// function exactly as its IPC handler calls it) and as the plainest SQL that gives the same rows and total on the
// same connection, alternating run by run, with the ratio app/raw per line. The carriers' questions are here;
// every other register declares a `RegisterBench` beside its seeder (bench-devices.ts, bench-inspections.ts, …).
import { getTableColumns } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carriers, REVIEWABLE } from '../../../db/schema';
import { listCarriers } from '../../../electron/core/carriers/register-query';
import { addDays, yearOf } from '../../../electron/core/util/dates';
import { CarrierListInput } from '../../../electron/ipc/schemas/carriers';
import { alternated, benchLine, type BenchLine } from './bench-line';

type Input = ReturnType<typeof CarrierListInput.parse>;

/** What a page holds: how many rows it shows and the total it announces (the test holds app and raw equal). */
export interface Counted {
  rows: number;
  total: number;
}

/** A condition of a raw query: its SQL and the values bound to its `?`. */
export type RawCond = readonly [string, ...unknown[]];

/**
 * A page as plain SQL: `SELECT cols FROM table joins WHERE … ORDER BY order LIMIT ? OFFSET ?` and the count of
 * `table` under the same WHERE. `joins` only for the names the page shows.
 */
export interface RawQuery {
  table: string;
  joins?: string;
  cols?: string;
  /** Conditions joined by AND; a falsy entry (a filter not asked for) is left out. */
  where: (RawCond | undefined | false | 0 | '')[];
  order: string;
  page: number;
  pageSize: number;
}

/** Today and the moment the questions are asked in, for the registers that read dates. */
export interface BenchClock {
  today: string;
  now: Date;
}

/** One register's questions: through the core (`app`) and as plain SQL (`raw`, one query or several). */
export interface RegisterBench<I = never> {
  name: string;
  questions: readonly unknown[];
  parse: (x: unknown) => I;
  app: (db: Db, input: I, clock: BenchClock) => Counted;
  raw: (input: I, clock: BenchClock) => RawQuery[];
}

/** Declared with its input type checked, kept in a list of any input. */
export const registerBench = <I>(b: RegisterBench<I>): RegisterBench<unknown> => b as RegisterBench<unknown>;

/** What a page of the core holds (several pages for a screen that asks several lists). */
export const counted = (...pages: { rows: readonly unknown[]; total: number }[]): Counted => ({
  rows: pages.reduce((s, p) => s + p.rows.length, 0),
  total: pages.reduce((s, p) => s + p.total, 0),
});

export function rawPage(db: Db, q: RawQuery): Counted {
  const conds = q.where.filter((c): c is RawCond => !!c);
  const w = conds.length ? `WHERE ${conds.map((c) => `(${c[0]})`).join(' AND ')}` : '';
  const args = conds.flatMap((c) => c.slice(1));
  const rows = db.$client
    .prepare(
      `SELECT ${q.cols ?? '*'} FROM ${q.table} ${q.joins ?? ''} ${w} ORDER BY ${q.order} LIMIT ? OFFSET ?`,
    )
    .all(...args, q.pageSize, (q.page - 1) * q.pageSize);
  const total = db.$client
    .prepare(`SELECT count(*) FROM ${q.table} ${w}`)
    .pluck()
    .get(...args) as number;
  return { rows: rows.length, total };
}

/** Question `i` of `b` (its inputs in turn), parsed as the handler's channel parses it. */
const questionOf = (b: RegisterBench<unknown>, i: number) => b.parse(b.questions[i % b.questions.length]);

/** Every question of `b` once, through the core and raw: what the bench's test compares. */
export function registerCounts(db: Db, b: RegisterBench<unknown>, clock: BenchClock) {
  return b.questions.map((_, i) => {
    const input = questionOf(b, i);
    const raw = b.raw(input, clock).map((q) => rawPage(db, q));
    return {
      input,
      app: b.app(db, input, clock),
      raw: { rows: raw.reduce((s, c) => s + c.rows, 0), total: raw.reduce((s, c) => s + c.total, 0) },
    };
  });
}

export const ratio = (a: number, b: number) => Math.round((a / Math.max(0.001, b)) * 100) / 100;

/**
 * `app` and `raw` for run i, alternating run by run so both meet the same machine load, a few warm-up runs of each
 * first; the app's line (named `appName`), `<name>_raw_sqlite` and `<name>_over_raw`.
 */
export function appOverRaw(
  name: string,
  appName: string,
  n: number,
  app: (i: number) => unknown,
  raw: (i: number) => unknown,
): (BenchLine | object)[] {
  const [a, r] = alternated(n, app, raw);
  const al = benchLine(appName, a);
  const rl = benchLine(`${name}_raw_sqlite`, r);
  return [
    al,
    rl,
    {
      name: `${name}_over_raw`,
      ratio_p50: ratio(al.p50_ms, rl.p50_ms),
      ratio_p95: ratio(al.p95_ms, rl.p95_ms),
    },
  ];
}

/** A register's lines: its app line keeps the register's name (`devices_page`), so earlier figures compare. */
export function registerLines(db: Db, b: RegisterBench<unknown>, n: number, clock: BenchClock) {
  const inputs = b.questions.map((_, i) => questionOf(b, i));
  const at = (i: number) => inputs[i % inputs.length];
  return appOverRaw(
    b.name,
    b.name,
    n,
    (i) => b.app(db, at(i), clock),
    (i) => b.raw(at(i), clock).forEach((q) => rawPage(db, q)),
  );
}

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

/** `name` through the core and raw, for the inputs `next(i)` gives; then the ratio line. */
export function overRaw(
  db: Db,
  name: string,
  n: number,
  next: (i: number) => unknown,
  today: string,
): (BenchLine | object)[] {
  const inputs = Array.from({ length: n }, (_, i) => CarrierListInput.parse(next(i)));
  return appOverRaw(
    name,
    `${name}_app`,
    n,
    (i) => listCarriers(db, inputs[i % n] as Input, today, 30),
    (i) => rawList(db, inputs[i % n] as Input, today, 30),
  );
}
