// 清点: start one for everything, a department or a custodian; tick each copy 在位 / 缺失 / 不符; close it
// with a report; discrepancies stay open until resolved.
import { Button, Form, Input, Radio, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useCallback, useState } from 'react';
import type { InventoryLineView, InventoryView } from '../../../electron/ipc/contract';
import { ActionModal, DateItem, TextField, today } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import {
  INVENTORY_RESULT_LABELS,
  INVENTORY_SCOPE_LABELS,
  INVENTORY_STATUS_LABELS,
} from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { DiscrepancyIncident } from '../incidents/DiscrepancyIncident';
import { InventoryLines } from './InventoryLines';

function reportText(v: InventoryView): string {
  const r = v.report;
  return `应清点 ${r.total} 份：在位 ${r.present}，缺失 ${r.missing}，不符 ${r.discrepant}，未处理差异 ${r.open}`;
}

function StartForm({ onDone, onClose }: { onDone: (v: InventoryView) => void; onClose: () => void }) {
  const custodians = useLoad('carriers:custodians', {}, ['carriers', 'persons']).value ?? [];
  return (
    <ActionModal<'inventory:start', Record<string, string>>
      title="开始清点"
      channel="inventory:start"
      initialValues={{ scope: 'all', startedOn: today() }}
      toInput={(v) => ({
        scope: v.scope as 'all',
        department: v.department,
        custodianKey: v.custodianKey,
        startedOn: v.startedOn ?? '',
        note: v.note,
      })}
      onDone={onDone}
      onClose={onClose}
      submitText="开始清点"
    >
      <Form.Item name="scope" label="清点范围">
        <Radio.Group options={optionsOf(INVENTORY_SCOPE_LABELS)} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue('scope') === 'department' ? (
            <Form.Item name="department" label="部门">
              <Select
                options={[...new Set(custodians.map((c) => c.department))].map((d) => ({
                  value: d,
                  label: d,
                }))}
              />
            </Form.Item>
          ) : f.getFieldValue('scope') === 'custodian' ? (
            <Form.Item name="custodianKey" label="保管人">
              <Select
                options={custodians.map((c) => ({ value: c.key, label: `${c.name}（${c.department}）` }))}
              />
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
  inv: InventoryView;
  onDone: (v: InventoryView) => void;
  onClose: () => void;
}) {
  return (
    <ActionModal<'inventory:close', Record<string, unknown>>
      title={`结束清点：${inv.scopeLabel}`}
      channel="inventory:close"
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
      <Form.Item name="markUncheckedMissing" label="未勾选的份">
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

function Discrepancies() {
  const rows = useLoad('inventory:discrepancies', { pageSize: 500 }, ['inventory']).value?.rows ?? [];
  const [resolving, setResolving] = useState<InventoryLineView | null>(null);
  return (
    <>
      <Typography.Title level={5} className="drawer-section">
        未处理的差异（{rows.length}）
      </Typography.Title>
      <Table<InventoryLineView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '没有未处理的差异。' }}
        columns={[
          { title: '编号', dataIndex: 'carrierNo', width: 130 },
          { title: '名称', dataIndex: 'name', ellipsis: true },
          { title: '份号', dataIndex: 'copyText', width: 60 },
          {
            title: '结果',
            width: 70,
            render: (_, l) => <Tag color="red">{INVENTORY_RESULT_LABELS[l.result]}</Tag>,
          },
          { title: '说明', dataIndex: 'note', width: 140 },
          {
            title: '泄密事件',
            width: 150,
            render: (_, l) => <DiscrepancyIncident line={l} />,
          },
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
        <ActionModal<'inventory:resolve', Record<string, string>>
          title={`处理差异：${resolving.carrierNo} 第${resolving.copyNo}份`}
          channel="inventory:resolve"
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

/** The 清点 the clerk last opened: kept while the app runs, so leaving the tab and coming back reopens it. */
let lastOpened: number | null = null;

export function InventoryTab() {
  const listed = useLoad('inventory:list', { pageSize: 100 }, ['inventory']).value;
  const rows = listed?.rows ?? [];
  // A mark's own answer carries the new report: shown at once, until the list read after that write arrives
  // (the count no longer waits for a second round trip, nor for the page of lines drawn before it).
  const [marked, setMarked] = useState<{ view: InventoryView; over: typeof listed } | null>(null);
  const onChecked = useCallback((view: InventoryView) => setMarked({ view, over: listed }), [listed]);
  // The one the clerk opened, as the list now shows it (its report changes with every tick).
  const [picked, setPicked] = useState<InventoryView | null>(null);
  const setCurrent = (v: InventoryView) => {
    lastOpened = v.id;
    setPicked(v);
  };
  // Coming back to the tab (or from a reminder) reopens the 清点 the clerk was at, else the running one.
  const listedCurrent = picked
    ? (rows.find((x) => x.id === picked.id) ?? picked)
    : (rows.find((x) => x.id === lastOpened) ?? rows.find((x) => x.status === 'open') ?? null);
  const current =
    marked && marked.over === listed && marked.view.id === listedCurrent?.id ? marked.view : listedCurrent;
  const [dialog, setDialog] = useState<'start' | 'close' | null>(null);
  return (
    <div className="inventory-tab">
      <Space className="register-toolbar">
        <Button type="primary" onClick={() => setDialog('start')}>
          开始清点
        </Button>
      </Space>
      <Table<InventoryView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '尚无清点记录。按单位设置的频率（默认每月）清点一次。' }}
        onRow={(r) => ({
          onClick: () => setCurrent(r),
          onKeyDown: (e) => e.key === 'Enter' && setCurrent(r),
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
          {
            title: '',
            width: 80,
            render: (_, r) => (
              <Button size="small" onClick={() => setCurrent(r)}>
                打开
              </Button>
            ),
          },
        ]}
      />
      {current ? (
        <div className="inventory-current">
          <Typography.Title level={5} className="drawer-section">
            {current.scopeLabel}（{tableDate(current.startedOn)}）
            {current.status === 'open' ? '' : ` · ${INVENTORY_STATUS_LABELS.closed}`}
          </Typography.Title>
          <p>{reportText(current)}</p>
          <InventoryLines
            key={`${current.id}-${current.status}`}
            inv={current}
            onClose={() => setDialog('close')}
            onChecked={onChecked}
          />
        </div>
      ) : null}
      <Discrepancies />
      {dialog === 'start' ? <StartForm onClose={() => setDialog(null)} onDone={setCurrent} /> : null}
      {dialog === 'close' && current ? (
        <CloseForm
          inv={current}
          onClose={() => setDialog(null)}
          onDone={(v) => {
            setCurrent(v);
            void message.success(`清点已结束：${reportText(v)}`);
          }}
        />
      ) : null}
    </div>
  );
}
