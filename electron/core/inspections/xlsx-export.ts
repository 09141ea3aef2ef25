// 整改台账 as an xlsx file: every finding the board's filters select, Chinese headers and labels, dates as
// YYYY-MM-DD text; 逾期 as the board reads it today.
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  CHECK_AREA_LABELS,
  CHECK_KIND_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
} from '../../../db/domain/labels';
import type { FindingExportInput, FindingExportResult, FindingView } from '../../ipc/schemas/inspections';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { listFindings } from './views';

const COLUMNS: { header: string; width: number; value: (f: FindingView) => string | number }[] = [
  { header: '检查', width: 28, value: (f) => f.inspectionTitle },
  { header: '检查类型', width: 12, value: (f) => CHECK_KIND_LABELS[f.inspectionKind] },
  { header: '检查领域', width: 28, value: (f) => CHECK_AREA_LABELS[f.area] },
  { header: '存在问题', width: 40, value: (f) => f.what },
  { header: '严重程度', width: 8, value: (f) => FINDING_SEVERITY_LABELS[f.severity] },
  { header: '责任部门', width: 14, value: (f) => f.department ?? '' },
  { header: '整改责任人', width: 10, value: (f) => f.responsible ?? '' },
  { header: '整改要求', width: 30, value: (f) => f.requirement ?? '' },
  { header: '整改期限', width: 12, value: (f) => f.deadline ?? '' },
  {
    header: '状态',
    width: 12,
    value: (f) => `${FINDING_STATE_LABELS[f.state]}${f.overdue ? `（${f.overdueDays} 天）` : ''}`,
  },
  { header: '整改情况', width: 30, value: (f) => f.rectification ?? '' },
  { header: '验收人', width: 10, value: (f) => f.verifier ?? '' },
  { header: '验收日期', width: 12, value: (f) => f.verifiedOn ?? '' },
  { header: '结转理由', width: 24, value: (f) => f.carryOverReason ?? '' },
];

const CHUNK = 500;

export async function exportFindingsXlsx(
  core: AppCore,
  input: z.output<typeof FindingExportInput>,
): Promise<FindingExportResult> {
  const on = today(core.clock);
  const path = resolveOutputPath(input.outPath, `整改台账-${on}.xlsx`, '.xlsx');
  const { db } = core.session();
  const rows: FindingView[] = [];
  for (let page = 1; ; page++) {
    const r = listFindings(db, { ...input, page, pageSize: CHUNK }, on);
    rows.push(...r.rows);
    if (r.rows.length < CHUNK || rows.length >= r.total) break;
  }
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  const ws = wb.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: '序号', width: 6 }, ...COLUMNS.map((c) => ({ header: c.header, width: c.width }))];
  ws.getRow(1).font = { bold: true };
  rows.forEach((f, i) => ws.addRow([i + 1, ...COLUMNS.map((c) => c.value(f))]));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // Written inside the transaction of its audit entry: an export that is not recorded never lands.
  return core.write(
    'findings_export_xlsx',
    'finding',
    () => {
      writeFileAtomic(path, bytes);
      return { path, rows: rows.length };
    },
    (r) => ({ detail: { path: r.path, rows: r.rows } }),
  );
}
