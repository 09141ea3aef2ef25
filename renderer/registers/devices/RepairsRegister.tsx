// 维修登记: every repair of the unit's devices (现场维修 with its 旁站陪同人, 送外维修 with the storage kept),
// newest first, server-side paging; a repair is recorded from the device's drawer, and its 审批表 printed there.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DeviceRepairRow } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDate } from '../../i18n/format';
import { REPAIR_MODE_LABELS } from '../../../db/domain/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';

const PAGE = 50;

export function RepairsRegister() {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const { value, error, loading } = useLoad(
    'devices:repairs',
    { page, pageSize: PAGE, ...(open ? { open } : {}) },
    ['devices'],
    true,
  );
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        维修
      </Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Checkbox
          checked={open}
          onChange={(e) => {
            setOpen(e.target.checked);
            setPage(1);
          }}
        >
          只看维修中
        </Checkbox>
      </Space>
      <ErrorNote message={error} />
      <Table<DeviceRepairRow>
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
        locale={{ emptyText: '暂无维修记录。在设备详情中点击「维修」登记现场维修或送外维修。' }}
        columns={[
          { title: '设备编号', dataIndex: 'deviceNo', width: 110 },
          { title: '方式', width: 90, render: (_, r) => REPAIR_MODE_LABELS[r.mode] },
          { title: '故障现象', dataIndex: 'fault' },
          { title: '维修单位', width: 150, render: (_, r) => r.vendor ?? '本单位' },
          {
            title: '旁站陪同/介质保管',
            width: 140,
            render: (_, r) =>
              r.mode === 'onsite' ? (r.escortName ?? '') : `${r.storageKeptBy ?? ''}（已拆除）`,
          },
          { title: '送修', width: 100, render: (_, r) => tableDate(r.startedOn) },
          { title: '完成', width: 100, render: (_, r) => tableDate(r.returnedOn) || '维修中' },
          {
            title: '',
            width: 60,
            render: (_, r) => (
              <Button
                size="small"
                aria-label={`打印 ${r.deviceNo} 维修审批表`}
                icon={<PrinterOutlined />}
                onClick={() => navigate(`print/device-repair-${r.deviceId}`)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
