// The bureau's reports (issue 25, point 7): 下级单位保密工作情况汇总表 — the comparison table and the figures, dated,
// naming the units that have not reported — and the year's consolidated 年度报告, summing the units' annual
// reports and naming the units missing. One data object serves the print route (PDF) and the workbook.
import ExcelJS from 'exceljs';
import { ANNUAL_FIGURE_GROUPS } from '../../../db/domain/annual-figures';
import { ANNUAL_STATE_LABELS, LEVEL_LABELS, REPORT_STATE_LABELS } from '../../../db/domain/labels';
import { reportOverdue } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { ComparisonRow, SupervisorReport } from '../../ipc/schemas/supervisor';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { writeFileAtomic } from '../util/atomic-write';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { addSheet, type Column, type OutCell } from '../xlsx';
import { consolidatedFigures } from './supervisor';
import { comparisonRows } from './supervisor-table';
import { layoutKey, layoutsOf, recordObject } from './record-layout';

type Figures = Record<string, number | Record<string, number>>;

/** Every unit's 年度报告 of `year` summed: numbers added, counts by code merged; the units without one named. */
export function consolidatedAnnual(db: Db, rows: ComparisonRow[], year: number): SupervisorReport['annual'] {
  const layouts = layoutsOf(db.$client);
  const reports = new Map(
    (
      db.$client
        .prepare(
          "SELECT unit_code, data FROM imported_records WHERE register = 'annual_report' AND record_id = ?",
        )
        .raw(true)
        .all(String(year)) as [string, string][]
    ).map(([u, data]) => {
      const f = recordObject(layouts.get(layoutKey(u, 'annual_report')) ?? [], data).figures;
      return [u, f && typeof f === 'object' ? (f as Figures) : {}];
    }),
  );
  const figures: Figures = {};
  for (const f of reports.values()) {
    for (const [k, v] of Object.entries(f)) {
      if (typeof v === 'number') figures[k] = ((figures[k] as number | undefined) ?? 0) + v;
      else if (v && typeof v === 'object') {
        const into = (figures[k] ??= {}) as Record<string, number>;
        for (const [code, n] of Object.entries(v))
          if (typeof n === 'number') into[code] = (into[code] ?? 0) + n;
      }
    }
  }
  const unit = (r: ComparisonRow) => ({ unitCode: r.unitCode, name: r.name });
  return {
    year,
    reported: rows.filter((r) => reports.has(r.unitCode)).map(unit),
    missing: rows.filter((r) => !reports.has(r.unitCode)).map(unit),
    figures,
  };
}

export function supervisorReport(core: AppCore, input: { year?: number | undefined }): SupervisorReport {
  const { db } = core.session();
  const on = today(core.clock);
  const rows = comparisonRows(core);
  return {
    date: on,
    supervisor: unitInfo(db).name,
    rows,
    figures: consolidatedFigures(core),
    notReported: rows
      .filter((r) => reportOverdue(r.reportState))
      .map((r) => ({
        unitCode: r.unitCode,
        name: r.name,
        reportState: r.reportState,
        daysSince: r.daysSince,
      })),
    annual: consolidatedAnnual(db, rows, input.year ?? Number(on.slice(0, 4)) - 1),
  };
}

const n = (v: number | null | undefined): OutCell => (v === null || v === undefined ? '未报送' : v);
const byCode = (m: Record<string, number> | null, labels: Record<string, string> = {}): OutCell =>
  m
    ? Object.entries(m)
        .map(([k, v]) => `${labels[k] ?? (k || '未填写')} ${v}`)
        .join('，') || '无'
    : '未报送';

/** The columns of 下级单位保密工作情况汇总表, shared by the workbook and (as titles) the print. */
export const REPORT_COLUMNS: (Column & { value: (r: ComparisonRow) => OutCell })[] = [
  { key: 'name', heading: '单位', width: 22, value: (r) => r.name },
  { key: 'code', heading: '单位代码', width: 22, value: (r) => r.unitCode },
  { key: 'state', heading: '报送状态', width: 10, value: (r) => REPORT_STATE_LABELS[r.reportState] },
  { key: 'data', heading: '数据日期', width: 12, value: (r) => (r.lastDataAt ?? '').slice(0, 10) },
  { key: 'days', heading: '距今天数', width: 8, value: (r) => r.daysSince ?? '' },
  { key: 'annual', heading: '年度报告', width: 10, value: (r) => ANNUAL_STATE_LABELS[r.annualState] },
  { key: 'carriers', heading: '载体', width: 8, value: (r) => n(r.carriers) },
  {
    key: 'levels',
    heading: '载体（按密级）',
    width: 24,
    value: (r) => byCode(r.carriersByLevel, LEVEL_LABELS),
  },
  { key: 'loans', heading: '逾期未还', width: 8, value: (r) => n(r.overdueLoans) },
  {
    key: 'people',
    heading: '涉密人员（核心/重要/一般）',
    width: 16,
    value: (r) =>
      r.peopleByClearance
        ? `${r.peopleByClearance.core ?? 0}/${r.peopleByClearance.important ?? 0}/${r.peopleByClearance.general ?? 0}`
        : '未报送',
  },
  { key: 'separation', heading: '脱密期', width: 8, value: (r) => n(r.inSeparation) },
  { key: 'open', heading: '未完成整改', width: 10, value: (r) => n(r.openRectifications) },
  { key: 'overdueFindings', heading: '逾期未整改', width: 10, value: (r) => n(r.overdueFindings) },
  { key: 'incidents', heading: '本年泄密事件', width: 10, value: (r) => n(r.incidentsThisYear) },
  { key: 'late', heading: '超24小时报告', width: 10, value: (r) => n(r.lateIncidentsThisYear) },
  {
    key: 'devices',
    heading: '设备（按密级）',
    width: 24,
    value: (r) => byCode(r.devicesByLevel, LEVEL_LABELS),
  },
  {
    key: 'training',
    heading: '培训未达下限',
    width: 14,
    value: (r) =>
      r.training ? `${r.training.underFloor}/${r.training.inPost}（${r.training.year}年）` : '未报送',
  },
];

/** The consolidated 年度报告 as rows: each figure by its title, counts by code by their labels. */
export function annualLines(figures: Figures): [title: string, value: string][] {
  const known = new Set(ANNUAL_FIGURE_GROUPS.map(([k]) => k));
  const lines: [string, string][] = ANNUAL_FIGURE_GROUPS.filter(([k]) => k in figures).map(
    ([k, title, labels]) => {
      const v = figures[k];
      return [title, typeof v === 'number' ? String(v) : String(byCode(v ?? null, labels))];
    },
  );
  for (const [k, v] of Object.entries(figures)) {
    if (!known.has(k)) lines.push([k, typeof v === 'number' ? String(v) : String(byCode(v, {}))]);
  }
  return lines;
}

export async function reportWorkbook(core: AppCore, input: { year?: number | undefined; outPath: string }) {
  const r = supervisorReport(core, input);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  const missing = r.notReported.map((u) => u.name).join('、') || '无';
  addSheet(wb, {
    title: '下级单位保密工作情况汇总表',
    unit: r.supervisor,
    subtitle: `截至 ${r.date}  共 ${r.rows.length} 个单位  未按期报送：${missing}`,
    columns: REPORT_COLUMNS,
    rows: r.rows.map((row) => Object.fromEntries(REPORT_COLUMNS.map((c) => [c.key, c.value(row)]))),
    numbered: true,
  });
  addSheet(wb, {
    title: `${r.annual.year}年度报告汇总`,
    unit: r.supervisor,
    subtitle: `已报送 ${r.annual.reported.length} 个单位；未报送：${r.annual.missing.map((u) => u.name).join('、') || '无'}`,
    columns: [
      { key: 'title', heading: '项目', width: 34 },
      { key: 'value', heading: '合计', width: 60 },
    ],
    rows: annualLines(r.annual.figures).map(([title, value]) => ({ title, value })),
  });
  const path = resolveOutputPath(input.outPath, `下级单位保密工作情况汇总表-${r.date}.xlsx`, '.xlsx');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return core.write(
    'supervisor_report_xlsx',
    'exchange_package',
    () => {
      writeFileAtomic(path, bytes);
      return { path, units: r.rows.length, notReported: r.notReported.map((u) => u.unitCode) };
    },
    (x) => ({ detail: { path: x.path, units: x.units, notReported: x.notReported, year: r.annual.year } }),
  );
}
