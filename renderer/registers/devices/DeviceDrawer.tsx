// One device or medium: its fields, its loans and repairs, the whole history as a timeline, and a button for
// every action its state allows. Esc closes the drawer.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { DeviceDetail, DeviceStatus } from '../../../electron/ipc/contract';
import { DetailDrawer } from '../../components/DetailDrawer';
import { tableDate } from '../../i18n/format';
import {
  DEVICE_CLASS_LABELS,
  DEVICE_EVENT_KIND_LABELS,
  DEVICE_KIND_LABELS,
  LEVEL_LABELS,
  REPAIR_MODE_LABELS,
  STORAGE_STATE_LABELS,
} from '../../../db/domain/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import {
  BorrowForm,
  CarryOutForm,
  ChangeForm,
  GiveBackForm,
  IssueForm,
  ReturnForm,
  type DeviceActionProps,
} from './actionForms';
import { classTag, statusTag } from './deviceColumns';
import { BindVolumeForm } from './VolumeField';
import {
  CheckForm,
  DestroyForm,
  DowngradeForm,
  RepairDoneForm,
  RepairForm,
  RetireForm,
  UsageForm,
} from './disposalForms';

type ActionKey =
  | 'issue'
  | 'giveBack'
  | 'borrow'
  | 'carryOut'
  | 'return'
  | 'change'
  | 'repair'
  | 'repairDone'
  | 'retire'
  | 'destroy'
  | 'downgrade'
  | 'usage'
  | 'check'
  | 'bindVolume';

// not labels: the drawer's buttons, keyed by its own actions.
const BUTTONS: Record<ActionKey, string> = {
  issue: '领用',
  giveBack: '归还入库',
  borrow: '借用',
  carryOut: '携带外出',
  return: '返回检查',
  change: '变更',
  repair: '维修',
  repairDone: '维修完成',
  retire: '报废',
  destroy: '销毁',
  downgrade: '降密/转为非涉密',
  usage: '使用登记',
  check: '定期检查',
  bindVolume: '绑定卷标识',
};

/** What each state allows; the core checks again. */
const ALLOWED: Record<DeviceStatus, ActionKey[]> = {
  in_stock: [
    'issue',
    'borrow',
    'carryOut',
    'change',
    'repair',
    'usage',
    'check',
    'retire',
    'downgrade',
    'bindVolume',
  ],
  in_use: [
    'giveBack',
    'borrow',
    'carryOut',
    'change',
    'repair',
    'usage',
    'check',
    'retire',
    'downgrade',
    'bindVolume',
  ],
  on_loan: ['return', 'usage'],
  carried_out: ['return', 'usage'],
  in_repair: ['repairDone'],
  retired: ['destroy', 'change', 'check'],
  destroyed: [],
};

const FORMS: Record<Exclude<ActionKey, 'giveBack'>, (p: DeviceActionProps) => ReactNode> = {
  issue: IssueForm,
  borrow: BorrowForm,
  carryOut: CarryOutForm,
  return: ReturnForm,
  change: ChangeForm,
  repair: RepairForm,
  repairDone: RepairDoneForm,
  retire: RetireForm,
  destroy: DestroyForm,
  downgrade: DowngradeForm,
  usage: UsageForm,
  check: CheckForm,
  bindVolume: BindVolumeForm,
};

const yes = (b: boolean) => (b ? '是' : '否');

/** The paper forms this item has something to print on. */
function printsOf(d: DeviceDetail) {
  const has = (k: string) => d.events.some((e) => e.kind === k);
  const last = d.repairs.at(-1);
  return [
    last
      ? {
          key: `print/device-repair-${d.id}`,
          label: last.mode === 'outside' ? '送外维修审批表' : '设备维修审批表',
        }
      : null,
    has('borrow') ? { key: `print/device-borrow-${d.id}`, label: '借用审批表/登记表' } : null,
    has('carry_out') ? { key: `print/device-carryout-${d.id}`, label: '携带外出审批表' } : null,
    has('retire') ? { key: `print/device-destroy-${d.id}`, label: '报废/销毁审批表及清单' } : null,
    { key: `print/device-usage-${d.id}`, label: '使用登记簿' },
  ].filter((x): x is { key: string; label: string } => x !== null);
}

function fieldsOf(d: DeviceDetail) {
  const medium = d.family === 'medium';
  return [
    { label: '保密编号', value: d.deviceNo },
    { label: '类型', value: DEVICE_KIND_LABELS[d.kind] },
    { label: '密级/类别', value: classTag(d) },
    { label: '状态', value: statusTag(d) },
    { label: '品牌型号', value: d.brandModel },
    { label: medium ? '序列号/唯一标识' : '序列号', value: d.serialNo },
    ...(medium
      ? [
          { label: '容量', value: d.capacity },
          { label: '卷标识', value: d.volumeId ?? '未绑定' },
          { label: '曾存储最高密级', value: d.maxWrittenLevel ? LEVEL_LABELS[d.maxWrittenLevel] : '无' },
        ]
      : [
          { label: '资产编号', value: d.assetNo },
          { label: '硬盘序列号', value: d.diskSerials.join('、') || '无' },
          { label: '存储部件', value: STORAGE_STATE_LABELS[d.storageState] },
          { label: 'MAC地址', value: d.mac },
          { label: '操作系统', value: [d.os, tableDate(d.osInstalledOn)].filter(Boolean).join(' ') },
          { label: '启用日期', value: tableDate(d.enabledOn) },
          { label: '接入涉密网', value: yes(d.secretNetwork) },
          { label: '三合一/违规外联监控', value: yes(d.monitorInstalled) },
          { label: '接入互联网', value: yes(d.onInternet) },
          { label: '位置/房间', value: d.location },
        ]),
    { label: '责任人', value: d.custodianName ?? '（在库）' },
    { label: '使用部门', value: d.department },
    { label: '用途', value: d.purpose },
    { label: '涉密/非涉密', value: DEVICE_CLASS_LABELS[d.class] },
    ...(d.holderName
      ? [
          {
            label: '借用/携带人',
            value: `${d.holderName}（应还 ${tableDate(d.dueOn)}${d.overdue ? '，已逾期' : ''}）`,
          },
        ]
      : []),
    { label: '登记日期', value: tableDate(d.registeredOn) },
    ...(d.notes ? [{ label: '备注', value: d.notes, wide: true }] : []),
  ];
}

export function DeviceDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { value: d, error, loading } = useLoad('devices:get', id ? { id } : null, ['devices', 'persons']);
  const [action, setAction] = useState<ActionKey | null>(null);
  const close = () => setAction(null);
  const Form = action && action !== 'giveBack' ? FORMS[action] : null;
  return (
    <DetailDrawer
      open={id !== null}
      title={d ? `${d.deviceNo} ${DEVICE_KIND_LABELS[d.kind]}` : '设备/介质'}
      loading={loading && !d}
      error={error}
      onClose={onClose}
      fields={d ? fieldsOf(d) : []}
      extra={
        d ? (
          <Space wrap size={4} style={{ maxWidth: 420, justifyContent: 'flex-end' }}>
            <Dropdown menu={{ items: printsOf(d), onClick: (e) => navigate(e.key) }}>
              <Button size="small" icon={<PrinterOutlined />}>
                打印
              </Button>
            </Dropdown>
            {ALLOWED[d.status]
              .filter((k) => k !== 'bindVolume' || d.family === 'medium')
              .map((k) => (
                <Button key={k} size="small" danger={k === 'destroy'} onClick={() => setAction(k)}>
                  {BUTTONS[k]}
                </Button>
              ))}
          </Space>
        ) : null
      }
      history={(d?.events ?? [])
        .slice()
        .reverse()
        .map((e) => ({
          key: e.id,
          at: e.on,
          title: DEVICE_EVENT_KIND_LABELS[e.kind],
          detail: e.counterpart,
          tone:
            e.kind === 'destroy' ? 'red' : e.kind === 'return' || e.kind === 'repair_done' ? 'green' : 'gray',
        }))}
    >
      {d?.movements.length ? (
        <>
          <Typography.Title level={5} className="drawer-section">
            借用与携带外出
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={d.movements}
            columns={[
              { title: '事项', render: (_, m) => DEVICE_EVENT_KIND_LABELS[m.kind], width: 80 },
              { title: '人员', dataIndex: 'personName', width: 80 },
              { title: '起', render: (_, m) => tableDate(m.startedOn), width: 100 },
              { title: '应还', render: (_, m) => tableDate(m.dueOn), width: 100 },
              { title: '返回', render: (_, m) => tableDate(m.returnedOn), width: 100 },
              { title: '检查人', dataIndex: 'checkerName', width: 80 },
              { title: '检查情况', dataIndex: 'checkResult' },
            ]}
          />
        </>
      ) : null}
      {d?.repairs.length ? (
        <>
          <Typography.Title level={5} className="drawer-section">
            维修记录
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={d.repairs}
            columns={[
              { title: '方式', render: (_, r) => REPAIR_MODE_LABELS[r.mode], width: 80 },
              { title: '故障', dataIndex: 'fault' },
              { title: '旁站陪同/保管', render: (_, r) => r.escortName ?? r.storageKeptBy ?? '', width: 110 },
              { title: '送修', render: (_, r) => tableDate(r.startedOn), width: 100 },
              { title: '完成', render: (_, r) => tableDate(r.returnedOn), width: 100 },
            ]}
          />
        </>
      ) : null}
      {d && Form ? <Form device={d} onClose={close} /> : null}
      {d && action === 'giveBack' ? <GiveBackForm devices={[d]} onClose={close} /> : null}
    </DetailDrawer>
  );
}
