// 培训矩阵: each 涉密人员 in post × the months of the year, those under the unit's floor highlighted; one page at
// a time from the core (5,000 people stay quick), by department, only those under the floor if asked.
import { Button, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MatrixRow } from '../../../electron/ipc/contract';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import { DepartmentSelect } from '../../components/forms';
import { useLoad } from '../../stores/load';
import { FloorSettingsModal } from './SettingsForms';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

export function MatrixTab({ year }: { year: number }) {
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [underFloorOnly, setUnderFloorOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [settings, setSettings] = useState(false);
  const input = { year, page, pageSize: 50, underFloorOnly, ...(departmentId ? { departmentId } : {}) };
  const m = useLoad('trainings:matrix', input, ['trainings', 'persons', 'settings'], true).value;
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <DepartmentSelect
          allowClear
          placeholder="全部部门"
          value={departmentId}
          onChange={(d) => {
            setDepartmentId(d);
            setPage(1);
          }}
        />
        <Checkbox
          checked={underFloorOnly}
          onChange={(e) => {
            setUnderFloorOnly(e.target.checked);
            setPage(1);
          }}
        >
          只看未达下限
        </Checkbox>
        <Button onClick={() => setSettings(true)}>下限设置</Button>
        {m ? (
          <Typography.Text>
            在岗涉密人员 {m.inPost} 人，本年度未达培训下限{' '}
            <Typography.Text type="danger">{m.underFloor}</Typography.Text> 人
          </Typography.Text>
        ) : null}
      </Space>
      <FloorSettingsModal open={settings} onClose={() => setSettings(false)} />
      <Table<MatrixRow>
        size="small"
        rowKey="personId"
        dataSource={m?.rows ?? []}
        loading={!m}
        rowClassName={(r) => (r.underFloor ? 'row-under-floor' : '')}
        scroll={{ x: 'max-content', y: 'calc(100vh - 330px)' }}
        pagination={{
          current: page,
          pageSize: 50,
          total: m?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { key: 'name', title: '姓名', width: 80, fixed: 'left', render: (_, r) => r.name },
          { key: 'dept', title: '部门', width: 100, render: (_, r) => r.department },
          {
            key: 'c',
            title: '等级',
            width: 60,
            render: (_, r) => (r.clearance ? CLEARANCE_LABELS[r.clearance] : ''),
          },
          ...MONTHS.map((i) => ({
            key: `m${i}`,
            title: `${i + 1}月`,
            width: 40,
            align: 'center' as const,
            render: (_: unknown, r: MatrixRow) => (r.months[i] ? r.months[i] : ''),
          })),
          {
            key: 'total',
            title: '次数/下限',
            width: 90,
            render: (_, r) => (
              <Tag color={r.underFloor ? 'red' : 'green'}>
                {r.sessions} / {r.floorSessions}
              </Tag>
            ),
          },
          { key: 'hours', title: '学时', width: 60, render: (_, r) => r.hours },
        ]}
      />
    </div>
  );
}
