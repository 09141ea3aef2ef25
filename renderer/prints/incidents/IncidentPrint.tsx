// 泄密事件报告登记表 (SCS form), ready to hand over within the 24 hours: 填报部门, 发现过程, 基本情况, 危害,
// 查找, 补救措施, opinions, the reports with their times (a late one says so), 处理结果. Route `print/incident-<id>`.
import { Spin } from 'antd';
import type { IncidentEntryKind, IncidentView } from '../../../electron/ipc/contract';
import {
  INCIDENT_KIND_LABELS,
  INCIDENT_NATURE_LABELS,
  LEVEL_LABELS,
  REPORT_METHOD_LABELS,
  REPORT_RECIPIENT_LABELS,
  RESPONSIBLE_UNIT_NATURE_LABELS,
} from '../../../db/domain/labels';
import { call } from '../../api';
import { tableDateTime } from '../../i18n/format';
import { InspectionSheet, Signatures, useSheet } from '../inspections/InspectionSheet';

function entries(i: IncidentView, kind: IncidentEntryKind): string {
  return i.entries
    .filter((e) => e.kind === kind)
    .map((e) => `${e.at}${e.by ? ` ${e.by}` : ''}：${e.text}`)
    .join('\n');
}

function Form({ i }: { i: IncidentView }) {
  const row = (label: string, value: string, span = 3) => (
    <tr>
      <th>{label}</th>
      <td colSpan={span} style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </td>
    </tr>
  );
  return (
    <div className="incident-sheet">
      {/* Twenty-odd rows at the registers' padding overflow A4 by a line, leaving a page with only the print date:
          tighter rows keep a usual incident on the one sheet handed over within the 24 hours. */}
      <style>
        {'.incident-sheet .print-table th, .incident-sheet .print-table td { padding: 1.4mm 3mm; }'}
      </style>
      <table className="print-table">
        <tbody>
          <tr>
            <th>事件名称</th>
            <td>{i.title}</td>
            <th>类型</th>
            <td>{INCIDENT_KIND_LABELS[i.kind]}</td>
          </tr>
          <tr>
            <th>填报部门</th>
            <td>{i.department ?? ''}</td>
            <th>涉及密级</th>
            <td>{i.level ? LEVEL_LABELS[i.level] : ''}</td>
          </tr>
          <tr>
            <th>发现时间</th>
            <td>{tableDateTime(i.discoveredAt)}</td>
            <th>发现地点</th>
            <td>{i.discoveredPlace}</td>
          </tr>
          <tr>
            <th>发现人</th>
            <td>{i.discoveredBy}</td>
            <th>职务</th>
            <td>{i.discoveredByTitle ?? ''}</td>
          </tr>
          {row('发现经过', i.discoveryHow)}
          <tr>
            <th>当事人</th>
            <td>{i.party ?? ''}</td>
            <th>职务</th>
            <td>{i.partyTitle ?? ''}</td>
          </tr>
          <tr>
            <th>发生时间</th>
            <td>{tableDateTime(i.occurredAt)}</td>
            <th>发生地点</th>
            <td>{i.occurredPlace ?? ''}</td>
          </tr>
          {row('泄密(违规)方式', i.method ?? '')}
          {row('简要情况', i.summary)}
          {row('危害评估', entries(i, 'harm'))}
          {row('已进行查找', entries(i, 'search'))}
          {row('补救措施', entries(i, 'remedy'))}
          {row('部门意见', entries(i, 'dept_opinion'))}
          {row('保密委员会意见', entries(i, 'committee_opinion'))}
          {row(
            '报告情况',
            [
              `发现后24小时报告时限：${tableDateTime(i.clock.deadlineAt)}`,
              ...i.reports.map(
                (r) =>
                  `${REPORT_RECIPIENT_LABELS[r.recipient]}（${r.recipientName}）：${tableDateTime(r.reportedAt)} ${REPORT_METHOD_LABELS[r.method]}，报告人 ${r.reportedBy}${r.late ? '（迟报）' : ''}`,
              ),
            ].join('\n'),
          )}
          {row('处理结果及责任追究', entries(i, 'result'))}
          <tr>
            <th>案件性质</th>
            <td>{i.nature ? INCIDENT_NATURE_LABELS[i.nature] : ''}</td>
            <th>责任单位性质</th>
            <td>{i.unitNature ? RESPONSIBLE_UNIT_NATURE_LABELS[i.unitNature] : ''}</td>
          </tr>
          {i.entries.some((e) => e.kind === 'correction') ? row('更正', entries(i, 'correction')) : null}
        </tbody>
      </table>
      <Signatures who={['填报人', '部门负责人', '保密工作负责人']} dated={false} />
    </div>
  );
}

export function IncidentPrint({ name }: { name: string }) {
  const id = Number(/^incident-(\d+)$/.exec(name)?.[1]);
  const { value, error } = useSheet(() => call('incidents:get', { incidentId: id }), name);
  return (
    <InspectionSheet title="泄密事件报告登记表" back="reg/incidents" error={error}>
      {value ? <Form i={value} /> : <Spin />}
    </InspectionSheet>
  );
}
