// 涉密计算机及设备 and 涉密移动存储介质: one register page per family on RegisterTable (server-side paging,
// header filters, 部门/责任人/逾期 above, search of 编号/型号/序列号/责任人); ticking rows offers 批量归还.
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space, Tabs, Typography, message } from 'antd';
import { useState, type Key } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DeviceFamily, DeviceRow } from '../../../electron/ipc/contract';
import { DepartmentSelect, PersonPicker } from '../../components/forms';
import { RegisterTable } from '../../components/RegisterTable';
import { navigate } from '../../shell/route';
import { useDevices, useMedia } from '../../stores/devices.store';
import { ImportButton } from '../xlsx/ImportButton';
import { GiveBackForm } from './actionForms';
import { ChecksTab } from './ChecksTab';
import { HostOffer } from './HostOffer';
import { DeviceInventoryTab } from './DeviceInventoryTab';
import { deviceColumns } from './deviceColumns';
import { DeviceDrawer } from './DeviceDrawer';
import { RegisterForm } from './RegisterForm';
import { viewTab } from '../../shell/view';

const COLUMNS = { device: deviceColumns('device'), medium: deviceColumns('medium') };

function DeviceLedger({ family }: { family: DeviceFamily }) {
  const store = family === 'medium' ? useMedia : useDevices;
  const { query } = store(useShallow((s) => ({ query: s.query })));
  const setQuery = store((s) => s.setQuery);
  const [openId, setOpenId] = useState<number | null>(null);
  const [selected, setSelected] = useState<Key[]>([]);
  const [rows, setRows] = useState<DeviceRow[]>([]);
  const [dialog, setDialog] = useState<'register' | 'giveBack' | null>(null);
  const filter = (key: string, value: string | undefined) =>
    void setQuery({ filters: { ...query.filters, [key]: value } });
  const medium = family === 'medium';
  return (
    <>
      {medium ? null : (
        <HostOffer
          onDone={(d) => {
            void message.success(`已登记本机 ${d.deviceNo}。`);
            setOpenId(d.id);
          }}
        />
      )}
      <RegisterTable<DeviceRow>
        registerId={medium ? 'classified_media' : 'classified_devices'}
        columns={COLUMNS[family]}
        rowKey={(r) => r.id}
        store={store}
        searchPlaceholder="编号、型号、序列号或责任人"
        emptyText={
          medium
            ? '尚未登记任何存储介质。单位统一配发的U盘、移动硬盘、光盘、存储卡应逐个登记。'
            : '尚未登记任何设备。涉密计算机、办公自动化设备、安全保密产品以及非涉密、互联网计算机都应逐台登记。'
        }
        onOpen={(r) => setOpenId(r.id)}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys),
          columnWidth: 40,
        }}
        toolbar={
          <Space wrap>
            <DepartmentSelect
              allowClear
              aria-label="部门"
              placeholder="部门"
              style={{ width: 140 }}
              value={query.filters.departmentId ? Number(query.filters.departmentId) : undefined}
              onChange={(v) => filter('departmentId', v ? String(v) : undefined)}
            />
            <PersonPicker
              allowClear
              aria-label="责任人"
              placeholder="责任人"
              style={{ width: 160 }}
              value={query.filters.custodianId ? Number(query.filters.custodianId) : undefined}
              onChange={(v) => filter('custodianId', v ? String(v) : undefined)}
            />
            <Checkbox
              checked={query.filters.overdue === 'yes'}
              onChange={(e) => filter('overdue', e.target.checked ? 'yes' : undefined)}
            >
              逾期未还
            </Checkbox>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('register')}>
              登记
            </Button>
            <ImportButton
              register={medium ? 'media' : 'devices'}
              title={medium ? '涉密存储介质台账' : '涉密计算机和设备台账'}
            />
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(medium ? 'print/device-media' : 'print/device-ledger')}
            >
              {medium ? '打印存储介质台账' : '打印涉密计算机台账'}
            </Button>
            {medium ? (
              <Button icon={<PrinterOutlined />} onClick={() => navigate('print/device-loans')}>
                打印借用登记表
              </Button>
            ) : null}
            {selected.length ? (
              <>
                <span>已选 {selected.length} 件</span>
                <Button
                  onClick={() => {
                    const all = Object.values(store.getState().blocks).flat();
                    const picked = all.filter((r) => selected.includes(r.id) && r.status === 'in_use');
                    if (!picked.length) return void message.info('所选项目中没有在用（已领用）的。');
                    setRows(picked);
                    setDialog('giveBack');
                  }}
                >
                  批量归还
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <DeviceDrawer id={openId} onClose={() => setOpenId(null)} />
      {dialog === 'register' ? (
        <RegisterForm
          family={family}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            void message.success(`已登记 ${d.deviceNo}。`);
            setOpenId(d.id);
          }}
        />
      ) : null}
      {dialog === 'giveBack' ? (
        <GiveBackForm
          devices={rows}
          onClose={() => {
            setDialog(null);
            setSelected([]);
          }}
        />
      ) : null}
    </>
  );
}

export function DevicesRegister() {
  // A reminder's 前往处理 opens the tab that resolves it (the 清点 with its discrepancies).
  const [tab, setTab] = useState(() => viewTab('classified_devices') ?? 'ledger');
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        涉密计算机及设备
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'ledger', label: '台账', children: <DeviceLedger family="device" /> },
          { key: 'checks', label: '定期检查', children: <ChecksTab /> },
          { key: 'inventory', label: '清点', children: <DeviceInventoryTab family="device" /> },
        ]}
      />
    </div>
  );
}

export function MediaRegister() {
  const [tab, setTab] = useState(() => viewTab('classified_media') ?? 'ledger');
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        涉密移动存储介质
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'ledger', label: '台账', children: <DeviceLedger family="medium" /> },
          { key: 'inventory', label: '清点', children: <DeviceInventoryTab family="medium" /> },
        ]}
      />
    </div>
  );
}
