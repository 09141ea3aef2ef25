// 销毁: one batch across carriers and copies — approval, two or more different witnesses (监销人), time,
// place, method and reason. The core refuses a copy on loan and fewer than two distinct witnesses.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Select, Space } from 'antd';
import type {
  CarrierDetail,
  ChannelInput,
  DestructionBatchView,
  DestructionMethod,
} from '../../../electron/ipc/contract';
import { CARRIER_STATUS_LABELS, DESTRUCTION_METHOD_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  DateItem,
  FormGroup,
  nowMinute,
  NameField,
  TextField,
  type ApprovalValues,
} from '../../components/forms';

type Values = Record<string, unknown> & {
  approval?: ApprovalValues;
  sel?: Record<string, number[]>;
  method?: DestructionMethod;
};

export function DestroyForm({
  carriers,
  onDone,
  onClose,
}: {
  carriers: CarrierDetail[];
  onDone: (b: DestructionBatchView) => void;
  onClose: () => void;
}) {
  const live = (c: CarrierDetail) =>
    c.copies.filter((k) => k.status !== 'destroyed' && k.status !== 'handed_over');
  return (
    <ActionModal<'carriers:destroy', Values>
      title={`销毁（${carriers.length} 件载体）`}
      channel="carriers:destroy"
      width={820}
      initialValues={{
        destroyedAt: nowMinute(),
        method: 'shred',
        witnesses: [{}, {}],
        sel: Object.fromEntries(
          carriers.map((c) => [
            String(c.id),
            live(c)
              .filter((k) => k.status === 'in_custody')
              .map((k) => k.copyNo),
          ]),
        ),
      }}
      toInput={(v) => {
        const { sel, approval, ...rest } = v;
        return {
          ...rest,
          approval: approvalInput(approval, true),
          items: carriers
            .map((c) => ({ carrierId: c.id, copyNos: sel?.[String(c.id)] ?? [] }))
            .filter((i) => i.copyNos.length > 0),
        } as ChannelInput<'carriers:destroy'>;
      }}
      onDone={onDone}
      onClose={onClose}
      submitText="销毁并登记"
    >
      <FormGroup title="销毁清单">
        {carriers.map((c) => (
          <Form.Item key={c.id} name={['sel', String(c.id)]} label={`${c.carrierNo} ${c.name}`}>
            <Checkbox.Group
              options={live(c).map((k) => ({
                value: k.copyNo,
                label: `${k.copyText}号（${CARRIER_STATUS_LABELS[k.status]}）`,
              }))}
            />
          </Form.Item>
        ))}
      </FormGroup>
      <Space wrap align="start">
        <DateItem name="destroyedAt" label="销毁时间" required time />
        <TextField name="place" label="销毁地点" required />
        <Form.Item name="method" label="销毁方式">
          <Select options={optionsOf(DESTRUCTION_METHOD_LABELS)} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <TextField name="reason" label="销毁原因" required />
      <Space wrap align="start">
        <NameField name="responsibleName" label="销毁人" source="persons" required />
        <TextField name="receiverName" label="接收人（销毁机构）" />
        <TextField name="batchNo" label="销毁批号（空则自动）" />
      </Space>
      <FormGroup title="监销人（至少两名不同人员）">
        <Form.List name="witnesses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start">
                  <NameField
                    name={[f.name, 'name']}
                    label={`监销人${i + 1}`}
                    source="persons"
                    required
                    departmentField={['witnesses', f.name, 'department']}
                  />
                  <TextField name={[f.name, 'title']} label="职务" />
                  <NameField name={[f.name, 'department']} label="部门" source="departments" />
                  <Button
                    aria-label={`删除监销人${i + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                添加监销人
              </Button>
            </>
          )}
        </Form.List>
      </FormGroup>
      <ApprovalFields kind="destroy" required />
    </ActionModal>
  );
}
