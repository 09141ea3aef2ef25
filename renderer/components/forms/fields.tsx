// Fields every register's forms share. Names mirror the channel's input (e.g. ['approval','approver','name'])
// so that the core's VALIDATION and RULE paths land beside the right field.
import { Form, Input, Space } from 'antd';
import type { ReactNode } from 'react';
import { DateInput } from './DateInput';
import { NameField } from './NamePicker';
import './forms.css';

export type FieldName = string | (string | number)[];

/**
 * A date (or, with `time`, a date and time) whose form value is the string the core validates
 * (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`), so its field errors land on it and the clerk may type it.
 */
export function DateItem({
  name,
  label,
  required,
  initialValue,
  time,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  initialValue?: string;
  time?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      initialValue={initialValue}
      rules={required ? [{ required: true, message: `请填写${label}` }] : undefined}
    >
      <DateInput time={time} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  area,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  area?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: `请填写${label}` }] : []}
    >
      {area ? <Input.TextArea rows={2} /> : <Input />}
    </Form.Item>
  );
}

/**
 * Someone named in a record who need not be a registered person (签收人, 借阅人 …): name and department, each
 * chosen from the unit's lists (a person chosen brings their department), or an unregistered one by choice.
 */
export function PersonFields({ name, label }: { name: string; label: string }) {
  return (
    <Space wrap style={{ display: 'flex' }}>
      <NameField
        name={[name, 'name']}
        label={`${label}姓名`}
        source="persons"
        required
        departmentField={[name, 'department']}
      />
      <NameField name={[name, 'department']} label={`${label}部门`} source="departments" />
    </Space>
  );
}

/** A titled group of fields inside a form (审批, 签收, 监销人 …). */
export function FormGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
