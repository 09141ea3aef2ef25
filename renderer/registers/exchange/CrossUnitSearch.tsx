// 跨单位查找 (issue 25, point 5): a carrier by its 编号 or title, a person by name, across every unit the bureau
// holds, each hit with its unit named. The core reads its typed search rows (supervisor-search.ts), never a
// unit's JSON; at least two characters, as the core requires.
import { Card, Input, Table } from 'antd';
import { useState } from 'react';
import type { SearchHit } from '../../../electron/ipc/contract';
import { PAGE_LABELS } from '../../../db/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';
import { useChannel } from './useChannel';

export function CrossUnitSearch() {
  const search = useChannel('exchange:search');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [asked, setAsked] = useState('');
  return (
    <Card size="small" title="跨单位查找">
      <Input.Search
        aria-label="跨单位查找：载体编号、名称或人员姓名"
        placeholder="载体编号、名称或人员姓名（至少两个字）"
        allowClear
        enterButton="查找"
        loading={search.busy}
        style={{ maxWidth: 520 }}
        onSearch={async (q) => {
          if (!q.trim()) {
            setHits(null);
            return;
          }
          const r = await search.run({ q });
          setAsked(q.trim());
          setHits(r);
        }}
      />
      <ErrorNote message={search.error?.message} />
      {hits && (
        <Table<SearchHit>
          style={{ marginTop: 8 }}
          size="small"
          rowKey={(h) => `${h.unitCode}/${h.register}/${h.recordId}`}
          dataSource={hits}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `“${asked}”共找到 ${t} 条` }}
          locale={{ emptyText: `各单位报送的数据中没有“${asked}”` }}
          columns={[
            { title: '单位', render: (_, h) => `${h.unitName}（${h.unitCode}）` },
            { title: '台账', render: (_, h) => PAGE_LABELS[h.register as keyof typeof PAGE_LABELS] ?? '' },
            { title: '编号 / 名称 / 姓名', render: (_, h) => h.title },
            { title: '部门', render: (_, h) => h.detail },
          ]}
        />
      )}
    </Card>
  );
}
