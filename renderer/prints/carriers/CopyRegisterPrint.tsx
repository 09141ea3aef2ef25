// 涉密载体复制登记表 of a period (REFERENCE.md §2.1 复印): every 复制/摘录 in the unit, or for one department,
// between two dates, one line per act in date order. Route `print/carrier-copies[/<from>/<to>[/<部门>]]`;
// without dates it is the current year. The register of one original stays at `print/carrier-copies-<id>`.
import { Button, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { CopyRegisterRow } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { PdfExportButton } from '../../components/PdfExportButton';
import { printDate, tableDate } from '../../i18n/format';
import { CARRIER_SOURCE_LABELS, COPY_MODE_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { navigate, useRoute } from '../../shell/route';
import { ClerkSignatures, Landscape, nw, Sheet, small, useSheetData } from './CarrierPrints';
import './copyRegisterPrint.css';
import { DateInput } from '../../components/forms';

const TITLE = '涉密载体复制登记表';

interface Period {
  from?: string | undefined;
  to?: string | undefined;
  department?: string | undefined;
}

function routeOf(p: Period): string {
  if (!p.from || !p.to) return 'print/carrier-copies';
  const dept = p.department ? `/${encodeURIComponent(p.department)}` : '';
  return `print/carrier-copies/${p.from}/${p.to}${dept}`;
}

function periodOf(route: string): Period {
  const [, , from, to, dept] = route.split('/');
  return { from, to, department: dept ? decodeURIComponent(dept) : undefined };
}

function useDepartments(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    void call('carriers:custodians', {}).then(
      (r) => r.ok && setNames([...new Set(r.value.map((c) => c.department))].sort()),
    );
  }, []);
  return names;
}

const copyNos = (c: CopyRegisterRow['copy']) =>
  !c || c.firstCopyNo === null
    ? ''
    : c.firstCopyNo === c.lastCopyNo
      ? String(c.firstCopyNo)
      : `${c.firstCopyNo}–${c.lastCopyNo}`;

function Source({ o }: { o: CopyRegisterRow['original'] }) {
  return (
    <>
      {CARRIER_SOURCE_LABELS[o.source]}
      {o.source === 'received' && o.issuer ? <div>{o.issuer}</div> : null}
    </>
  );
}

function remark(r: CopyRegisterRow): string {
  return [
    r.mode === 'excerpt' ? COPY_MODE_LABELS.excerpt : '',
    r.copy && r.copy.level !== r.original.level
      ? `原件${LEVEL_LABELS[r.original.level]}，复制件定为${LEVEL_LABELS[r.copy.level]}`
      : '',
    r.copy ? '' : '复制件记录缺失',
  ]
    .filter(Boolean)
    .join('；');
}

function Row({ r, n }: { r: CopyRegisterRow; n: number }) {
  return (
    <tr>
      <td className="num">{n}</td>
      <td style={nw}>{tableDate(r.copiedOn)}</td>
      <td style={nw}>{r.original.carrierNo}</td>
      <td>
        {r.original.name}
        {r.original.docNo ? <div>{r.original.docNo}</div> : null}
      </td>
      <td style={nw}>{LEVEL_LABELS[r.copy?.level ?? r.original.level]}</td>
      <td>
        <Source o={r.original} />
      </td>
      <td className="num">{r.count}</td>
      <td style={nw}>{copyNos(r.copy)}</td>
      <td style={nw}>{r.copy?.carrierNo ?? ''}</td>
      <td>{r.purpose ?? ''}</td>
      <td>
        {r.department ?? ''}
        {r.custodian ? <div>{r.custodian}</div> : null}
      </td>
      <td>
        {r.approvals.map((a) => (
          <div key={`${a.name}-${a.decidedAt}`} className="copy-register-approval">
            {a.name}
            {/* A long title breaks before its bracket, not inside it. */}
            {a.title ? <span style={nw}>（{a.title}）</span> : null}
            <div style={nw}>{tableDate(a.decidedAt)}</div>
            {a.documentNo ? <div style={nw}>{a.documentNo}</div> : null}
          </div>
        ))}
      </td>
      <td style={nw}>{r.handledBy ?? ''}</td>
      <td>{remark(r)}</td>
    </tr>
  );
}

/** Column heads; the wide ones get a share of the landscape page so names rarely wrap. */
const HEAD: [string, string?][] = [
  ['复制日期'],
  ['原件编号'],
  ['原件名称 / 文号', '19%'],
  ['密级'],
  ['原件来源', '8%'],
  ['份数'],
  ['新份号'],
  ['复制件编号'],
  ['用途 / 事由', '11%'],
  ['申请部门 / 保管人', '8%'],
  ['批准人 / 批准日期', '12%'],
  ['经办人'],
  ['备注', '6%'],
];

export function CopyRegisterPrint() {
  const asked = periodOf(useRoute());
  const departments = useDepartments();
  const { value, error } = useSheetData(
    () =>
      call('carriers:copyRegister', {
        ...(asked.from ? { from: asked.from } : {}),
        ...(asked.to ? { to: asked.to } : {}),
        ...(asked.department ? { department: asked.department } : {}),
      }),
    [asked.from, asked.to, asked.department],
  );
  const shown: Period = {
    from: asked.from ?? value?.from,
    to: asked.to ?? value?.to,
    department: asked.department,
  };
  const go = (change: Period) => navigate(routeOf({ ...shown, ...change }));
  const copies = value?.rows.reduce((n, r) => n + r.count, 0) ?? 0;
  return (
    <Sheet
      title={TITLE}
      error={error}
      toolbar={
        <>
          <PdfExportButton title={TITLE} />
          <DateInput
            aria-label="起始日期"
            style={{ width: 150 }}
            value={shown.from ?? ''}
            onChange={(v) => v && go({ from: v })}
          />
          至
          <DateInput
            aria-label="截止日期"
            style={{ width: 150 }}
            value={shown.to ?? ''}
            onChange={(v) => v && go({ to: v })}
          />
          <Select
            allowClear
            aria-label="部门"
            placeholder="全单位"
            style={{ width: 140 }}
            value={shown.department}
            onChange={(v?: string) => go({ department: v })}
            options={departments.map((d) => ({ value: d, label: d }))}
          />
          <Button onClick={() => navigate(routeOf({}))}>本年度</Button>
        </>
      }
    >
      <Landscape />
      <span className="copy-register-sheet" hidden />
      {value ? (
        <>
          <p className="copy-register-meta">
            期间：{printDate(value.from)}至{printDate(value.to)}
            {'\u3000'}部门：{value.department ?? '全单位'}
            {'\u3000'}共 {value.total} 次复制、{copies} 份
          </p>
          <table className="print-table copy-register" style={small}>
            <thead>
              <tr>
                <th className="num">序号</th>
                {HEAD.map(([h, width]) => (
                  <th key={h} style={width ? { width } : nw}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {value.rows.map((r, i) => (
                <Row key={r.eventId} r={r} n={i + 1} />
              ))}
              {value.rows.length === 0 ? (
                <tr>
                  <td colSpan={HEAD.length + 1} className="copy-register-none">
                    本期间没有复制、摘录记录。
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
          <ClerkSignatures />
        </>
      ) : error ? null : (
        <Spin />
      )}
    </Sheet>
  );
}
