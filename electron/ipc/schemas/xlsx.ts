// xlsx import and export of the registers: the file, the sheet, the clerk's mapping, and what comes back
// (the mapping found, the rows in error as 第 N 行 · 列名 · 原因, what was written).
import { z } from 'zod';
import { optionalText, requiredText } from './common';

/** The registers the importer and exporter know (one column file each under electron/core/xlsx/registers/). */
export const XLSX_REGISTERS = [
  'carriers',
  'findings',
  'persons',
  'devices',
  'media',
  'trainings',
  'inspections',
  'incidents',
  'travel',
  'usage',
  'staff',
  'appraisals',
  'sanctions',
  'agreements',
  'reviews',
  'key_sites',
  'meetings',
  'committee_meetings',
  'passports',
  'leader_checks',
  'classification_items',
] as const;
export type XlsxRegister = (typeof XLSX_REGISTERS)[number];

const register = z.enum(XLSX_REGISTERS, { error: '请选择要导入的台账' });
const jobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, '任务编号无效');

export const XlsxSourceInput = z.object({
  register,
  path: requiredText('文件', 1000),
  sheet: optionalText('工作表', 100),
  /** The clerk's corrections: the sheet's heading → a register column, or null for "not imported". */
  mapping: z.record(z.string().max(100), z.string().max(40).nullable()).optional(),
  jobId: jobId.optional(),
});

export const XlsxPreviewInput = XlsxSourceInput.extend({
  createDepartments: z.boolean().default(false),
});

export const XlsxImportInput = XlsxSourceInput.extend({
  /** Import the rows without errors and leave the others: only by the clerk's explicit choice. */
  validOnly: z.boolean().default(false),
  /** Create the departments the file names that the unit does not have yet (listed by the preview). */
  createDepartments: z.boolean().default(false),
});

export const XlsxErrorsInput = XlsxPreviewInput.extend({ outPath: requiredText('保存位置', 1000) });

export const XlsxExportInput = z.object({
  register,
  /** The register page's filters, sort and search (its list input without paging). */
  query: z.record(z.string(), z.unknown()).default({}),
  outPath: requiredText('保存位置', 1000),
  jobId: jobId.optional(),
});

export const XlsxJobInput = z.object({ jobId });

export interface XlsxRowError {
  /** The sheet's row number. */
  row: number;
  /** The sheet's heading of the column (or the register's, or — for the row as a whole). */
  column: string;
  reason: string;
}

export interface XlsxColumnView {
  key: string;
  heading: string;
  required: boolean;
}

export interface XlsxPreview {
  fileName: string;
  sha256: string;
  sheets: string[];
  sheet: string;
  headingRow: number;
  /** Each heading of the sheet and the register column it feeds (null: not imported). */
  mapping: { heading: string; key: string | null }[];
  /** The register's columns a sheet heading may be mapped to. */
  columns: XlsxColumnView[];
  /** Required columns no heading feeds: nothing can be imported until they are mapped. */
  missing: string[];
  rows: number;
  valid: number;
  /** Rows already in the register (same 编号 or stated key): skipped, never duplicated. */
  duplicates: number;
  errors: XlsxRowError[];
  newDepartments: string[];
  cancelled: boolean;
}

export interface XlsxImportResult extends XlsxPreview {
  /** False when nothing was written (rows in error without --valid-only, missing columns, or cancelled). */
  written: boolean;
  imported: number;
}

export interface XlsxFileResult {
  path: string;
  rows: number;
  /** The medium check the unit's warning mode let through (recorded in the audit log), if any. */
  mediumWarning?: string;
}

export interface XlsxProgress {
  phase: 'read' | 'check' | 'write' | 'done';
  done: number;
  total: number;
  cancelled: boolean;
}
