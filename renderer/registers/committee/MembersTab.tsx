// 保密委员会/领导小组成员 (REFERENCE §2.1): who, role, title, phone; joined and left.
import { Button, Form, Select, Table } from 'antd';
import { useState } from 'react';
import { COMMITTEE_ROLE_LABELS, GENDER_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, PersonPicker, TextField, today } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';

const SHOWS = ['committee', 'persons', 'departments'] as const;

export function MembersTab() {
  const members = useLoad('committee:members', {}, SHOWS).value ?? [];
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<number | null>(null);
  return (
    <div>
      <Button type="primary" onClick={() => setAdding(true)} style={{ marginBottom: 8 }}>
        增补成员
      </Button>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: '尚未登记委员会成员。' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '性别', render: (_, m) => GENDER_LABELS[m.gender as keyof typeof GENDER_LABELS] ?? '' },
          { title: '部门', dataIndex: 'department' },
          { title: '委员会职务', render: (_, m) => COMMITTEE_ROLE_LABELS[m.role] },
          { title: '行政职务', dataIndex: 'title' },
          { title: '电话', dataIndex: 'phone' },
          { title: '任职日期', render: (_, m) => tableDate(m.joinedOn) },
          {
            title: '',
            render: (_, m) => (
              <Button size="small" onClick={() => setLeaving(m.id)}>
                离任
              </Button>
            ),
          },
        ]}
      />
      <ActionModal
        title="增补委员会成员"
        channel="committee:addMember"
        open={adding}
        onClose={() => setAdding(false)}
        toInput={clean}
        initialValues={{ role: 'member', joinedOn: today() }}
      >
        <div className="form-grid">
          <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="role" label="委员会职务">
            <Select options={optionsOf(COMMITTEE_ROLE_LABELS)} />
          </Form.Item>
          <TextField name="title" label="行政职务" />
          <TextField name="phone" label="电话" />
          <DateItem name="joinedOn" label="任职日期" />
        </div>
      </ActionModal>
      {leaving ? (
        <ActionModal
          title="成员离任"
          channel="committee:memberLeaves"
          onClose={() => setLeaving(null)}
          fixed={{ memberId: leaving }}
          initialValues={{ leftOn: today() }}
        >
          <DateItem name="leftOn" label="离任日期" />
        </ActionModal>
      ) : null}
    </div>
  );
}
