// One unit at the supervisor (issues 15 and 16): its open findings past their deadline and its incidents with
// the time each was reported, those not reported within 24 hours marked; and its 涉密人员 under the training floor.
import { Descriptions, Table, Tag } from 'antd';
import type { ComparisonRow, UnitIssues as Issues } from '../../../electron/ipc/contract';
import {
  CHECK_AREA_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
  INCIDENT_STATUS_LABELS,
} from '../../../db/domain/labels';
import { tableDateTime } from '../../i18n/format';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../stores/load';

const label = (m: Record<string, string>, v: string | null) => (v ? (m[v] ?? '') : '');

export function UnitIssues({ row }: { row: ComparisonRow }) {
  const v = useLoad('exchange:unitIssues', { unitCode: row.unitCode }, ['exchange']);
  const t = row.training;
  return (
    <>
      <ErrorNote message={v.error} />
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="培训未达下限">
          {t
            ? `${t.year} 年度报告：在岗涉密人员 ${t.inPost} 人，未达下限 ${t.underFloor} 人（${t.inPost ? Math.round((t.underFloor / t.inPost) * 100) : 0}%）`
            : '尚未报送年度报告'}
        </Descriptions.Item>
      </Descriptions>
      <Table<Issues['findings'][number]>
        size="small"
        rowKey="id"
        title={() => '逾期未整改的问题'}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 个` }}
        dataSource={v.value?.findings ?? []}
        locale={{
          emptyText: row.overdueFindings === null ? '该单位尚未报送检查发现问题' : '没有逾期未整改的问题',
        }}
        columns={[
          { title: '领域', render: (_, f) => label(CHECK_AREA_LABELS, f.area) },
          { title: '严重程度', render: (_, f) => label(FINDING_SEVERITY_LABELS, f.severity) },
          { title: '责任部门', render: (_, f) => f.department ?? '' },
          { title: '整改期限', render: (_, f) => f.deadline },
          { title: '逾期', render: (_, f) => <Tag color="red">{f.daysOver} 天</Tag> },
          { title: '状态', render: (_, f) => label(FINDING_STATE_LABELS, f.status) },
        ]}
      />
      <Table<Issues['incidents'][number]>
        size="small"
        rowKey="id"
        title={() => '泄密事件/违规'}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 起` }}
        dataSource={v.value?.incidents ?? []}
        locale={{ emptyText: row.incidentsThisYear === null ? '该单位尚未报送泄密事件' : '没有泄密事件' }}
        columns={[
          { title: '事件', render: (_, i) => i.title },
          { title: '发现时间', render: (_, i) => tableDateTime(i.discoveredAt) },
          { title: '报告时间', render: (_, i) => (i.reportedAt ? tableDateTime(i.reportedAt) : '尚未报告') },
          {
            title: '24小时内报告',
            render: (_, i) => (i.late ? <Tag color="red">否</Tag> : <Tag color="green">是</Tag>),
          },
          { title: '状态', render: (_, i) => label(INCIDENT_STATUS_LABELS, i.status) },
        ]}
      />
    </>
  );
}
