// Form pieces the personnel screens share: a date field whose value is the contract's `YYYY-MM-DD` string,
// the approval an action rests on (a paper approval, or a request a 领导 approved in the app), and a modal
// that submits one channel.
import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import type {
  ApprovalKind,
  Channel,
  ChannelInput,
  ChannelOutput,
  RequestView,
} from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ChannelForm } from '../../components/ChannelForm';
import { APPROVAL_DECISION_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';

export type FieldName = string | (string | number)[];

export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A date picker whose form value stays the string the core validates, so field errors land on it. */
export function DateItem({
  name,
  label,
  required,
  initialValue,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  initialValue?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      initialValue={initialValue}
      rules={required ? [{ required: true, message: `请填写${label}` }] : undefined}
      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })}
      normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker format="YYYY-MM-DD" placeholder="YYYY-MM-DD" style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Approved requests a 领导 decided in the app, not yet used by an action. */
function useApprovedRequests(kind: ApprovalKind, enabled: boolean) {
  const [rows, setRows] = useState<RequestView[]>([]);
  useEffect(() => {
    if (!enabled) return;
    void call('approvals:requests', { status: 'approved', kind, pageSize: 200 }).then((r) => {
      if (r.ok) setRows(r.value.rows);
    });
  }, [kind, enabled]);
  return rows;
}

/**
 * The approval under `prefix` (`approval`, `nomination`…), named as ActionApprovalInput so the core's field
 * errors (`approval.approver.name`) land on the right item. `mode` is not part of the input: zod drops it.
 */
export function ApprovalFields({
  prefix,
  kind,
  who = '审批人',
  withDecision = false,
}: {
  prefix: string;
  kind: ApprovalKind;
  who?: string;
  withDecision?: boolean;
}) {
  const form = Form.useFormInstance();
  const mode = (Form.useWatch([prefix, 'mode'], form) as string | undefined) ?? 'paper';
  const requests = useApprovedRequests(kind, mode === 'request');
  return (
    <div className="approval-fields">
      <Form.Item name={[prefix, 'mode']} initialValue="paper" label="审批方式">
        <Radio.Group
          options={[
            { value: 'paper', label: '纸质审批（录入）' },
            { value: 'request', label: '系统内已批准的申请' },
          ]}
        />
      </Form.Item>
      {mode === 'request' ? (
        <Form.Item name={[prefix, 'requestId']} label="已批准的申请">
          <Select
            placeholder={requests.length ? '请选择' : '没有可用的已批准申请'}
            options={requests.map((r) => ({
              value: r.id,
              label: `${r.summary}（${r.approval?.approverName ?? ''} ${r.approval?.decidedAt ?? ''}）`,
            }))}
          />
        </Form.Item>
      ) : (
        <div className="form-grid">
          <Form.Item name={[prefix, 'approver', 'type']} initialValue="person" hidden>
            <Input />
          </Form.Item>
          <Form.Item name={[prefix, 'approver', 'name']} label={who}>
            <Input />
          </Form.Item>
          <Form.Item name={[prefix, 'approver', 'title']} label="职务">
            <Input />
          </Form.Item>
          <DateItem name={[prefix, 'decidedAt']} label="日期" initialValue={today()} />
          <Form.Item name={[prefix, 'documentNo']} label="审批单文号">
            <Input />
          </Form.Item>
          {withDecision ? (
            <Form.Item name={[prefix, 'decision']} label="结论" initialValue="approved">
              <Radio.Group options={optionsOf(APPROVAL_DECISION_LABELS)} />
            </Form.Item>
          ) : null}
          <Form.Item name={[prefix, 'opinion']} label="意见" className="form-grid-wide">
            <Input.TextArea rows={2} />
          </Form.Item>
        </div>
      )}
    </div>
  );
}

/** A dialog holding one ChannelForm; closes and reports the result when the core accepts it. */
export function ActionModal<C extends Channel>(props: {
  title: string;
  channel: C;
  open: boolean;
  onClose: () => void;
  onDone: (value: ChannelOutput<C>) => void;
  /** The form's values are the channel's input, give or take what the clerk left empty. */
  toInput?: (values: ChannelInput<C>) => unknown;
  /**
   * Ids the clerk does not type (personId, leavingId…). Not form fields: a refusal the core pins on them
   * must show as a message, not on an invisible field.
   */
  fixed?: Partial<ChannelInput<C>>;
  initialValues?: Record<string, unknown>;
  submitText?: string;
  width?: number;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const [form] = Form.useForm<ChannelInput<C>>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      width={props.width ?? 640}
      maskClosable={false}
    >
      {props.intro}
      <ChannelForm<C, ChannelInput<C> & object>
        channel={props.channel}
        form={form}
        toInput={(v) =>
          ({
            ...((props.toInput ? props.toInput(v) : v) as object),
            ...props.fixed,
          }) as ChannelInput<C>
        }
        initialValues={props.initialValues as Partial<ChannelInput<C> & object>}
        submitText={props.submitText ?? '保存'}
        onDone={(v) => {
          props.onDone(v);
          props.onClose();
        }}
      >
        {props.children}
      </ChannelForm>
    </Modal>
  );
}

/** Drop what the clerk left empty (`''`, null from a cleared number box), so optional fields stay absent. */
export function clean<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clean) as T;
  if (v && typeof v === 'object' && !dayjs.isDayjs(v)) {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined && x !== '')
        .map(([k, x]) => [k, clean(x)]),
    ) as T;
  }
  return v;
}

/** An optional approval the clerk did not fill in is no approval at all. */
export function optionalApproval<A extends { requestId?: number; approver?: object }>(
  a: A | undefined,
): A | undefined {
  const named = a?.approver && 'name' in a.approver && a.approver.name;
  return a && (a.requestId !== undefined || named) ? a : undefined;
}
