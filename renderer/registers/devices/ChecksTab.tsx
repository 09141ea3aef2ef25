// 定期检查: each classified device with its last 保密检查, 病毒查杀 and 审计日志查看 and when the next is due by the
// unit's schedule (overdue in red, as the home-page reminder counts them); a check is signed from its row, and
// the schedule itself is set here.
import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { DeviceCheckDue, DeviceCheckScheduleRow } from '../../../electron/ipc/contract';
import type { DeviceCheckKind } from '../../../db/domain/vocab';
import { DEVICE_CHECK_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';
import { ActionModal, DepartmentSelect } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { CheckForm } from './disposalForms';

const PAGE = 50;

function DueCell({ c, onSign }: { c: DeviceCheckDue; onSign: () => void }) {
  return (
    <Space size={4} direction="vertical">
      <span>上次：{c.lastOn ? tableDate(c.lastOn) : '从未检查'}</span>
      <Space size={4}>
        {c.overdue ? (
          <Tag color="red">逾期 应于 {tableDate(c.dueOn)}</Tag>
        ) : (
          <span>下次：{tableDate(c.dueOn)}</span>
        )}
        <Button size="small" type={c.overdue ? 'primary' : 'default'} onClick={onSign}>
          登记
        </Button>
      </Space>
    </Space>
  );
}

function ScheduleForm({ onClose }: { onClose: () => void }) {
  const s = useLoad('devices:settings', {}, ['devices', 'settings']).value;
  if (!s) return null;
  return (
    <ActionModal<'devices:updateSettings'>
      title="定期检查周期、使用登记保存年限与介质写入检查"
      channel="devices:updateSettings"
      initialValues={{ ...s, mediaCheckReason: s.mediaCheckReason ?? undefined }}
      onClose={onClose}
      width={520}
    >
      {(['secrecy', 'antivirus', 'audit_log'] as const).map((k) => (
        <Form.Item key={k} name={['checkMonths', k]} label={`${DEVICE_CHECK_KIND_LABELS[k]}（每几个月一次）`}>
          <InputNumber min={1} max={24} addonAfter="个月" />
        </Form.Item>
      ))}
      <Form.Item name="usageRetentionYears" label="使用登记保存年限（不少于 5 年）">
        <InputNumber min={5} max={100} addonAfter="年" />
      </Form.Item>
      <Form.Item name="mediaCheck" label="写入未登记或不相符的移动存储介质时">
        <Radio.Group
          options={[
            { value: 'refuse', label: '拒绝写入' },
            { value: 'warn', label: '警告并记入审计日志' },
          ]}
        />
      </Form.Item>
      <Form.Item name="mediaCheckReason" label="改为警告的原因">
        <Input placeholder="如：本单位介质尚未全部登记" maxLength={200} />
      </Form.Item>
    </ActionModal>
  );
}

export function ChecksTab() {
  const [page, setPage] = useState(1);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [signing, setSigning] = useState<{ row: DeviceCheckScheduleRow; kind: DeviceCheckKind } | null>(null);
  const [settings, setSettings] = useState(false);
  const { value, error, loading } = useLoad(
    'devices:checkSchedule',
    {
      page,
      pageSize: PAGE,
      ...(overdueOnly ? { overdueOnly } : {}),
      ...(departmentId ? { departmentId } : {}),
    },
    ['devices', 'settings', 'departments'],
    true,
  );
  const checkColumn = (k: DeviceCheckKind, i: number) => ({
    title: DEVICE_CHECK_KIND_LABELS[k],
    width: 190,
    render: (_: unknown, r: DeviceCheckScheduleRow) => {
      const c = r.checks[i] as DeviceCheckDue;
      return <DueCell c={c} onSign={() => setSigning({ row: r, kind: k })} />;
    },
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <DepartmentSelect
          allowClear
          aria-label="部门"
          placeholder="部门"
          style={{ width: 140 }}
          value={departmentId}
          onChange={(v) => {
            setDepartmentId(v ?? undefined);
            setPage(1);
          }}
        />
        <Checkbox
          checked={overdueOnly}
          onChange={(e) => {
            setOverdueOnly(e.target.checked);
            setPage(1);
          }}
        >
          只看逾期
        </Checkbox>
        <Button icon={<SettingOutlined />} onClick={() => setSettings(true)}>
          检查周期
        </Button>
      </Space>
      <ErrorNote message={error} />
      <Table<DeviceCheckScheduleRow>
        size="small"
        bordered
        rowKey="deviceId"
        loading={loading}
        dataSource={value?.rows ?? []}
        scroll={{ y: 460 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: value?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 台`,
        }}
        locale={{
          emptyText: overdueOnly ? '没有逾期未检查的涉密计算机。' : '尚未登记在用或在库的涉密计算机及设备。',
        }}
        columns={[
          { title: '保密编号', dataIndex: 'deviceNo', width: 110 },
          { title: '密级', width: 60, render: (_, r) => (r.level ? LEVEL_LABELS[r.level] : '') },
          { title: '责任人', width: 90, render: (_, r) => r.custodianName ?? '' },
          {
            title: '部门/位置',
            width: 130,
            render: (_, r) => [r.department, r.location].filter(Boolean).join(' '),
          },
          checkColumn('secrecy', 0),
          checkColumn('antivirus', 1),
          checkColumn('audit_log', 2),
        ]}
      />
      {signing ? (
        <CheckForm
          device={{ id: signing.row.deviceId, deviceNo: signing.row.deviceNo }}
          kind={signing.kind}
          onClose={() => setSigning(null)}
        />
      ) : null}
      {settings ? <ScheduleForm onClose={() => setSettings(false)} /> : null}
    </>
  );
}
