// Export of a register's current view: the unit's name and the register's title as a merged title row, the
// export time and the view (filters, search) under it, then the same headings the importer reads, every row
// of the view (not only the page on screen), dates as YYYY-MM-DD text so no spreadsheet turns them into
// serials. Written under a temporary name inside the transaction of its audit entry.
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { canonicalJson } from '../util/canonical-json';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { unitInfo } from '../session';
import { checkMediumWrite, logMediumWrite, type MediumCheck } from '../devices';
import { driveOfPath } from '../files';
import type { Column, OutCell, RegisterColumns } from './registers/types';
import type { XlsxFileResult } from '../../ipc/schemas/xlsx';

export interface SheetSpec {
  title: string;
  unit: string;
  /** When and what: 导出时间 2026-06-15 10:00 · 筛选 …. */
  subtitle: string;
  columns: readonly Column[];
  rows: Record<string, OutCell>[];
  /** A leading 序号 column (1, 2, …), as clerks number their ledgers; the importer does not read it. */
  numbered?: boolean;
  /** An extra column at the end (the error download's 错误原因). */
  extra?: { heading: string; width: number; values: string[] };
}

/** One sheet: title, subtitle, headings on row 3 (frozen), the rows. Shared by export and the error download. */
export function addSheet(wb: ExcelJS.Workbook, s: SheetSpec): void {
  const ws = wb.addWorksheet(s.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 3 }] });
  const lead = s.numbered ? [{ heading: '序号', width: 6 }] : [];
  const tail = s.extra ? [{ heading: s.extra.heading, width: s.extra.width }] : [];
  const all = [...lead, ...s.columns, ...tail];
  ws.columns = all.map((c) => ({ width: c.width ?? 12 }));
  ws.addRow([`${s.unit}  ${s.title}`]);
  ws.mergeCells(1, 1, 1, all.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.addRow([s.subtitle]);
  ws.mergeCells(2, 1, 2, all.length);
  ws.addRow(all.map((c) => c.heading)).font = { bold: true };
  s.rows.forEach((r, i) => {
    ws.addRow([
      ...(s.numbered ? [i + 1] : []),
      ...s.columns.map((c) => r[c.key] ?? ''),
      ...(s.extra ? [s.extra.values[i] ?? ''] : []),
    ]);
  });
}

function viewWords(query: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof query.search === 'string' && query.search) parts.push(`搜索“${query.search}”`);
  const f = query.filters as Record<string, unknown> | undefined;
  if (f && Object.values(f).some((v) => v !== undefined && v !== null && v !== '')) parts.push('已筛选');
  return parts.length ? parts.join('，') : '全部';
}

export async function registerWorkbook(
  core: AppCore,
  spec: RegisterColumns,
  query: Record<string, unknown>,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const { db } = core.session();
  const on = today(core.clock);
  const rows = spec.rows(db, spec.query.parse(query), on);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.title = `${spec.title}（${on}导出）`;
  addSheet(wb, {
    title: spec.title,
    unit: unitInfo(db).name,
    subtitle: `导出时间：${core.now().slice(0, 16).replace('T', ' ')}  范围：${viewWords(query)}  共 ${rows.length} 条`,
    columns: spec.columns,
    rows,
    numbered: true,
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), rows: rows.length };
}

export async function exportRegister(
  core: AppCore,
  spec: RegisterColumns,
  query: Record<string, unknown>,
  outPath: string,
): Promise<XlsxFileResult> {
  const on = today(core.clock);
  const path = resolveOutputPath(outPath, `${spec.title}-${on}.xlsx`, '.xlsx');
  const { bytes, rows } = await registerWorkbook(core, spec, query);
  const drive = await driveOfPath(core, path);
  // The register is read at the host's level: its medium must be fit for it (issue 21 point 3).
  const level = unitInfo(core.session().db).hostLevel;
  let mediumWarning: MediumCheck['warning'] = null;
  // The file is written inside the transaction of its audit entry: an export that is not recorded never lands.
  return core.write(
    spec.exportAction,
    spec.entity,
    (tx, ctx) => {
      const medium = checkMediumWrite(tx, { drive, level, field: 'outPath' });
      mediumWarning = medium.warning;
      writeFileAtomic(path, bytes);
      logMediumWrite(tx, ctx, medium, {
        who: core.session().account.displayName,
        personId: null,
        what: `导出${spec.title} ${basename(path)}`,
        level,
        bytes: bytes.length,
      });
      return { path, rows, ...(medium.warning ? { mediumWarning: medium.warning.message } : {}) };
    },
    (r) => ({
      detail: {
        path: r.path,
        rows: r.rows,
        view: JSON.parse(canonicalJson(query)) as unknown,
        ...(mediumWarning ? { mediumWarning } : {}),
      },
    }),
  );
}
