// 泄密事件/违规: every incident with its 24-hour clock, the record and its steps in a drawer.
import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { IncidentRow } from '../../../electron/ipc/contract';
import { INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDateTime } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useIncidents } from '../../stores/incidents.store';
import { IncidentDrawer } from './IncidentDrawer';
import { OpenIncidentModal } from './IncidentForms';
import { ClockTag } from './ReportClock';

const COLUMNS: RegisterColumn<IncidentRow>[] = [
  { key: 'discoveredAt', title: '发现时间', width: 140, render: (i) => tableDateTime(i.discoveredAt) },
  { key: 'title', title: '事件名称', width: 220, render: (i) => i.title },
  {
    key: 'kind',
    title: '类型',
    width: 90,
    render: (i) => INCIDENT_KIND_LABELS[i.kind],
    filterOptions: optionsOf(INCIDENT_KIND_LABELS),
  },
  { key: 'department', title: '填报部门', width: 110, render: (i) => i.department ?? '' },
  { key: 'level', title: '涉及密级', width: 80, render: (i) => (i.level ? LEVEL_LABELS[i.level] : '') },
  { key: 'clock', title: '24小时报告', width: 150, render: (i) => <ClockTag clock={i.clock} /> },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (i) => INCIDENT_STATUS_LABELS[i.status],
    filterOptions: optionsOf(INCIDENT_STATUS_LABELS),
  },
];

export function IncidentsRegister() {
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        泄密事件/违规
      </Typography.Title>
      <div style={{ height: 'calc(100vh - 140px)', display: 'flex' }}>
        <RegisterTable<IncidentRow>
          registerId="incidents"
          columns={COLUMNS}
          rowKey={(i) => i.id}
          store={useIncidents}
          searchPlaceholder="事件名称、当事人"
          emptyText="尚无泄密事件或违规记录。发现国家秘密已经泄露或可能泄露的，立即登记并在24小时内报告。"
          onOpen={(i) => setOpen(i.id)}
          toolbar={
            <Button type="primary" danger onClick={() => setCreating(true)}>
              登记事件
            </Button>
          }
        />
      </div>
      <IncidentDrawer incidentId={open} onClose={() => setOpen(null)} />
      {creating ? (
        <OpenIncidentModal onClose={() => setCreating(false)} onDone={(i) => setOpen(i.id)} />
      ) : null}
    </div>
  );
}
