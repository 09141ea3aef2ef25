// 清点 of the devices or the media, as the carriers' 清点: start one (全部, a department, a 责任人), tick each item
// 在位 / 缺失 / 不符, close with a report; what is missing or discrepant stays open until resolved, and can be
// reported as a 泄密事件 from its row (the incident names the device, whose drawer then shows it).
import { Button, Form, Input, Radio, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import type {
  DeviceFamily,
  DeviceInventoryLineView,
  DeviceInventoryView,
} from '../../../electron/ipc/contract';
import {
  DEVICE_FAMILY_LABELS,
  DEVICE_KIND_LABELS,
  DEVICE_STATUS_LABELS,
  INVENTORY_RESULT_LABELS,
  INVENTORY_STATUS_LABELS,
  LEVEL_LABELS,
  REPORT_CLOCK_LABELS,
} from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import {
  ActionModal,
  DateItem,
  DepartmentSelect,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { OpenIncidentModal } from '../incidents/IncidentForms';

type Result = 'present' | 'missing' | 'discrepant';
const DOMAINS = ['devices', 'persons', 'departments'] as const;

function reportText(v: DeviceInventoryView): string {
  const r = v.report;
  return `应清点 ${r.total} 台（件）：在位 ${r.present}，缺失 ${r.missing}，不符 ${r.discrepant}，未处理差异 ${r.open}`;
}

function StartForm({
  family,
  onDone,
  onClose,
}: {
  family: DeviceFamily;
  onDone: (v: DeviceInventoryView) => void;
  onClose: () => void;
}) {
  return (
    <ActionModal<'devices:inventoryStart', Record<string, unknown>>
      title={`开始清点${DEVICE_FAMILY_LABELS[family]}`}
      channel="devices:inventoryStart"
      initialValues={{ scope: 'all', startedOn: today() }}
      toInput={(v) => ({
        family,
        scope: v.scope as 'all',
        departmentId: v.departmentId as number | undefined,
        custodianId: v.custodianId as number | undefined,
        startedOn: (v.startedOn as string | undefined) ?? '',
        note: v.note as string | undefined,
      })}
      onDone={onDone}
      onClose={onClose}
      submitText="开始清点"
    >
      <Form.Item name="scope" label="清点范围">
        <Radio.Group
          options={[
            { value: 'all', label: `全部${DEVICE_FAMILY_LABELS[family]}` },
            { value: 'department', label: '按部门' },
            { value: 'custodian', label: '按责任人' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue('scope') === 'department' ? (
            <Form.Item name="departmentId" label="部门">
              <DepartmentSelect />
            </Form.Item>
          ) : f.getFieldValue('scope') === 'custodian' ? (
            <Form.Item name="custodianId" label="责任人">
              <PersonPicker />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <DateItem name="startedOn" label="清点日期" required />
      <TextField name="note" label="备注" />
    </ActionModal>
  );
}

function CloseForm({
  inv,
  onDone,
  onClose,
}: {
  inv: DeviceInventoryView;
  onDone: (v: DeviceInventoryView) => void;
  onClose: () => void;
}) {
  return (
    <ActionModal<'devices:inventoryClose', Record<string, unknown>>
      title={`结束清点：${inv.scopeLabel}`}
      channel="devices:inventoryClose"
      initialValues={{ closedOn: today(), markUncheckedMissing: false }}
      toInput={(v) => ({
        inventoryId: inv.id,
        closedOn: v.closedOn as string,
        markUncheckedMissing: v.markUncheckedMissing as boolean,
        note: v.note as string | undefined,
      })}
      onDone={onDone}
      onClose={onClose}
      submitText="结束并生成报告"
    >
      <p>{reportText(inv)}</p>
      <DateItem name="closedOn" label="结束日期" required />
      <Form.Item name="markUncheckedMissing" label="未勾选的">
        <Radio.Group
          options={[
            { value: false, label: '须全部勾选后才能结束' },
            { value: true, label: '记为缺失' },
          ]}
        />
      </Form.Item>
      <TextField name="note" label="清点报告说明" area />
    </ActionModal>
  );
}

function Lines({ inv, onClose }: { inv: DeviceInventoryView; onClose: () => void }) {
  const loaded = useLoad('devices:inventory', { id: inv.id, pageSize: 500 }, [...DOMAINS]);
  const [checkError, setCheckError] = useState<string | null>(null);
  const check = async (lines: { lineId: number; result: Result }[]) => {
    const r = await call('devices:inventoryCheck', { inventoryId: inv.id, lines });
    setCheckError(r.ok ? null : r.error.message);
  };
  const rows = loaded.value?.lines.rows ?? [];
  const pending = rows.filter((l) => l.result === 'pending');
  const open = inv.status === 'open';
  return (
    <>
      <ErrorNote message={checkError ?? loaded.error} />
      {open ? (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={onClose}>
            结束清点
          </Button>
          <Button
            disabled={!pending.length}
            onClick={() => void check(pending.map((l) => ({ lineId: l.id, result: 'present' })))}
          >
            未清点的全部记为在位（{pending.length}）
          </Button>
        </Space>
      ) : null}
      <Table<DeviceInventoryLineView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '保密编号', dataIndex: 'deviceNo', width: 110 },
          { title: '类型', width: 90, render: (_, l) => DEVICE_KIND_LABELS[l.kind] },
          { title: '密级', width: 60, render: (_, l) => (l.level ? LEVEL_LABELS[l.level] : '') },
          { title: '品牌型号', dataIndex: 'brandModel', ellipsis: true },
          {
            title: '应在',
            width: 150,
            render: (_, l) => [l.expectedHolder, l.expectedLocation].filter(Boolean).join(' · '),
          },
          { title: '登记状态', width: 90, render: (_, l) => DEVICE_STATUS_LABELS[l.expectedStatus] },
          {
            title: '清点结果',
            width: 230,
            render: (_, l) =>
              open ? (
                <Radio.Group
                  aria-label={`${l.deviceNo} 清点结果`}
                  value={l.result === 'pending' ? undefined : l.result}
                  onChange={(e) => void check([{ lineId: l.id, result: e.target.value as Result }])}
                  options={(['present', 'missing', 'discrepant'] as const).map((k) => ({
                    value: k,
                    label: INVENTORY_RESULT_LABELS[k],
                  }))}
                />
              ) : (
                INVENTORY_RESULT_LABELS[l.result]
              ),
          },
        ]}
      />
    </>
  );
}

/** The discrepancy's incident (linked to the device), or the button that opens one. */
function ReportAsIncident({ line }: { line: DeviceInventoryLineView }) {
  const linked = useLoad('incidents:of', { kind: 'device', refId: line.deviceId }, ['incidents', 'devices']);
  const [opening, setOpening] = useState(false);
  const incident = linked.value?.[0];
  if (incident) {
    return (
      <Tag
        color="red"
        style={{ cursor: 'pointer' }}
        title={`${incident.title}：${REPORT_CLOCK_LABELS[incident.clock.state]}`}
        onClick={() => navigate('reg/incidents')}
      >
        已按泄密事件报告
      </Tag>
    );
  }
  const what = `${DEVICE_KIND_LABELS[line.kind]} ${line.deviceNo}`;
  return (
    <>
      <Button size="small" danger onClick={() => setOpening(true)}>
        按泄密事件报告
      </Button>
      {opening ? (
        <OpenIncidentModal
          onClose={() => setOpening(false)}
          initial={{
            title: `${line.level ? LEVEL_LABELS[line.level] : ''}${what} 清点${INVENTORY_RESULT_LABELS[line.result]}`,
            discoveryHow: `清点时发现${what}${INVENTORY_RESULT_LABELS[line.result]}（应由${line.expectedHolder ?? '本单位'}保管）${line.note ? `：${line.note}` : ''}`,
            ...(line.level ? { level: line.level } : {}),
          }}
          links={[{ kind: 'device', refId: line.deviceId, label: `清点差异：${what}` }]}
        />
      ) : null}
    </>
  );
}

function Discrepancies({ family }: { family: DeviceFamily }) {
  const rows = useLoad('devices:discrepancies', { family, pageSize: 500 }, [...DOMAINS]).value?.rows ?? [];
  const [resolving, setResolving] = useState<DeviceInventoryLineView | null>(null);
  return (
    <>
      <Typography.Title level={5} className="drawer-section">
        未处理的差异（{rows.length}）
      </Typography.Title>
      <Table<DeviceInventoryLineView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '没有未处理的差异。' }}
        columns={[
          { title: '保密编号', dataIndex: 'deviceNo', width: 110 },
          { title: '类型', width: 90, render: (_, l) => DEVICE_KIND_LABELS[l.kind] },
          {
            title: '结果',
            width: 70,
            render: (_, l) => <Tag color="red">{INVENTORY_RESULT_LABELS[l.result]}</Tag>,
          },
          { title: '说明', dataIndex: 'note' },
          { title: '泄密事件', width: 150, render: (_, l) => <ReportAsIncident line={l} /> },
          {
            title: '',
            width: 80,
            render: (_, l) => (
              <Button size="small" onClick={() => setResolving(l)}>
                处理
              </Button>
            ),
          },
        ]}
      />
      {resolving ? (
        <ActionModal<'devices:inventoryResolve', Record<string, string>>
          title={`处理差异：${resolving.deviceNo}`}
          channel="devices:inventoryResolve"
          initialValues={{ resolvedOn: today() }}
          toInput={(v) => ({
            lineId: resolving.id,
            resolvedOn: v.resolvedOn ?? '',
            resolution: v.resolution ?? '',
          })}
          onClose={() => setResolving(null)}
          submitText="登记处理情况"
        >
          <DateItem name="resolvedOn" label="处理日期" required />
          <Form.Item
            name="resolution"
            label="处理情况"
            rules={[{ required: true, message: '请填写处理情况' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </ActionModal>
      ) : null}
    </>
  );
}

export function DeviceInventoryTab({ family }: { family: DeviceFamily }) {
  const rows = useLoad('devices:inventories', { family, pageSize: 100 }, [...DOMAINS]).value?.rows ?? [];
  // The one the clerk opened, as the list now shows it (its report changes with every tick).
  const [picked, setPicked] = useState<DeviceInventoryView | null>(null);
  const current = picked ? (rows.find((x) => x.id === picked.id) ?? picked) : null;
  const [dialog, setDialog] = useState<'start' | 'close' | null>(null);
  return (
    <div className="inventory-tab">
      <Space className="register-toolbar">
        <Button type="primary" onClick={() => setDialog('start')}>
          开始清点
        </Button>
      </Space>
      <Table<DeviceInventoryView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: `尚无清点记录。${DEVICE_FAMILY_LABELS[family]}应定期逐台（件）清点。` }}
        onRow={(r) => ({
          onClick: () => setPicked(r),
          onKeyDown: (e) => e.key === 'Enter' && setPicked(r),
          tabIndex: 0,
        })}
        rowClassName={(r) => (r.id === current?.id ? 'ant-table-row-selected' : '')}
        columns={[
          { title: '范围', dataIndex: 'scopeLabel' },
          { title: '开始', width: 110, render: (_, r) => tableDate(r.startedOn) },
          { title: '结束', width: 110, render: (_, r) => tableDate(r.closedOn) },
          {
            title: '状态',
            width: 80,
            render: (_, r) =>
              r.status === 'open' ? (
                <Tag color="blue">{INVENTORY_STATUS_LABELS.open}</Tag>
              ) : (
                INVENTORY_STATUS_LABELS.closed
              ),
          },
          { title: '报告', render: (_, r) => reportText(r) },
        ]}
      />
      {current ? (
        <div className="inventory-current">
          <Typography.Title level={5} className="drawer-section">
            {current.scopeLabel}（{tableDate(current.startedOn)}）
            {current.status === 'open' ? '' : ` · ${INVENTORY_STATUS_LABELS.closed}`}
          </Typography.Title>
          <p>{reportText(current)}</p>
          <Lines key={`${current.id}-${current.status}`} inv={current} onClose={() => setDialog('close')} />
        </div>
      ) : null}
      <Discrepancies family={family} />
      {dialog === 'start' ? (
        <StartForm family={family} onClose={() => setDialog(null)} onDone={setPicked} />
      ) : null}
      {dialog === 'close' && current ? (
        <CloseForm
          inv={current}
          onClose={() => setDialog(null)}
          onDone={(v) => {
            setPicked(v);
            void message.success(`清点已结束：${reportText(v)}`);
          }}
        />
      ) : null}
    </div>
  );
}
