// 使用登记簿: every usage entry of the shared devices and media, newest first, over a period (server-side
// paging); entries are made from a device's drawer (使用登记).
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DeviceUsageView } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { DateInput } from '../../components/forms';
import { ImportButton } from '../xlsx/ImportButton';

const PAGE = 50;

export function UsageRegister() {
  const [page, setPage] = useState(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { value, error, loading } = useLoad(
    'devices:usage',
    { page, pageSize: PAGE, ...(from ? { from } : {}), ...(to ? { to } : {}) },
    ['devices'],
    true,
  );
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        使用登记
      </Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <span>起</span>
        <DateInput aria-label="起始日期" value={from} onChange={(v) => (setFrom(v ?? ''), setPage(1))} />
        <span>止</span>
        <DateInput aria-label="截止日期" value={to} onChange={(v) => (setTo(v ?? ''), setPage(1))} />
        <Button icon={<PrinterOutlined />} onClick={() => navigate('print/device-usage')}>
          打印使用登记簿
        </Button>
        <ImportButton register="usage" title="涉密计算机使用登记" />
      </Space>
      <ErrorNote message={error} />
      <Table<DeviceUsageView>
        size="small"
        bordered
        rowKey="id"
        loading={loading}
        dataSource={value?.rows ?? []}
        scroll={{ y: 460 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: value?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 条`,
        }}
        locale={{ emptyText: '暂无使用登记。在设备或介质的详情中点击「使用登记」记录每次使用。' }}
        columns={[
          { title: '设备/介质编号', dataIndex: 'deviceNo', width: 120 },
          { title: '使用人', dataIndex: 'userName', width: 90 },
          { title: '开始', dataIndex: 'startedAt', width: 140 },
          { title: '结束', dataIndex: 'endedAt', width: 140 },
          { title: '工作内容', dataIndex: 'purpose' },
          { title: '最高密级', width: 80, render: (_, u) => (u.maxLevel ? LEVEL_LABELS[u.maxLevel] : '') },
          { title: '打印', dataIndex: 'prints', width: 60, align: 'right' },
          { title: '刻录', dataIndex: 'burns', width: 60, align: 'right' },
          { title: '导入', dataIndex: 'imports', width: 60, align: 'right' },
          { title: '导出', dataIndex: 'exports', width: 60, align: 'right' },
        ]}
      />
    </div>
  );
}
