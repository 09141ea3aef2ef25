// Reading one row's cells by column key, collecting a reason per bad cell instead of stopping at the first.
import { eq } from 'drizzle-orm';
import type { CarrierLevel } from '../../../../db/domain/vocab';
import type { Db } from '../../../../db/open';
import { departments, persons, staffMembers } from '../../../../db/schema';
import { refuse } from '../../util/refuse';
import type { TermInput } from '../../../ipc/schemas/carriers';
import * as V from '../values';
import type { CellError, Column, ReadCtx, RowCells } from './types';

export interface RowReader {
  errors: CellError[];
  has(key: string): boolean;
  text(key: string): string;
  /** Free text as the clerk wrote it (full-width ，（）kept): what a report or a finding says. */
  prose(key: string): string;
  name(key: string): string;
  list(key: string): string[];
  date(key: string): string;
  count(key: string, unit?: string): number | undefined;
  level(key: string): { level: CarrierLevel; term: TermInput | null } | undefined;
  term(key: string): TermInput | undefined;
  copies(key: string): { count: number; nos: number[] | null } | undefined;
  choice<T extends string>(
    key: string,
    labels: Record<T, string>,
    aliases?: Record<string, T>,
  ): T | undefined;
  /** Record a reason against a column, answering undefined (for a value the row cannot do without). */
  missing(key: string, reason: string): undefined;
}

/** The column keys of a register's columns, worked out once per column list (a reader is made per row). */
const keysOf = new WeakMap<readonly Column[], Set<string>>();

/**
 * Cells of a row by key; every parse that fails records `{column: key, reason}` and answers undefined (or
 * '' for dates, which the schema then refuses quietly: the reason is already recorded once). A class, so the
 * thousands of rows of a sheet share its methods instead of each making a dozen closures.
 */
class CellReader implements RowReader {
  readonly errors: CellError[] = [];
  private readonly known: Set<string>;

  constructor(
    private readonly cells: RowCells,
    columns: readonly Column[],
  ) {
    let known = keysOf.get(columns);
    if (!known) {
      known = new Set(columns.map((c) => c.key));
      keysOf.set(columns, known);
    }
    this.known = known;
  }

  private cell(key: string): V.Cell {
    return this.cells[key] ?? null;
  }

  private blank(key: string): boolean {
    return V.text(this.cell(key)) === '';
  }

  private take<T>(key: string, p: V.Parsed<T>): T | undefined {
    if (p.ok) return p.value;
    this.errors.push({ column: key, reason: p.reason });
    return undefined;
  }

  has(key: string): boolean {
    return this.known.has(key) && key in this.cells;
  }

  text(key: string): string {
    return V.text(this.cell(key));
  }

  prose(key: string): string {
    return V.prose(this.cell(key));
  }

  name(key: string): string {
    return V.name(this.cell(key));
  }

  list(key: string): string[] {
    return V.parseList(this.cell(key)).map((x) => V.name(x));
  }

  date(key: string): string {
    return this.take(key, V.parseDate(this.cell(key))) ?? '';
  }

  count(key: string, unit?: string): number | undefined {
    return this.blank(key) ? undefined : this.take(key, V.parseCount(this.cell(key), unit));
  }

  level(key: string): { level: CarrierLevel; term: TermInput | null } | undefined {
    return this.take(key, V.parseLevel(this.cell(key)));
  }

  term(key: string): TermInput | undefined {
    return this.take(key, V.parseTerm(this.cell(key)));
  }

  copies(key: string): { count: number; nos: number[] | null } | undefined {
    return this.blank(key) ? undefined : this.take(key, V.parseCopies(this.cell(key)));
  }

  choice<T extends string>(
    key: string,
    labels: Record<T, string>,
    aliases?: Record<string, T>,
  ): T | undefined {
    return this.take(key, V.parseChoice(this.cell(key), labels, aliases));
  }

  missing(key: string, reason: string): undefined {
    this.errors.push({ column: key, reason });
    return undefined;
  }
}

export function reader(cells: RowCells, columns: readonly Column[]): RowReader {
  return new CellReader(cells, columns);
}

/** A department as the unit spells it: the existing one when the sheet's spelling matches it, else new. */
export function departmentOf(r: RowReader, key: string, ctx: ReadCtx): string {
  const written = r.name(key);
  if (!written) return '';
  const known = ctx.departments.get(departmentKey(written));
  if (known) return known;
  ctx.newDepartments.add(written);
  return written;
}

/** How department names are compared: half-width, no blanks, no trailing 部门/科室 punctuation differences. */
export function departmentKey(s: string): string {
  return V.halfWidth(s).replace(/[\s·.．]/g, '');
}

/** 1,2,3,5 → 1-3、5: copy numbers as a clerk writes them (and as parseCopies reads them back). */
export function copyRanges(nos: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < nos.length;) {
    let j = i;
    while (j + 1 < nos.length && nos[j + 1] === (nos[j] as number) + 1) j++;
    out.push(j === i ? String(nos[i]) : `${nos[i]}-${nos[j]}`);
    i = j + 1;
  }
  return out.join('、');
}

/**
 * The id of a department a row names, inside the import's transaction: an existing department's own spelling
 * or one the import has just created under it (the engine refuses a row whose new department was not
 * confirmed), so it is always there.
 */
export function departmentIdIn(tx: Pick<Db, 'select'>, name: string): number {
  const d = tx.select({ id: departments.id }).from(departments).where(eq(departments.name, name)).get();
  if (!d) throw new Error(`department ${name} not resolved in the import`);
  return d.id;
}

/** An optional date cell: undefined when blank, else the date (or a reason recorded against the column). */
export function optionalDate(r: RowReader, key: string): string | undefined {
  return r.text(key) ? r.date(key) : undefined;
}

/**
 * Who of that name is on the unit's lists: a 涉密人员 first, else an 在职人员. A name on neither list, or twice on
 * the one it is found on, refuses the row by the register's own rules (`known`, `unique`, with their words).
 */
export function personOrStaffIn(
  tx: Pick<Db, 'select'>,
  name: string,
  rules: { known: string; unique: string; field: string; uniqueHint: string },
): { personId?: number; staffId?: number } {
  const ps = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  const ss = ps.length
    ? []
    : tx.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.name, name)).limit(2).all();
  const found = ps.length ? ps : ss;
  if (found.length === 0) {
    refuse(rules.known, `“${name}”不在涉密人员或在职人员名单中，请先登记此人。`, rules.field);
  }
  if (found.length > 1) refuse(rules.unique, `名单中有不止一位“${name}”，${rules.uniqueHint}`, rules.field);
  const id = (found[0] as { id: number }).id;
  return ps.length ? { personId: id } : { staffId: id };
}

/** The labels of some codes of a register's code list (a form's choices), from the one label table. */
export function labelsOf<K extends string>(
  labels: Record<string, string>,
  codes: readonly K[],
): Record<K, string> {
  return Object.fromEntries(codes.map((k) => [k, labels[k] as string])) as Record<K, string>;
}
