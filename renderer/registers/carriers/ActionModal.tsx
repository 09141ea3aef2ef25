// One carrier action in a modal: a ChannelForm on its channel. Esc closes, Enter in a field submits. A RULE
// refusal is always shown in the form as well (its path, e.g. `approval`, may name a group, not a field).
import { Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AppError, Channel, ChannelInput, ChannelOutput } from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import { ErrorNote } from '../../components/ErrorNote';

export interface ActionModalProps<C extends Channel, V> {
  title: string;
  channel: C;
  toInput: (values: V) => ChannelInput<C>;
  onDone: (value: ChannelOutput<C>) => void;
  onClose: () => void;
  submitText?: string;
  initialValues?: Partial<V>;
  width?: number;
  children: ReactNode;
}

export function ActionModal<C extends Channel, V extends object>(props: ActionModalProps<C, V>) {
  const [form] = Form.useForm<V>();
  const [rule, setRule] = useState<string | null>(null);
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      footer={null}
      width={props.width ?? 720}
      destroyOnHidden
      maskClosable={false}
    >
      <ErrorNote message={rule} />
      <ChannelForm<C, V>
        channel={props.channel}
        form={form}
        toInput={(v) => {
          setRule(null);
          return props.toInput(v);
        }}
        onError={(e: AppError) => setRule(e.code === 'RULE' && e.fields?.length ? e.message : null)}
        onDone={props.onDone}
        submitText={props.submitText ?? '确定'}
        initialValues={props.initialValues}
      >
        {props.children}
      </ChannelForm>
    </Modal>
  );
}
