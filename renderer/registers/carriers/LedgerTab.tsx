// 涉密载体台账: filters (密级, 状态, 类别 and 到期 in the columns; 部门 and 保管人 above), search of 名称/文号,
// sort, server-side paging; ticking rows offers the batch actions the core has (销毁 as one batch, 归还).
import { DownloadOutlined, PlusOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal, Select, Space, message } from 'antd';
import { useState, type Key } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CarrierDetail, CarrierRow, CopyStatus } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { today } from '../../components/forms';
import { RegisterTable } from '../../components/RegisterTable';
import { navigate, useRoute } from '../../shell/route';
import { listFilters, useCarriers } from '../../stores/carriers.store';
import { useLoad } from '../../stores/load';
import { CARRIER_COLUMNS } from './carrierColumns';
import { CarrierDrawer } from './CarrierDrawer';
import { DestroyForm } from './DestroyForm';
import { ExportDialog } from './ExportDialog';
import { ImportButton } from '../xlsx/ImportButton';
import { RegisterForm } from './RegisterForm';
import { SettingsForm } from './SettingsForm';
import { toastError } from '../../components/toast';

const OUT: CopyStatus[] = ['on_loan', 'carried_out'];

async function details(ids: Key[]): Promise<CarrierDetail[]> {
  const out: CarrierDetail[] = [];
  for (const id of ids) {
    const r = await call('carriers:get', { id: Number(id) });
    if (r.ok) out.push(r.value);
  }
  return out;
}

export function LedgerTab() {
  const { query, total } = useCarriers(useShallow((s) => ({ query: s.query, total: s.total })));
  const setQuery = useCarriers((s) => s.setQuery);
  const custodians = useLoad('carriers:custodians', {}, ['carriers', 'persons', 'departments']).value ?? [];
  const [openId, setOpenId] = useState<number | null>(null);
  const [selected, setSelected] = useState<Key[]>([]);
  const [dialog, setDialog] = useState<'register' | 'export' | 'settings' | null>(null);
  const [destroying, setDestroying] = useState<CarrierDetail[] | null>(null);
  // `reg/carriers/17` (Ctrl+K found the carrier): its drawer opens over the register.
  const routed = Number(useRoute().split('/')[2]) || null;

  const filter = (key: 'department' | 'custodian', value: string | undefined) =>
    void setQuery({ filters: { ...query.filters, [key]: value } });
  const departments = [...new Set(custodians.map((c) => c.department))];

  const batchReturn = async () => {
    const out = (await details(selected))
      .map((c) => ({ c, copyNos: c.copies.filter((k) => OUT.includes(k.status)).map((k) => k.copyNo) }))
      .filter((x) => x.copyNos.length);
    if (!out.length) return void message.info('所选载体没有借出或外出携带的份。');
    Modal.confirm({
      title: `归还 ${out.length} 件载体的全部借出份`,
      content: `归还日期：${today()}`,
      okText: '归还',
      onOk: async () => {
        // One transaction: either every carrier is returned, or none is (the error names the one refused).
        const items = out.map((x) => ({ carrierId: x.c.id, copyNos: x.copyNos }));
        const r = await call('carriers:returnBatch', { items, returnedOn: today() });
        if (!r.ok) return toastError(`未归还任何载体。${r.error.message}`);
        void message.success(`已归还 ${r.value.carriers} 件载体，共 ${r.value.returned} 份。`);
        setSelected([]);
      },
    });
  };

  return (
    <>
      <RegisterTable<CarrierRow>
        registerId="carriers"
        columns={CARRIER_COLUMNS}
        rowKey={(r) => r.id}
        store={useCarriers}
        searchPlaceholder="名称或文号（两个字也可）"
        emptyText="尚未登记任何涉密载体。收文或自制的涉密文件、光盘、U 盘等，应在这里逐件登记。"
        onOpen={(r) => setOpenId(r.id)}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected, columnWidth: 40 }}
        toolbarFilters={[
          { key: 'department', title: '部门', label: (v) => v },
          {
            key: 'custodian',
            title: '保管人',
            label: (v) => custodians.find((c) => c.key === v)?.name ?? '（已不在名单中）',
          },
        ]}
        toolbar={
          <Space wrap>
            <Select
              allowClear
              aria-label="部门"
              placeholder="部门"
              style={{ width: 140 }}
              value={query.filters.department}
              onChange={(v?: string) => filter('department', v)}
              options={departments.map((d) => ({ value: d, label: d }))}
            />
            <Select
              allowClear
              aria-label="保管人"
              placeholder="保管人"
              style={{ width: 140 }}
              value={query.filters.custodian}
              onChange={(v?: string) => filter('custodian', v)}
              options={custodians.map((c) => ({ value: c.key, label: `${c.name}（${c.department}）` }))}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('register')}>
              登记
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => setDialog('export')}>
              导出 xlsx
            </Button>
            <ImportButton register="carriers" title="涉密载体台账" />
            <Dropdown
              menu={{
                items: [
                  { key: 'print/carrier-ledger', label: '涉密载体台账（当前筛选）' },
                  { key: 'print/carrier-borrows', label: '借阅登记表' },
                  { key: 'print/carrier-copies', label: '复制登记表' },
                ],
                onClick: (e) => navigate(e.key),
              }}
            >
              <Button icon={<PrinterOutlined />}>打印</Button>
            </Dropdown>
            <Button icon={<SettingOutlined />} onClick={() => setDialog('settings')}>
              载体设置
            </Button>
            {selected.length ? (
              <>
                <span>已选 {selected.length} 件</span>
                <Button onClick={() => void batchReturn()}>批量归还</Button>
                <Button danger onClick={() => void details(selected).then(setDestroying)}>
                  批量销毁
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <CarrierDrawer
        id={openId ?? routed}
        onClose={() => {
          setOpenId(null);
          if (routed) navigate('reg/carriers');
        }}
      />
      {dialog === 'register' ? (
        <RegisterForm
          onClose={() => setDialog(null)}
          onDone={(c) => {
            void message.success(`已登记 ${c.carrierNo}。`);
            setOpenId(c.id);
          }}
        />
      ) : null}
      {dialog === 'settings' ? <SettingsForm onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? (
        <ExportDialog view={listFilters(query)} total={total} onClose={() => setDialog(null)} />
      ) : null}
      {destroying ? (
        <DestroyForm
          carriers={destroying}
          onClose={() => setDestroying(null)}
          onDone={(b) => {
            setSelected([]);
            void message.success(`销毁批次 ${b.batchNo} 已登记。`);
          }}
        />
      ) : null}
    </>
  );
}
