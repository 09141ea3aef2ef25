// 下级单位保密工作情况汇总表 (issue 25, point 7): the comparison table and the figures on A4 landscape, dated, the
// units that have not reported named, then the year's consolidated 年度报告 (the units' annual reports summed,
// the units missing named). `print/supervisor-report[/年度]`; `baomi supervisor report --out F.pdf` prints it.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { ComparisonRow, SupervisorReport } from '../../../electron/ipc/contract';
import { ANNUAL_FIGURE_GROUPS, CLEARANCE_OR_NONE } from '../../../db/domain/annual-figures';
import {
  ANNUAL_STATE_LABELS,
  DEVICE_CLASS_LABELS,
  LEVEL_LABELS,
  REPORT_STATE_LABELS,
} from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PdfExportButton } from '../../components/PdfExportButton';
import { PrintFrame } from '../../components/PrintFrame';
import { navigate, useRoute } from '../../shell/route';
import { Landscape, small } from '../carriers/CarrierPrints';
import './supervisorReportPrint.css';

export const REPORT_TITLE = '下级单位保密工作情况汇总表';

const n = (v: number | null | undefined) => (v === null || v === undefined ? '未报送' : String(v));
function byCode(m: Record<string, number> | null | undefined, labels: Record<string, string> = {}) {
  if (!m) return '未报送';
  return (
    Object.entries(m)
      .map(([k, v]) => `${labels[k] ?? (k || '未填写')} ${v}`)
      .join('，') || '无'
  );
}

const COLUMNS: [title: string, value: (r: ComparisonRow) => string][] = [
  ['报送状态', (r) => REPORT_STATE_LABELS[r.reportState]],
  ['数据日期', (r) => (r.lastDataAt ?? '').slice(0, 10) || '—'],
  ['距今天数', (r) => (r.daysSince === null ? '—' : String(r.daysSince))],
  ['年度报告', (r) => ANNUAL_STATE_LABELS[r.annualState]],
  ['载体（按密级）', (r) => byCode(r.carriersByLevel, LEVEL_LABELS)],
  ['逾期未还', (r) => n(r.overdueLoans)],
  [
    '涉密人员 核心/重要/一般',
    (r) =>
      r.peopleByClearance
        ? `${r.peopleByClearance.core ?? 0}/${r.peopleByClearance.important ?? 0}/${r.peopleByClearance.general ?? 0}`
        : '未报送',
  ],
  ['脱密期', (r) => n(r.inSeparation)],
  ['未完成整改', (r) => n(r.openRectifications)],
  ['逾期未整改', (r) => n(r.overdueFindings)],
  [
    '本年泄密事件（超24小时）',
    (r) =>
      r.incidentsThisYear === null ? '未报送' : `${r.incidentsThisYear}（${r.lateIncidentsThisYear ?? 0}）`,
  ],
  ['设备（按密级）', (r) => byCode(r.devicesByLevel, LEVEL_LABELS)],
  ['培训未达下限', (r) => (r.training ? `${r.training.underFloor}/${r.training.inPost}` : '未报送')],
];

function annualLines(figures: SupervisorReport['annual']['figures']): [string, string][] {
  return ANNUAL_FIGURE_GROUPS.filter(([k]) => k in figures).map(([k, title, labels]) => {
    const v = figures[k];
    return [title, typeof v === 'number' ? String(v) : byCode(v, labels)];
  });
}

export function SupervisorReportPrint() {
  const yearPart = useRoute().split('/')[2];
  const year = yearPart ? Number(yearPart) : undefined;
  const [data, setData] = useState<SupervisorReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('exchange:report', year ? { year } : {}).then((r) =>
      r.ok ? setData(r.value) : setError(r.error.message),
    );
  }, [year]);
  if (!data) return error ? <ErrorNote message={error} /> : <Spin />;
  const f = data.figures;
  return (
    <div className="print-route">
      <Space className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('reg/exchange')}>
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        <PdfExportButton title={REPORT_TITLE} />
      </Space>
      {/* Dated by the core's clock, as the 截至 line above the table. */}
      <PrintFrame unitName={data.supervisor} title={REPORT_TITLE} printedOn={data.date}>
        <Landscape />
        <p className="print-meta">
          {`截至 ${data.date}，共 ${data.rows.length} 个下级单位。未按期报送：${
            data.notReported
              .map((u) => `${u.name}（${u.reportState === 'never' ? '从未报送' : `已 ${u.daysSince} 天`}）`)
              .join('、') || '无'
          }。`}
        </p>
        <table className="print-table supervisor-report" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>单位</th>
              {COLUMNS.map(([t]) => (
                <th key={t}>{t}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={r.unitCode}>
                <td className="num">{i + 1}</td>
                <td>{r.name}</td>
                {COLUMNS.map(([t, v]) => (
                  <td key={t}>{v(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <h3>汇总数字</h3>
        <p style={small}>
          {`载体（按密级）：${byCode(f.carriersByLevel, LEVEL_LABELS)}；逾期未归还借阅 ${f.overdueLoans} 件；涉密人员（按等级）：${byCode(f.peopleByClearance, CLEARANCE_OR_NONE)}；未完成整改 ${n(f.openRectifications)} 个，逾期未整改 ${n(f.overdueFindings)} 个；泄密事件 ${n(f.incidents)} 起（超过24小时报告 ${n(f.lateIncidents)} 起）；信息设备（按类别）：${byCode(f.devicesByClass, DEVICE_CLASS_LABELS)}；存储介质 ${n(f.media)} 件。`}
        </p>
        <h3>{`${data.annual.year} 年度报告汇总`}</h3>
        <p className="print-meta">
          {`已报送 ${data.annual.reported.length} 个单位；未报送：${data.annual.missing.map((u) => u.name).join('、') || '无'}。`}
        </p>
        <table className="print-table" style={small}>
          <tbody>
            {annualLines(data.annual.figures).map(([t, v]) => (
              <tr key={t}>
                <th style={{ width: '30%' }}>{t}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintFrame>
    </div>
  );
}
