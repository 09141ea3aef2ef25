// One unit opened from the comparison table: its registers (read-only, paged, searched, natural order), its
// package history (received, replaced, refused), its reporting interval and 重新建立报送关系.
import { Descriptions, Drawer, Table, Tabs, Tag } from 'antd';
import type { ComparisonRow, PackageHistoryRow } from '../../../electron/ipc/contract';
import { EXCHANGE_PROFILE_LABELS, PACKAGE_STATE_LABELS, REFUSAL_LABELS } from '../../../db/domain/labels';
import { tableDateTime } from '../../i18n/format';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../stores/load';
import { ChainReset, IntervalForm } from './UnitSettings';
import { UnitRecords } from './UnitRecords';
import { UnitNotices } from './UnitNotices';
import { UnitIssues } from './UnitIssues';

const STATE_COLOR = { imported: 'green', replaced: 'default', refused: 'red' } as const;

function countsText(c: Record<string, number> | null): string {
  if (!c) return '';
  return `${Object.values(c).reduce((a, b) => a + b, 0)} 条`;
}

function PackageHistory({ unitCode }: { unitCode: string }) {
  const h = useLoad('exchange:packages', { unitCode }, ['exchange']);
  return (
    <>
      <ErrorNote message={h.error} />
      <Table<PackageHistoryRow>
        size="small"
        rowKey={(r) => `${r.state}/${r.chain}/${r.seq}/${r.receivedAt}`}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 个数据包` }}
        scroll={{ x: 'max-content' }}
        dataSource={h.value ?? []}
        locale={{ emptyText: '尚未收到该单位的数据包' }}
        columns={[
          {
            title: '状态',
            render: (_, r) => <Tag color={STATE_COLOR[r.state]}>{PACKAGE_STATE_LABELS[r.state]}</Tag>,
          },
          { title: '序列', render: (_, r) => (r.chain ? `第 ${r.chain} 序列` : '') },
          { title: '序号', render: (_, r) => (r.seq ? `第 ${r.seq} 号` : '') },
          {
            title: '内容',
            render: (_, r) =>
              EXCHANGE_PROFILE_LABELS[r.profile as keyof typeof EXCHANGE_PROFILE_LABELS] ?? '',
          },
          { title: '数据日期', render: (_, r) => tableDateTime(r.createdAt) },
          { title: '接收时间', render: (_, r) => tableDateTime(r.receivedAt) },
          { title: '大小', render: (_, r) => (r.bytes === null ? '' : `${Math.ceil(r.bytes / 1024)} KB`) },
          { title: '记录数', render: (_, r) => countsText(r.counts) },
          {
            title: '校验值',
            render: (_, r) => (r.packageHash ? <code>{r.packageHash.slice(0, 16)}…</code> : ''),
          },
          {
            title: '拒收原因',
            render: (_, r) =>
              r.refusal ? (
                <span title={r.message ?? ''}>
                  {REFUSAL_LABELS[r.refusal as keyof typeof REFUSAL_LABELS] ?? ''}：{r.message}
                </span>
              ) : (
                ''
              ),
          },
        ]}
      />
    </>
  );
}

export function UnitDrawer({ row, onClose }: { row: ComparisonRow; onClose: () => void }) {
  return (
    <Drawer
      open
      width="min(1100px, 96vw)"
      title={`${row.name}（${row.unitCode}）`}
      onClose={onClose}
      destroyOnHidden
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="报送序列">
          第 {row.chain} 序列{row.awaitingFull ? '（待全量报送）' : ''}
        </Descriptions.Item>
        <Descriptions.Item label="报送周期">
          {row.intervalDays} 天{row.ownInterval ? '（本单位）' : '（默认）'}
        </Descriptions.Item>
        <Descriptions.Item label="年度报告">
          {row.lastAnnualYear ? `${row.lastAnnualYear} 年` : '尚未报送'}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'records', label: '台账（只读）', children: <UnitRecords unitCode={row.unitCode} /> },
          { key: 'packages', label: '数据包记录', children: <PackageHistory unitCode={row.unitCode} /> },
          { key: 'notices', label: '通知', children: <UnitNotices unitCode={row.unitCode} /> },
          { key: 'issues', label: '整改、事件与培训', children: <UnitIssues row={row} /> },
          {
            key: 'settings',
            label: '报送周期与报送关系',
            children: (
              <>
                <IntervalForm row={row} />
                <ChainReset row={row} />
              </>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
