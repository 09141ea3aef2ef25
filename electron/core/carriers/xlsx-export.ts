// 涉密载体台账 as an xlsx file: every row matching the clerk's current filters, sort and search (not only the
// page on screen), Chinese headers, dates as YYYY-MM-DD text so no spreadsheet turns them into serials.
import ExcelJS from 'exceljs';
import type { CarrierType, CopyStatus, CarrierSource } from '../../../db/domain/vocab';
import type { CarrierExportInput, CarrierExportResult } from '../../ipc/schemas/carriers-export';
import type { CarrierRow } from '../../ipc/schemas/carriers';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { resolveOutputPath } from '../util/output-path';
import { today } from '../util/dates';
import { listCarriers } from './register-query';
import { LEVEL_NAMES } from './rules';
import { carrierSettings } from './settings';
import { termLabel } from './terms';

const TYPE_NAMES: Record<CarrierType, string> = {
  paper: '纸质',
  cd: '光盘',
  usb: 'U 盘',
  disk: '硬盘',
  tape: '磁带',
  sample: '密品',
  other: '其他',
};

const STATUS_NAMES: Record<CopyStatus, string> = {
  in_custody: '在库',
  on_loan: '借出',
  carried_out: '外出携带',
  returned_to_issuer: '已清退',
  handed_over: '已移交',
  destroyed: '已销毁',
};

const SOURCE_NAMES: Record<CarrierSource, string> = { received: '收文', produced: '自制', copied: '复制' };

const COLUMNS: { header: string; width: number; value: (r: CarrierRow) => string | number }[] = [
  { header: '序号', width: 6, value: () => 0 },
  { header: '编号', width: 16, value: (r) => r.carrierNo },
  { header: '密级', width: 8, value: (r) => LEVEL_NAMES[r.level] },
  { header: '名称', width: 40, value: (r) => r.name },
  { header: '文号', width: 20, value: (r) => r.docNo ?? '' },
  { header: '类别', width: 8, value: (r) => TYPE_NAMES[r.type] },
  { header: '来源', width: 6, value: (r) => SOURCE_NAMES[r.source] },
  { header: '制作/发文单位', width: 20, value: (r) => r.issuer ?? '' },
  { header: '制发日', width: 12, value: (r) => r.issuedOn },
  { header: '保密期限', width: 14, value: (r) => termLabel(r.term) },
  { header: '期限届满', width: 12, value: (r) => r.termEndsOn ?? '' },
  { header: '份数', width: 6, value: (r) => r.copyCount },
  { header: '在册份数', width: 8, value: (r) => r.liveCopies },
  { header: '部门', width: 14, value: (r) => r.department },
  { header: '保管人', width: 10, value: (r) => r.custodianName },
  { header: '存放位置', width: 14, value: (r) => r.location ?? '' },
  {
    header: '状态',
    width: 10,
    value: (r) =>
      `${STATUS_NAMES[r.status]}${r.loanOverdue ? '（逾期）' : ''}${r.expired ? '（已到期）' : ''}`,
  },
  { header: '应还日期', width: 12, value: (r) => r.loanDueOn ?? '' },
  { header: '登记日期', width: 12, value: (r) => r.registeredOn },
];

const CHUNK = 2000;

/** All rows of the current view, a chunk at a time through the same query as the page. */
function allRows(core: AppCore, input: CarrierExportInput): CarrierRow[] {
  const { db } = core.session();
  const on = today(core.clock);
  const warning = carrierSettings(db).termWarningDays;
  const out: CarrierRow[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = listCarriers(
      db,
      { sort: input.sort, filters: input.filters, search: input.search, page, pageSize: CHUNK },
      on,
      warning,
    );
    out.push(...rows);
    if (rows.length < CHUNK || out.length >= total) return out;
  }
}

export async function buildWorkbook(rows: CarrierRow[], title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  const ws = wb.addWorksheet('涉密载体台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) => ws.addRow(COLUMNS.map((c, k) => (k === 0 ? i + 1 : c.value(r)))));
  wb.title = title;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function exportCarriersXlsx(
  core: AppCore,
  input: CarrierExportInput,
): Promise<CarrierExportResult> {
  const on = today(core.clock);
  const path = resolveOutputPath(input.outPath, `涉密载体台账-${on}.xlsx`, '.xlsx');
  const rows = allRows(core, input);
  const bytes = await buildWorkbook(rows, `涉密载体台账（${on}导出）`);
  // The file is written inside the transaction of its audit entry: an export that is not recorded never lands.
  return core.write(
    'carriers_export_xlsx',
    'carrier',
    () => {
      writeFileAtomic(path, bytes);
      return { path, rows: rows.length };
    },
    (r) => ({
      detail: { path: r.path, rows: r.rows, filters: input.filters, search: input.search ?? null },
    }),
  );
}
