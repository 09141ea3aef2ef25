// One subordinate unit's register as imported: page by page, read-only, columns as the unit sent them.
import { Radio, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportedRecordView, Page } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { useLoad } from '../../stores/load';

const PAGE_SIZE = 20;

/** The columns a supervisor reads, in 中文; a register without any of them shows every column as sent. */
const COLUMN_LABELS: Record<string, string> = {
  carrier_no: '载体编号',
  name: '名称',
  doc_no: '文号',
  level: '密级',
  type: '类别',
  status: '状态',
  department: '部门',
  issuer: '制发机关',
  registered_on: '登记日期',
  copy_no: '份号',
  holder_name: '持有人',
  clearance: '涉密等级',
  highest_level: '最高接触密级',
  posted_on: '上岗日期',
  post: '岗位',
  kind: '类别',
  started_on: '开始日期',
  due_on: '应还日期',
  returned_on: '归还日期',
  year: '年度',
  figures: '数字',
};

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' && v in LEVEL_LABELS) return LEVEL_LABELS[v as keyof typeof LEVEL_LABELS];
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function UnitRecords({ unitCode }: { unitCode: string }) {
  const regs = useLoad('exchange:unitRegisters', { unitCode }, ['exchange']);
  const [register, setRegister] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<ImportedRecordView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = register ?? regs.value?.[0]?.id ?? null;
  useEffect(() => {
    if (!current) return;
    void call('exchange:unitRecords', { unitCode, register: current, page, pageSize: PAGE_SIZE }).then(
      (r) => {
        if (r.ok) setData(r.value);
        else setError(r.error.message);
      },
    );
  }, [unitCode, current, page]);
  const all = data?.rows[0] ? Object.keys(data.rows[0].data) : [];
  const known = all.filter((k) => k in COLUMN_LABELS);
  const keys = known.length ? known : all;
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
          { title: '报送序号', dataIndex: 'seq', width: 80 },
          ...keys.map((k) => ({
            title: COLUMN_LABELS[k] ?? k,
            key: k,
            render: (_: unknown, r: ImportedRecordView) => cell(r.data[k]),
          })),
        ]}
      />
    </div>
  );
}
