// Preview, import and the error download of a sheet into a register. The preview writes every row in a
// transaction it then rolls back (so its errors are the import's errors, rules included); the import is one
// audited write: all rows or none, or the valid ones on the clerk's explicit choice, with the file's SHA-256
// and the row count in its audit entry, and the clerk's mapping remembered for the unit.
import ExcelJS from 'exceljs';
import { AppException } from '../../../db/domain/errors';
import type { AppCore, WriteCtx } from '../app-core';
import { upsertSettings } from '../settings';
import { writeFileAtomic } from '../util/atomic-write';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { unitInfo } from '../session';
import { prepare, RollBack, writeRows, type Prepared, type RowOutcome, type SourceInput } from './engine';
import { addSheet } from './export';
import { endJob, startJob } from '../util/jobs';
import { headingKey, mappingKey, rememberedMapping } from './mapping';
import { readSheets } from './read';
import { registerColumns } from './registers';
import type { RegisterColumns, RegisterImport } from './registers/types';
import type { XlsxImportResult, XlsxPreview, XlsxRowError } from '../../ipc/schemas/xlsx';
import { readFileSync } from 'node:fs';

interface Options {
  createDepartments: boolean;
  jobId?: string | undefined;
}

function importerOf(spec: RegisterColumns): RegisterImport<unknown> {
  if (!spec.import) {
    throw new AppException('VALIDATION', `${spec.title}暂不支持从表格导入，只能导出。`, {
      fields: [{ path: 'register', message: '暂不支持导入' }],
    });
  }
  return spec.import;
}

function headingOf(p: Prepared, spec: RegisterColumns, key: string): string {
  if (!key) return '—';
  return (
    p.columns.find((c) => c.key === key)?.heading ?? spec.columns.find((c) => c.key === key)?.heading ?? key
  );
}

function summary(p: Prepared, spec: RegisterColumns, outcomes: RowOutcome[]): XlsxPreview {
  const errors: XlsxRowError[] = outcomes.flatMap((o) =>
    o.errors.map((e) => ({ row: o.row, column: headingOf(p, spec, e.column), reason: e.reason })),
  );
  return {
    fileName: p.fileName,
    sha256: p.sha256,
    sheets: p.sheets,
    sheet: p.sheet,
    headingRow: p.headingRow,
    mapping: p.columns.map((c) => ({ heading: c.heading, key: c.key })),
    columns: spec.columns
      .filter((c) => !c.exportOnly)
      .map((c) => ({ key: c.key, heading: c.heading, required: c.required === true })),
    missing: p.missing,
    rows: p.rows.length,
    valid: outcomes.filter((o) => o.status === 'ok').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    errors,
    newDepartments: p.newDepartments,
    cancelled: p.cancelled,
  };
}

function writeCtx(core: AppCore): WriteCtx {
  const { account } = core.session();
  return {
    accountId: account.id,
    actor: account.username,
    now: core.now(),
    today: today(core.clock),
    touch: () => {},
  };
}

async function prepared(core: AppCore, spec: RegisterColumns, input: SourceInput, jobId?: string) {
  const job = startJob(jobId);
  const { db } = core.session();
  const imp = importerOf(spec);
  const p = await prepare(db, spec, imp, input, {
    today: today(core.clock),
    job,
    registerDepartments: imp.departments?.(db) ?? [],
  });
  return { p, job, imp };
}

/** Every row checked by the schema and by the register's write (rules included); nothing is kept. */
export async function previewImport(
  core: AppCore,
  input: SourceInput & { register: string } & Options,
): Promise<XlsxPreview> {
  const spec = registerColumns(input.register);
  try {
    const { p } = await prepared(core, spec, input, input.jobId);
    if (p.cancelled || p.missing.length) return summary(p, spec, []);
    const { db } = core.session();
    let outcomes: RowOutcome[] = [];
    try {
      db.transaction((tx) => {
        const imp = importerOf(spec);
        // Rolled back whole: the search index the triggers would keep row by row is never needed.
        imp.deferIndex?.(tx);
        throw new RollBack(writeRows(tx, writeCtx(core), spec, imp, p, input));
      });
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
      outcomes = e.outcomes;
    }
    return summary(p, spec, outcomes);
  } finally {
    endJob(input.jobId);
  }
}

/**
 * The import: one transaction. A row in error rolls back everything unless `validOnly`; a cancelled or
 * incomplete (required column unmapped) file writes nothing. Duplicates of records already there are skipped.
 */
export async function runImport(
  core: AppCore,
  input: SourceInput & { register: string; validOnly: boolean } & Options,
): Promise<XlsxImportResult> {
  const spec = registerColumns(input.register);
  try {
    const { p, job, imp } = await prepared(core, spec, input, input.jobId);
    if (p.cancelled || p.missing.length) return { ...summary(p, spec, []), written: false, imported: 0 };
    job.phase = 'write';
    const remembered = { ...rememberedMapping(core.session().db, spec.id) };
    for (const c of p.columns) remembered[headingKey(c.heading)] = c.key;
    try {
      const outcomes = core.write(
        'xlsx_import',
        spec.entity,
        (tx, ctx) => {
          if (input.createDepartments && p.newDepartments.length) ctx.touch('departments');
          const indexAll = imp.deferIndex?.(tx);
          const out = writeRows(tx, ctx, spec, imp, p, input);
          if (!input.validOnly && out.some((o) => o.status === 'error')) throw new RollBack(out);
          if (!out.some((o) => o.status === 'ok')) throw new RollBack(out);
          indexAll?.();
          upsertSettings(tx, { [mappingKey(spec.id)]: remembered }, ctx.now);
          return out;
        },
        (out) => ({
          detail: {
            register: spec.id,
            file: p.fileName,
            sheet: p.sheet,
            sha256: p.sha256,
            rows: out.filter((o) => o.status === 'ok').length,
            duplicates: out.filter((o) => o.status === 'duplicate').length,
            skippedErrors: out.filter((o) => o.status === 'error').length,
            departmentsCreated: input.createDepartments ? p.newDepartments : [],
          },
        }),
      );
      const s = summary(p, spec, outcomes);
      return { ...s, written: true, imported: s.valid };
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
      return { ...summary(p, spec, e.outcomes), written: false, imported: 0 };
    }
  } finally {
    endJob(input.jobId);
  }
}

/** The rows in error with the sheet's own headings and a 错误原因 column, for the clerk to fix and re-import. */
export async function writeErrorsXlsx(
  core: AppCore,
  input: SourceInput & { register: string; outPath: string } & Options,
): Promise<{ path: string; rows: number }> {
  const spec = registerColumns(input.register);
  const preview = await previewImport(core, input);
  const path = resolveOutputPath(input.outPath, `${spec.title}-导入错误-${today(core.clock)}.xlsx`, '.xlsx');
  const sheet = (await readSheets(readFileSync(input.path), input.path)).find(
    (s) => s.name === preview.sheet,
  );
  const heads = (sheet?.rows[preview.headingRow - 1] ?? []).map((c) => (c === null ? '' : String(c)));
  const byRow = new Map<number, string[]>();
  for (const e of preview.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), `${e.column}：${e.reason}`]);
  const rowNos = [...byRow.keys()].sort((a, b) => a - b);
  const columns = [
    { key: '__row', heading: '原行号', width: 8 },
    ...heads.map((h, i) => ({ key: String(i), heading: h, width: 14 })),
  ];
  const rows = rowNos.map((n) => {
    const raw = sheet?.rows[n - 1] ?? [];
    return Object.fromEntries([
      ['__row', n],
      ...heads.map((_, i) => [String(i), cellText(raw[i] ?? null)]),
    ]) as Record<string, string | number>;
  });
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  addSheet(wb, {
    title: `${spec.title}导入错误`,
    unit: unitInfo(core.session().db).name,
    subtitle: `文件：${preview.fileName}  工作表：${preview.sheet}  有错误的行 ${rowNos.length} 行`,
    columns,
    rows,
    extra: { heading: '错误原因', width: 40, values: rowNos.map((n) => (byRow.get(n) ?? []).join('；')) },
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // The rows copied out are the register's data: the file lands only with its audit entry.
  return core.write(
    'xlsx_import_errors',
    spec.entity,
    () => {
      writeFileAtomic(path, bytes);
      return { path, rows: rowNos.length };
    },
    (r) => ({
      detail: {
        register: spec.id,
        file: preview.fileName,
        sha256: preview.sha256,
        path: r.path,
        rows: r.rows,
      },
    }),
  );
}

function cellText(c: string | number | Date | null): string | number {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return c;
}
