// 国家秘密事项一览表: the unit's list of secret matters, each with its level, term and 定密责任人; a carrier's
// 定密依据 points at one. Items are retired (停用), never deleted, since carriers keep referring to them.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Select, Space, Typography, message } from 'antd';
import { useState } from 'react';
import type { ChannelInput, ClassificationItemView } from '../../../electron/ipc/contract';
import { ActionModal, NameField, TextField } from '../../components/forms';
import { LevelTag } from '../../components/LevelTag';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { termText } from '../../i18n/labels';
import { useClassificationItems } from '../../stores/classification.store';
import { levelOptions, TermFields } from './fields';
import { ImportButton } from '../xlsx/ImportButton';
import { Chip } from '../../components/Chip';

const COLUMNS: RegisterColumn<ClassificationItemView>[] = [
  { key: 'name', title: '事项名称', width: 300, render: (r) => r.name },
  { key: 'level', title: '密级', width: 80, render: (r) => <LevelTag level={r.level} /> },
  { key: 'term', title: '保密期限', width: 120, render: (r) => termText(r.term) },
  { key: 'classifierName', title: '定密责任人', width: 100, render: (r) => r.classifierName },
  { key: 'department', title: '产生部门', width: 120, render: (r) => r.department ?? '' },
  { key: 'basis', title: '保密事项范围依据', width: 200, render: (r) => r.basis ?? '' },
  { key: 'carriers', title: '载体数', width: 80, align: 'right', render: (r) => r.carriers },
  {
    key: 'active',
    title: '状态',
    width: 90,
    render: (r) =>
      r.active ? r.keyDepartment ? <Chip color="red">要害部门</Chip> : '有效' : <Chip>已停用</Chip>,
  },
];

type Values = Record<string, unknown>;

function ItemForm({
  item,
  onDone,
  onClose,
}: {
  item: ClassificationItemView | null;
  /** Saved (the register refetches on its own). */
  onDone: () => void;
  onClose: () => void;
}) {
  const fields = (
    <>
      <TextField name="name" label="事项名称" required />
      <Form.Item name="level" label="密级">
        <Select options={levelOptions} style={{ width: 160 }} />
      </Form.Item>
      <TermFields name="term" />
      <NameField name="classifierName" label="定密责任人" source="persons" required />
      <TextField name="department" label="产生部门" />
      <TextField name="basis" label="保密事项范围依据" />
      <Form.Item name="keyDepartment" valuePropName="checked">
        <Checkbox>产生于要害部门</Checkbox>
      </Form.Item>
      {item ? (
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>有效（取消勾选即停用）</Checkbox>
        </Form.Item>
      ) : null}
      <TextField name="notes" label="备注" area />
    </>
  );
  if (!item)
    return (
      <ActionModal<'classification:create', Values>
        title="新增国家秘密事项"
        channel="classification:create"
        initialValues={{ level: 'secret', keyDepartment: false }}
        toInput={(v) => v as ChannelInput<'classification:create'>}
        onDone={onDone}
        onClose={onClose}
        submitText="保存"
      >
        {fields}
      </ActionModal>
    );
  const t = item.term;
  return (
    <ActionModal<'classification:update', Values>
      title={`修改：${item.name}`}
      channel="classification:update"
      initialValues={{
        ...item,
        department: item.department ?? undefined,
        basis: item.basis ?? undefined,
        notes: item.notes ?? undefined,
        term: {
          kind: t.kind,
          years: t.years ?? undefined,
          months: t.months ?? undefined,
          until: t.until ?? undefined,
          condition: t.condition ?? undefined,
        },
      }}
      toInput={(v) => ({ id: item.id, patch: v }) as ChannelInput<'classification:update'>}
      onDone={onDone}
      onClose={onClose}
      submitText="保存"
    >
      {fields}
    </ActionModal>
  );
}

export function ClassificationItemsRegister() {
  const [editing, setEditing] = useState<ClassificationItemView | 'new' | null>(null);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        国家秘密事项一览表/定密
      </Typography.Title>
      <RegisterTable<ClassificationItemView>
        registerId="classification_items"
        columns={COLUMNS}
        rowKey={(r) => r.id}
        store={useClassificationItems}
        emptyText="尚未列入任何国家秘密事项。按本单位的保密事项范围逐项列出，登记载体时作为定密依据。"
        onOpen={(r) => setEditing(r)}
        toolbar={
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新增事项
            </Button>
            <ImportButton register="classification_items" title="国家秘密事项一览表" />
          </Space>
        }
      />
      {editing ? (
        <ItemForm
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => void message.success('已保存。')}
        />
      ) : null}
    </div>
  );
}
