// One subordinate unit's register as imported: page by page, read-only, each column in 中文 and each code by its
// label (record-columns.ts).
import { Input, Radio, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportedRecordView, Page } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../stores/load';
import { columnsOf } from './record-columns';

const PAGE_SIZE = 20;

export function UnitRecords({ unitCode }: { unitCode: string }) {
  const regs = useLoad('exchange:unitRegisters', { unitCode }, ['exchange']);
  const [register, setRegister] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [data, setData] = useState<Page<ImportedRecordView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The carriers first when reported: what a bureau looks for most.
  const current = register ?? regs.value?.find((r) => r.id === 'carriers')?.id ?? regs.value?.[0]?.id ?? null;
  useEffect(() => {
    if (!current) return;
    void call('exchange:records', {
      unitCode,
      register: current,
      page,
      pageSize: PAGE_SIZE,
      ...(q ? { q } : {}),
    }).then((r) => {
      if (r.ok) setData(r.value);
      else setError(r.error.message);
    });
  }, [unitCode, current, page, q]);
  const columns = current ? columnsOf(current, data?.rows[0]?.data) : [];
  return (
    <div style={{ marginTop: 12 }}>
      <ErrorNote message={regs.error ?? error} />
      <Radio.Group
        value={current}
        optionType="button"
        size="small"
        onChange={(e) => {
          setRegister(e.target.value as string);
          setPage(1);
        }}
        options={(regs.value ?? []).map((r) => ({ value: r.id, label: `${r.label}（${r.records}）` }))}
      />
      <Input.Search
        aria-label="在该台账中查找"
        placeholder="名称、编号、人员姓名…"
        allowClear
        style={{ width: 280, marginTop: 8, display: 'block' }}
        onSearch={(v) => {
          setQ(v.trim());
          setPage(1);
        }}
      />
      <Table<ImportedRecordView>
        style={{ marginTop: 8 }}
        size="small"
        rowKey="recordId"
        scroll={{ x: 'max-content' }}
        dataSource={data?.rows ?? []}
        locale={{ emptyText: '该单位尚未报送此台账' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 条`,
          onChange: setPage,
        }}
        columns={[
          // The package that last changed the record (an unchanged record is not rewritten by a later one).
          { title: '最近更新', dataIndex: 'seq', width: 90, render: (seq: number) => `第 ${seq} 号` },
          ...columns.map((c) => ({
            title: c.title,
            key: c.key,
            render: (_: unknown, r: ImportedRecordView) => c.text(r.data),
          })),
        ]}
      />
    </div>
  );
}
