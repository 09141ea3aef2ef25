// 销毁记录: every batch, kept forever, with its list and witnesses; each prints as 销毁审批表/清单.
import { Button, Table } from 'antd';
import { useState } from 'react';
import type { DestructionBatchView } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDateTime } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { DESTRUCTION_METHOD_LABELS } from '../../../db/domain/labels';

export function DestructionsTab() {
  const [page, setPage] = useState(1);
  const { value, error } = useLoad('carriers:destructions', { page, pageSize: 50 }, ['carriers'], true);
  const rows = value?.rows ?? [];
  const total = value?.total ?? 0;
  return (
    <>
      <ErrorNote message={error} />
      <Table<DestructionBatchView>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={{ current: page, pageSize: 50, total, onChange: setPage }}
        locale={{ emptyText: '尚无销毁记录。在台账中勾选载体后点“批量销毁”。' }}
        columns={[
          { title: '批号', dataIndex: 'batchNo', width: 130 },
          { title: '时间', width: 140, render: (_, b) => tableDateTime(b.destroyedAt) },
          { title: '地点', dataIndex: 'place', width: 140 },
          { title: '方式', width: 90, render: (_, b) => DESTRUCTION_METHOD_LABELS[b.method] },
          { title: '份数', width: 60, render: (_, b) => b.items.length },
          { title: '监销人', render: (_, b) => b.witnesses.map((w) => w.name).join('、') },
          { title: '审批人', dataIndex: 'approverName', width: 100 },
          {
            title: '',
            width: 140,
            render: (_, b) => (
              <Button size="small" onClick={() => navigate(`print/carrier-destruction-${b.id}`)}>
                打印审批表/清单
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
