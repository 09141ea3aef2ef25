// 在职人员: the light list of everyone on staff (name, department, post) from which anyone can attend a session;
// 涉密人员 are the flagged subset (linked to their 涉密人员 record). Search by name, filter by department.
import { Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { StaffView } from '../../../electron/ipc/contract';
import { DepartmentSelect } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { ImportButton } from '../xlsx/ImportButton';
import { AddStaffModal } from './SettingsForms';

const PAGE = 50;

export function StaffTab() {
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [adding, setAdding] = useState(false);
  const list = useLoad(
    'trainings:staff',
    { page, pageSize: PAGE, ...(q ? { q } : {}), ...(departmentId ? { departmentId } : {}) },
    ['trainings', 'persons', 'departments'],
    true,
  ).value;
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button type="primary" onClick={() => setAdding(true)}>
          登记在职人员
        </Button>
        <ImportButton register="staff" title="在职人员名单" />
        <Input.Search
          aria-label="查找在职人员"
          placeholder="输入姓名查找"
          allowClear
          style={{ width: 200 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <DepartmentSelect
          aria-label="部门"
          allowClear
          placeholder="全部部门"
          style={{ width: 180 }}
          value={departmentId}
          onChange={(id) => {
            setDepartmentId(id);
            setPage(1);
          }}
        />
      </Space>
      <Table<StaffView>
        size="small"
        rowKey="id"
        dataSource={list?.rows ?? []}
        locale={{ emptyText: '尚无在职人员。全体在职人员均可参加保密教育培训，涉密人员是其中的一部分。' }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { key: 'name', title: '姓名', width: 110, render: (_, s) => s.name },
          { key: 'dept', title: '部门', width: 140, render: (_, s) => s.department },
          { key: 'post', title: '岗位', width: 140, render: (_, s) => s.post ?? '' },
          { key: 'joined', title: '入职（调入）', width: 120, render: (_, s) => tableDate(s.joinedOn) },
          {
            key: 'left',
            title: '状态',
            width: 120,
            render: (_, s) => (s.leftOn ? `${tableDate(s.leftOn)} 离开` : '在职'),
          },
          {
            key: 'person',
            title: '涉密人员',
            render: (_, s) =>
              s.personId ? (
                <Button size="small" type="link" onClick={() => navigate(`reg/persons/${s.personId}`)}>
                  <Tag color="blue">涉密人员</Tag>
                </Button>
              ) : (
                ''
              ),
          },
        ]}
      />
      <AddStaffModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
