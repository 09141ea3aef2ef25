// One incident: the 24-hour clock on top, the record of the 泄密事件报告登记表 (fixed once reported), the
// reports (late ones marked), and what was added afterwards; every step from here.
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { IncidentEntryKind, IncidentReportView } from '../../../electron/ipc/contract';
import {
  INCIDENT_ENTRY_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_LINK_LABELS,
  INCIDENT_NATURE_LABELS,
  INCIDENT_STATUS_LABELS,
  LEVEL_LABELS,
  REPORT_METHOD_LABELS,
  REPORT_RECIPIENT_LABELS,
  RESPONSIBLE_UNIT_NATURE_LABELS,
} from '../../../db/domain/labels';
import { ActionModal, DateItem, today } from '../../components/forms';
import { DetailDrawer } from '../../components/DetailDrawer';
import { tableDateTime } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { navigate } from '../../shell/route';
import { ClockTag, ClockText } from './ReportClock';
import { EditIncidentModal, EntryModal, LinkPersonModal, ReportModal } from './IncidentForms';
import { LinkThingModal } from './LinkThingModal';

const SHOWS = ['incidents', 'departments'] as const;
type Dialog = 'edit' | 'report' | 'close' | 'person' | 'thing' | IncidentEntryKind | null;
const STEPS: IncidentEntryKind[] = [
  'remedy',
  'harm',
  'search',
  'dept_opinion',
  'committee_opinion',
  'result',
];

export function IncidentDrawer({ incidentId, onClose }: { incidentId: number | null; onClose: () => void }) {
  const r = useLoad('incidents:get', incidentId ? { incidentId } : null, SHOWS);
  const i = r.value;
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = i?.status === 'closed';
  const hasResult = i?.entries.some((e) => e.kind === 'result') ?? false;
  return (
    <DetailDrawer
      open={incidentId !== null}
      title={
        i ? (
          <div>
            {i.title}
            {i.status === 'open' ? (
              <div>
                <ClockText clock={i.clock} />
              </div>
            ) : null}
          </div>
        ) : (
          ''
        )
      }
      loading={r.loading && !i}
      error={r.error}
      onClose={onClose}
      extra={
        i ? (
          <Space>
            <Button onClick={() => navigate(`print/incident-${i.id}`)}>打印报告登记表</Button>
            <Tag>{INCIDENT_STATUS_LABELS[i.status]}</Tag>
          </Space>
        ) : null
      }
      fields={
        i
          ? [
              { label: '事件类型', value: INCIDENT_KIND_LABELS[i.kind] },
              { label: '填报部门', value: i.department ?? '' },
              { label: '发现时间', value: tableDateTime(i.discoveredAt) },
              { label: '发现地点', value: i.discoveredPlace },
              {
                label: '发现人',
                value: `${i.discoveredBy}${i.discoveredByTitle ? `（${i.discoveredByTitle}）` : ''}`,
              },
              { label: '涉及密级', value: i.level ? LEVEL_LABELS[i.level] : '' },
              { label: '发现经过', value: i.discoveryHow, wide: true },
              { label: '当事人', value: `${i.party ?? ''}${i.partyTitle ? `（${i.partyTitle}）` : ''}` },
              { label: '发生时间/地点', value: `${tableDateTime(i.occurredAt)} ${i.occurredPlace ?? ''}` },
              { label: '方式', value: i.method ?? '', wide: true },
              { label: '简要情况', value: i.summary, wide: true },
              { label: '案件性质', value: i.nature ? INCIDENT_NATURE_LABELS[i.nature] : '' },
              {
                label: '责任单位性质',
                value: i.unitNature ? RESPONSIBLE_UNIT_NATURE_LABELS[i.unitNature] : '',
              },
              {
                label: '关联',
                value: i.links.map((l) => `${INCIDENT_LINK_LABELS[l.kind]}：${l.label}`).join('；'),
                wide: true,
              },
            ]
          : []
      }
      history={
        i
          ? [...i.entries].reverse().map((e) => ({
              key: e.id,
              at: e.at,
              title: INCIDENT_ENTRY_LABELS[e.kind],
              actor: e.by,
              detail: `${e.text}${e.nature ? `（${INCIDENT_NATURE_LABELS[e.nature]}）` : ''}`,
              tone: e.kind === 'correction' ? ('blue' as const) : ('gray' as const),
            }))
          : []
      }
    >
      {i ? (
        <>
          <Alert
            style={{ marginTop: 8 }}
            type={i.clock.state === 'on_time' ? 'success' : i.clock.state === 'running' ? 'warning' : 'error'}
            message={
              <Space>
                <ClockTag clock={i.clock} />
                <ClockText clock={i.clock} />
              </Space>
            }
          />
          {i.locked ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
              已上报：登记内容不再修改，更正请登记“更正”。
            </Typography.Paragraph>
          ) : null}
          <Typography.Title level={5} className="drawer-section">
            报告情况（实施条例第六十一条）
          </Typography.Title>
          <Table<IncidentReportView>
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={i.reports}
            locale={{ emptyText: '尚未报告' }}
            columns={[
              {
                title: '报告对象',
                render: (_, x) => `${REPORT_RECIPIENT_LABELS[x.recipient]}：${x.recipientName}`,
              },
              { title: '报告时间', render: (_, x) => tableDateTime(x.reportedAt) },
              { title: '方式', render: (_, x) => REPORT_METHOD_LABELS[x.method] },
              { title: '报告人', dataIndex: 'reportedBy' },
              {
                title: '',
                render: (_, x) => (x.late ? <Tag color="red">迟报</Tag> : <Tag color="green">按时</Tag>),
              },
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            {!done ? (
              <Button type={i.status === 'open' ? 'primary' : 'default'} onClick={() => setDialog('report')}>
                登记报告
              </Button>
            ) : null}
            {!i.locked ? <Button onClick={() => setDialog('edit')}>修改登记内容</Button> : null}
            {!done
              ? STEPS.map((k) => (
                  <Button key={k} onClick={() => setDialog(k)}>
                    {INCIDENT_ENTRY_LABELS[k]}
                  </Button>
                ))
              : null}
            {hasResult ? <Button onClick={() => setDialog('result_notice')}>处理结果书面告知</Button> : null}
            {i.locked ? <Button onClick={() => setDialog('correction')}>更正</Button> : null}
            <Button onClick={() => setDialog('person')}>关联人员</Button>
            <Button onClick={() => setDialog('thing')}>关联载体或设备</Button>
            {!done ? (
              <Button
                type={i.status === 'reported' && hasResult ? 'primary' : 'default'}
                onClick={() => setDialog('close')}
              >
                结案
              </Button>
            ) : null}
          </Space>
          {dialog === 'report' ? <ReportModal incidentId={i.id} onClose={close} /> : null}
          {dialog === 'edit' ? <EditIncidentModal i={i} onClose={close} /> : null}
          {dialog === 'person' ? <LinkPersonModal incidentId={i.id} onClose={close} /> : null}
          {dialog === 'thing' ? <LinkThingModal incidentId={i.id} onClose={close} /> : null}
          {dialog &&
          dialog !== 'report' &&
          dialog !== 'edit' &&
          dialog !== 'close' &&
          dialog !== 'person' &&
          dialog !== 'thing' ? (
            <EntryModal incidentId={i.id} kind={dialog} onClose={close} />
          ) : null}
          {dialog === 'close' ? (
            <ActionModal
              title="结案"
              channel="incidents:close"
              onClose={close}
              fixed={{ incidentId: i.id }}
              initialValues={{ closedOn: today() }}
              intro={<p>结案须已向两个部门报告，并已登记处理结果及责任追究。</p>}
            >
              <DateItem name="closedOn" label="结案日期" />
            </ActionModal>
          ) : null}
        </>
      ) : null}
    </DetailDrawer>
  );
}
