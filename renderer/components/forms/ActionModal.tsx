// One action in a dialog: a ChannelForm on its channel. Esc closes, Enter in a field submits. When the core
// accepts, `onDone` has the answer (for a message or to open what was made) and the dialog closes; the lists,
// drawers and counts showing the data refetch on their own (the change bus). A refusal is shown once: beside
// its field, or (the form does it) as a message when its path names no field here (e.g. `approval`).
import { Button, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/ipc/contract';
import { ChannelForm } from '../ChannelForm';
import './forms.css';

export interface ActionModalProps<C extends Channel, V extends object> {
  title: string;
  channel: C;
  /** Shown while true; a dialog mounted only while needed leaves it out. */
  open?: boolean;
  onClose: () => void;
  onDone?: (value: ChannelOutput<C>) => void;
  /** The form's values as the channel's input (default: the values as they are). */
  toInput?: (values: V) => ChannelInput<C>;
  /**
   * Ids the clerk does not type (personId, leavingId…). Not form fields: a refusal the core pins on them
   * shows as a message, not on an invisible field.
   */
  fixed?: Partial<ChannelInput<C>>;
  /** Not a source of `V`: that comes from `toInput`, or is the channel's input. */
  initialValues?: NoInfer<Partial<V>>;
  submitText?: string;
  width?: number;
  /** Shown above the fields. */
  intro?: ReactNode;
  children: ReactNode;
}

export function ActionModal<C extends Channel, V extends object = ChannelInput<C> & object>(
  props: ActionModalProps<C, V>,
) {
  const [form] = Form.useForm<V>();
  return (
    <Modal
      open={props.open ?? true}
      title={props.title}
      onCancel={props.onClose}
      footer={null}
      width={props.width ?? 720}
      destroyOnHidden
      maskClosable={false}
    >
      {props.intro}
      <ChannelForm<C, V>
        channel={props.channel}
        form={form}
        toInput={(v) => {
          const input = props.toInput ? props.toInput(v) : (v as unknown as ChannelInput<C>);
          return { ...(input as object), ...props.fixed } as ChannelInput<C>;
        }}
        onDone={(v) => {
          props.onDone?.(v);
          props.onClose();
        }}
        submitText={props.submitText ?? '保存'}
        extraButtons={<Button onClick={props.onClose}>取消</Button>}
        initialValues={props.initialValues}
      >
        {props.children}
      </ChannelForm>
    </Modal>
  );
}
