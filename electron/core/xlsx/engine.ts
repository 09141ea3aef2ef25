// The importer: a file → its sheet → the heading row → the mapping → each row read and checked by the form's
// schema (chunked, with progress and cancel) → each row written through the register's own write, every row
// in its own savepoint of ONE transaction. The preview runs the same writes and rolls them all back, so it
// reports exactly what the import would refuse; the import keeps all rows or none (or, asked explicitly, the
// valid ones only).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments } from '../../../db/schema';
import type { Tx, WriteCtx } from '../app-core';
import { inSavepoint } from '../util/statements';
import { breathe, type JobState } from '../util/jobs';
import {
  findHeadingRow,
  mapColumns,
  missingColumns,
  rememberedMapping,
  type MappedColumn,
  type Remembered,
} from './mapping';
import { readSheets, type Sheet } from './read';
import { departmentKey } from './registers/common';
import type {
  CellError,
  Column,
  ReadCtx,
  RegisterColumns,
  RegisterImport,
  RowCells,
} from './registers/types';

export interface SourceInput {
  path: string;
  sheet?: string | undefined;
  /** The clerk's corrections: the sheet's heading → a register column key, or null for "not imported". */
  mapping?: Remembered | undefined;
}

export interface PreparedRow {
  /** The sheet's own row number (1 = the first row), as the clerk finds it in Excel. */
  row: number;
  input: unknown;
  errors: CellError[];
}

export interface Prepared {
  fileName: string;
  sha256: string;
  sheets: string[];
  sheet: string;
  headingRow: number;
  columns: MappedColumn[];
  missing: string[];
  rows: PreparedRow[];
  newDepartments: string[];
  cancelled: boolean;
}

const CHUNK = 500;

function readBytes(path: string): Uint8Array {
  if (!existsSync(path)) {
    throw new AppException('NOT_FOUND', `找不到文件：${path}`, {
      fields: [{ path: 'path', message: '文件不存在' }],
    });
  }
  return readFileSync(path);
}

/** Departments the unit knows: its department list and the names its register already uses. */
function knownDepartments(db: Pick<Db, 'select'>, extra: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of db.select({ name: departments.name }).from(departments).all())
    m.set(departmentKey(d.name), d.name);
  for (const n of extra) if (!m.has(departmentKey(n))) m.set(departmentKey(n), n);
  return m;
}

/** A schema issue or a rule's field path → the column it belongs to (by the paths each column feeds). */
export function columnOfPath(columns: readonly Column[], path: string): string | null {
  let best: Column | null = null;
  let len = -1;
  for (const c of columns) {
    for (const p of c.paths ?? []) {
      const hit = path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`);
      if (hit && p.length > len) {
        best = c;
        len = p.length;
      }
    }
  }
  return best?.key ?? null;
}

function schemaErrors(columns: readonly Column[], error: z.ZodError): CellError[] {
  return error.issues.map((i) => ({
    column: columnOfPath(columns, i.path.map(String).join('.')) ?? '',
    reason: i.message,
  }));
}

/**
 * The last file read, by its SHA-256: the import that follows a preview of the same file does not parse it
 * again (the slowest step for a large sheet). Only the cells are kept, never what the database said of them.
 */
let lastRead: { sha256: string; sheets: Sheet[] } | null = null;

/**
 * The rows of the last file checked, read and checked by the schema: the import that follows a preview of the
 * same file, sheet, mapping and departments does not read and check them again. Kept by the file's SHA-256
 * (hashed anew each time), never by its path, so a file changed in between is read again. Only what the rows
 * say is kept; what the database says of them (duplicates, the rules) is asked again by every write.
 */
let lastChecked: { key: string; rows: PreparedRow[]; newDepartments: string[] } | null = null;

async function sheetsOf(bytes: Uint8Array, sha256: string, path: string): Promise<Sheet[]> {
  if (lastRead?.sha256 === sha256) return lastRead.sheets;
  const sheets = await readSheets(bytes, path);
  lastRead = { sha256, sheets };
  return sheets;
}

export async function prepare(
  db: Db,
  spec: RegisterColumns<unknown>,
  imp: RegisterImport<unknown>,
  input: SourceInput,
  opts: { today: string; job: JobState; registerDepartments?: string[] },
): Promise<Prepared> {
  const bytes = readBytes(input.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sheets = await sheetsOf(bytes, sha256, input.path);
  const remembered = rememberedMapping(db, spec.id);
  const corrected = input.mapping ?? {};
  const sheet = input.sheet
    ? sheets.find((s) => s.name === input.sheet)
    : (sheets.find((s) => findHeadingRow(s.rows, spec, { ...remembered, ...corrected }) >= 0) ?? sheets[0]);
  if (!sheet) {
    throw new AppException('NOT_FOUND', `文件中没有名为“${input.sheet ?? ''}”的工作表。`, {
      fields: [{ path: 'sheet', message: '工作表不存在' }],
    });
  }
  const h = findHeadingRow(sheet.rows, spec, { ...remembered, ...corrected });
  if (h < 0) {
    throw new AppException(
      'VALIDATION',
      `工作表“${sheet.name}”中找不到${spec.title}的标题行（应有“${spec.columns
        .filter((c) => c.required)
        .map((c) => c.heading)
        .join('”“')}”等列）。`,
      {
        fields: [{ path: 'sheet', message: '找不到标题行' }],
      },
    );
  }
  const columns = mapColumns(sheet.rows[h] ?? [], spec, remembered, corrected);
  const base = {
    fileName: basename(input.path),
    sha256,
    sheets: sheets.map((s) => s.name),
    sheet: sheet.name,
    headingRow: h + 1,
    columns,
    missing: missingColumns(spec, columns),
  };
  const ctx: ReadCtx = {
    departments: knownDepartments(db, opts.registerDepartments ?? []),
    newDepartments: new Set(),
    today: opts.today,
  };
  const mapped = columns.filter((c): c is MappedColumn & { key: string } => c.key !== null);
  const data = sheet.rows.slice(h + 1);
  const { job } = opts;
  Object.assign(job, { phase: 'check', done: 0, total: data.length });
  const rows: PreparedRow[] = [];
  if (base.missing.length) return { ...base, rows, newDepartments: [], cancelled: false };
  // Everything a row's reading depends on: the same key is the same rows, errors and new departments.
  const key = JSON.stringify([spec.id, sha256, sheet.name, h, columns, [...ctx.departments], ctx.today]);
  if (lastChecked?.key === key) {
    job.done = data.length;
    return { ...base, rows: lastChecked.rows, newDepartments: lastChecked.newDepartments, cancelled: false };
  }
  for (let i = 0; i < data.length; i++) {
    if (i % CHUNK === 0 && i > 0) {
      job.done = i;
      await breathe();
      if (job.cancelled) return { ...base, rows: [], newDepartments: [], cancelled: true };
    }
    const raw = data[i] ?? [];
    const cells: RowCells = {};
    for (const m of mapped) cells[m.key] = raw[m.index] ?? null;
    // Blank rows between blocks and the totals line's empty cells are not records.
    if (mapped.every((m) => cells[m.key] === null || String(cells[m.key]).trim() === '')) continue;
    const read = imp.read(cells, ctx);
    let parsed: unknown = null;
    const errors = [...read.errors];
    if (read.input !== null) {
      const r = imp.schema.safeParse(read.input);
      if (r.success) parsed = r.data;
      else errors.push(...schemaErrors(spec.columns, r.error));
    }
    rows.push({ row: h + 2 + i, input: errors.length ? null : parsed, errors });
  }
  job.done = data.length;
  lastChecked = { key, rows, newDepartments: [...ctx.newDepartments] };
  return { ...base, rows, newDepartments: [...ctx.newDepartments], cancelled: false };
}

export interface RowOutcome {
  row: number;
  status: 'ok' | 'duplicate' | 'error';
  errors: CellError[];
}

/** Thrown to roll a whole transaction back (a preview, or an import with rows in error); never escapes. */
export class RollBack extends Error {
  constructor(readonly outcomes: RowOutcome[]) {
    super('rolled back');
  }
}

/**
 * Write every row through the register's own write, each in a savepoint: a row the rules refuse is undone
 * alone and reported under its column; a row whose key is already in the register (or earlier in the file)
 * is a duplicate and skipped. New departments are created first when the clerk confirmed them, else every
 * row naming one is refused.
 */
export function writeRows(
  tx: Tx,
  ctx: WriteCtx,
  spec: RegisterColumns<unknown>,
  imp: RegisterImport<unknown>,
  prepared: Prepared,
  opts: { createDepartments: boolean },
): RowOutcome[] {
  const created = new Set(opts.createDepartments ? prepared.newDepartments : []);
  for (const name of created)
    tx.insert(departments).values({ name, keyDept: 0, sortOrder: 0, createdAt: ctx.now }).run();
  const pending = new Set(prepared.newDepartments.filter((d) => !created.has(d)));
  const seen = new Map<string, number>();
  const write = imp.writer(tx, ctx);
  return prepared.rows.map(({ row, input, errors }): RowOutcome => {
    if (errors.length || input === null) return { row, status: 'error', errors };
    const dept = (input as { department?: string }).department;
    if (dept && pending.has(dept)) {
      return {
        row,
        status: 'error',
        errors: [{ column: 'department', reason: `部门“${dept}”不在部门列表中（确认新建部门后可导入）` }],
      };
    }
    const key = imp.key(input);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return {
        row,
        status: 'error',
        errors: [{ column: '', reason: `与第 ${earlier} 行是同一条记录（编号或名称、文号、日期相同）` }],
      };
    }
    seen.set(key, row);
    if (imp.exists(tx, input)) return { row, status: 'duplicate', errors: [] };
    try {
      inSavepoint(tx, (sp) => write(sp, input));
      return { row, status: 'ok', errors: [] };
    } catch (e) {
      if (!(e instanceof AppException)) throw e;
      const fields = e.fields?.length ? e.fields : [{ path: '', message: e.message }];
      return {
        row,
        status: 'error',
        errors: fields.map((f) => ({
          column: columnOfPath(spec.columns, f.path) ?? '',
          reason: f.path ? e.message : f.message,
        })),
      };
    }
  });
}
