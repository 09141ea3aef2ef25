// 部门管理: the unit's departments (name, 要害部门, order) and how many people each has.
import { Button, Checkbox, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { DepartmentView } from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import '../../components/forms/forms.css';
import { useDepartments } from '../../stores/departments.store';

interface DeptValues {
  id?: number;
  name: string;
  keyDept: boolean;
  sortOrder: number;
}

/** `onDone`: saved, or the edit given up: back to a new department (the list refetches on its own). */
function DepartmentForm({ editing, onDone }: { editing: DepartmentView | null; onDone: () => void }) {
  const [form] = Form.useForm<DeptValues>();
  useEffect(() => {
    form.setFieldsValue(
      editing
        ? { id: editing.id, name: editing.name, keyDept: editing.keyDept, sortOrder: editing.sortOrder }
        : { id: undefined, name: '', keyDept: false, sortOrder: 0 },
    );
  }, [editing, form]);
  const fields = (
    <div className="form-grid">
      <Form.Item name="id" hidden>
        <Input />
      </Form.Item>
      <Form.Item name="name" label="部门名称">
        <Input />
      </Form.Item>
      <Form.Item name="sortOrder" label="排序">
        <InputNumber min={0} max={9999} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="keyDept" valuePropName="checked">
        <Checkbox>保密要害部门</Checkbox>
      </Form.Item>
    </div>
  );
  const done = () => {
    form.resetFields();
    onDone();
  };
  return editing ? (
    <ChannelForm<'departments:update', DeptValues>
      channel="departments:update"
      form={form}
      toInput={(v) => ({ id: editing.id, name: v.name, keyDept: v.keyDept, sortOrder: v.sortOrder })}
      submitText="保存修改"
      onDone={done}
      extraButtons={<Button onClick={done}>取消修改</Button>}
    >
      {fields}
    </ChannelForm>
  ) : (
    <ChannelForm<'departments:create', DeptValues>
      channel="departments:create"
      form={form}
      toInput={(v) => ({ name: v.name, keyDept: v.keyDept, sortOrder: v.sortOrder ?? 0 })}
      submitText="新增部门"
      onDone={done}
      initialValues={{ keyDept: false, sortOrder: 0 }}
    >
      {fields}
    </ChannelForm>
  );
}

export function DepartmentsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const items = useDepartments((s) => s.items);
  const load = useDepartments((s) => s.load);
  const [editing, setEditing] = useState<DepartmentView | null>(null);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  return (
    <Modal open={open} title="部门管理" footer={null} onCancel={onClose} width={640} destroyOnHidden>
      <Table<DepartmentView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: '尚无部门。请在下方新增。' }}
        columns={[
          { title: '部门', dataIndex: 'name' },
          {
            title: '要害部门',
            width: 90,
            render: (_, d) => (d.keyDept ? <Tag color="red">要害</Tag> : ''),
          },
          { title: '人数', dataIndex: 'persons', width: 70, align: 'right' },
          {
            title: '',
            width: 70,
            render: (_, d) => (
              <Button size="small" type="link" onClick={() => setEditing(d)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <DepartmentForm editing={editing} onDone={() => setEditing(null)} />
      </div>
    </Modal>
  );
}
