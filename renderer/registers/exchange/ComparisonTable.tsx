// The bureau's main screen (issue 25): one row per unit with what it reported, sortable and filtered; the unit's
// name is a link (Tab, Enter) that opens the unit — its registers and its package history.
import { Card, Input, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { ComparisonRow, ReportState } from '../../../electron/ipc/contract';
import { REPORT_STATES, reportOverdue } from '../../../db/domain/vocab';
import { REPORT_STATE_LABELS } from '../../../db/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../stores/load';
import { COMPARISON_COLUMNS } from './comparison-columns';
import { UnitDrawer } from './UnitDrawer';
import { takeViewFilters } from '../../shell/view';

export function ComparisonTable() {
  const rows = useLoad('exchange:comparison', {}, ['exchange']);
  const [q, setQ] = useState('');
  const [state, setState] = useState<ReportState | undefined>();
  // The unit whose drawer is open; an alert of the home page (前往处理) lands on its unit the same way.
  const [openCode, setOpenCode] = useState<string | null>(() => takeViewFilters('exchange')?.unit ?? null);
  const all = useMemo(() => rows.value ?? [], [rows.value]);
  const open = openCode ? (all.find((r) => r.unitCode === openCode) ?? null) : null;
  const shown = useMemo(
    () =>
      all.filter(
        (r) =>
          (!q || r.name.includes(q) || r.unitCode.includes(q.toUpperCase())) &&
          (!state || r.reportState === state),
      ),
    [all, q, state],
  );
  const columns = COMPARISON_COLUMNS.filter((c) => !c.value || all.some((r) => c.value?.(r) !== null));
  return (
    <Card size="small" title="下级单位保密工作情况对比">
      <ErrorNote message={rows.error} />
      <Space style={{ marginBottom: 8 }} wrap>
        <Input
          aria-label="按单位名称或代码筛选"
          placeholder="单位名称或代码"
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 220 }}
        />
        <Select<ReportState>
          aria-label="按报送状态筛选"
          placeholder="报送状态"
          allowClear
          style={{ width: 160 }}
          value={state}
          onChange={setState}
          options={REPORT_STATES.map((s) => ({ value: s, label: REPORT_STATE_LABELS[s] }))}
        />
        <span>
          共 {all.length} 个单位，逾期未报 {all.filter((r) => reportOverdue(r.reportState)).length} 个
        </span>
      </Space>
      <Table<ComparisonRow>
        size="small"
        rowKey="unitCode"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={shown}
        locale={{ emptyText: all.length ? '没有符合条件的单位' : '尚未登记下级单位' }}
        columns={[
          {
            title: '单位',
            key: 'name',
            fixed: 'left',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
            render: (_, r) => (
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  setOpenCode(r.unitCode);
                }}
              >
                {r.name}
              </a>
            ),
          },
          ...columns.map((c) => ({
            title: c.title,
            key: c.key,
            sorter: c.sort,
            render: (_: unknown, r: ComparisonRow) => c.render(r),
          })),
        ]}
      />
      {open && <UnitDrawer row={open} onClose={() => setOpenCode(null)} />}
    </Card>
  );
}
