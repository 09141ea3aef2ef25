// 分发 / 收回 / 借阅 / 归还 / 外出携带 / 清退 / 移交: one copy-level action each, on one carrier.
import { Checkbox, Form, Space } from 'antd';
import type { CarrierDetail, ChannelInput } from '../../../electron/ipc/contract';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  DateItem,
  FormGroup,
  NamesField,
  PersonFields,
  TextField,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { CopyNosField } from './fields';

/** An action on one carrier: `onDone` says it was recorded (the drawer and the list refetch on their own). */
export interface ActionProps {
  carrier: CarrierDetail;
  onDone: () => void;
  onClose: () => void;
}

type Values = Record<string, unknown> & {
  approval?: ApprovalValues;
  copyNos?: number[];
  exception?: { reason?: string };
};

/** A national secret still classified: the core checks who borrows it (知悉范围, 涉密等级). */
const checksBorrower = (c: CarrierDetail) =>
  (NATIONAL_LEVELS as readonly string[]).includes(c.level) && c.classState === 'classified';

const heldByOthers = (c: CarrierDetail) =>
  c.copies.filter((k) => k.status === 'in_custody' && k.holderKey !== c.custodianKey);

export function DistributeForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:distribute', Values>
      title={`分发：${c.name}`}
      channel="carriers:distribute"
      initialValues={{ distributedOn: today() }}
      toInput={(v) => ({
        carrierId: c.id,
        distributedOn: v.distributedOn as string,
        items: (v.copyNos ?? []).map((copyNo) => ({
          copyNo,
          recipient: v.recipient as { name: string; department?: string },
        })),
      })}
      onDone={onDone}
      onClose={onClose}
      submitText="分发"
    >
      <CopyNosField copies={c.copies} statuses={['in_custody']} />
      <PersonFields name="recipient" label="签收人" />
      <DateItem name="distributedOn" label="分发日期" required />
    </ActionModal>
  );
}

export function RecallForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:recall', Values>
      title={`收回：${c.name}`}
      channel="carriers:recall"
      initialValues={{ recalledOn: today() }}
      toInput={(v) => ({ carrierId: c.id, copyNos: v.copyNos ?? [], recalledOn: v.recalledOn as string })}
      onDone={onDone}
      onClose={onClose}
      submitText="收回"
    >
      <CopyNosField copies={heldByOthers(c)} statuses={['in_custody']} label="已分发的份号" />
      <DateItem name="recalledOn" label="收回日期" required />
    </ActionModal>
  );
}

export function BorrowForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:borrow', Values>
      title={`借阅：${c.name}`}
      channel="carriers:borrow"
      initialValues={{ lentOn: today(), outside: false }}
      toInput={(v) =>
        ({
          ...v,
          carrierId: c.id,
          approval: approvalInput(v.approval, true),
          // Left empty, there is no exception: the core then says why one is needed, on this field.
          exception: v.exception?.reason?.trim() ? v.exception : undefined,
        }) as ChannelInput<'carriers:borrow'>
      }
      onDone={onDone}
      onClose={onClose}
      submitText="借出"
    >
      <CopyNosField copies={c.copies} statuses={['in_custody']} />
      <PersonFields name="borrower" label="借阅人" />
      <Form.Item name="outside" valuePropName="checked">
        <Checkbox>借阅人为外单位人员</Checkbox>
      </Form.Item>
      <TextField name="purpose" label="借阅事由" />
      <Space wrap>
        <DateItem name="lentOn" label="借出日期" required />
        <DateItem name="dueOn" label="应还日期" required />
      </Space>
      <ApprovalFields kind="borrow" subjectId={String(c.id)} required={checksBorrower(c)} />
      {checksBorrower(c) ? (
        // Beside the approval it rests on: when the core refuses the borrower, its reasons show here.
        <FormGroup title="例外借阅">
          <p className="form-hint">
            借阅人不在知悉范围内，或不是涉密等级相符的在岗涉密人员时，须经审批人同意，并登记理由。
          </p>
          <TextField name={['exception', 'reason']} label="例外理由" />
        </FormGroup>
      ) : null}
    </ActionModal>
  );
}

export function ReturnForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:return', Values>
      title={`归还：${c.name}`}
      channel="carriers:return"
      initialValues={{
        returnedOn: today(),
        copyNos: c.copies
          .filter((k) => k.status === 'on_loan' || k.status === 'carried_out')
          .map((k) => k.copyNo),
      }}
      toInput={(v) => ({ carrierId: c.id, copyNos: v.copyNos ?? [], returnedOn: v.returnedOn as string })}
      onDone={onDone}
      onClose={onClose}
      submitText="归还"
    >
      <CopyNosField copies={c.copies} statuses={['on_loan', 'carried_out']} />
      <DateItem name="returnedOn" label="归还日期" required />
    </ActionModal>
  );
}

export function CarryOutForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:carryOut', Values>
      title={`外出携带：${c.name}`}
      channel="carriers:carryOut"
      initialValues={{ startedOn: today(), companions: [] }}
      toInput={(v) =>
        ({
          ...v,
          carrierId: c.id,
          approval: approvalInput(v.approval, true),
        }) as ChannelInput<'carriers:carryOut'>
      }
      onDone={onDone}
      onClose={onClose}
      submitText="登记外出"
    >
      <CopyNosField copies={c.copies} statuses={['in_custody']} />
      <PersonFields name="carrier" label="携带人" />
      <NamesField
        name="companions"
        label={c.level === 'top_secret' ? '同行人员（绝密须两人以上同行）' : '同行人员'}
        list
      />
      <TextField name="destination" label="外出地点" required />
      <TextField name="purpose" label="外出事由" required />
      <Space wrap>
        <DateItem name="startedOn" label="携带外出日期" required />
        <DateItem name="dueOn" label="预计返回日期" required />
      </Space>
      <ApprovalFields kind="carry_out" subjectId={String(c.id)} required={checksBorrower(c)} />
    </ActionModal>
  );
}

export function ReturnToIssuerForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:returnToIssuer', Values>
      title={`清退：${c.name}`}
      channel="carriers:returnToIssuer"
      initialValues={{ returnedOn: today(), receiver: c.issuer ?? undefined }}
      toInput={(v) => ({ ...v, carrierId: c.id }) as ChannelInput<'carriers:returnToIssuer'>}
      onDone={onDone}
      onClose={onClose}
      submitText="清退"
    >
      <CopyNosField copies={c.copies} statuses={['in_custody']} />
      <TextField name="receiver" label="接收人（单位）" required />
      <DateItem name="returnedOn" label="清退日期" required />
      <TextField name="note" label="备注" />
    </ActionModal>
  );
}

export function HandOverForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:handOver', Values>
      title={`移交：${c.name}`}
      channel="carriers:handOver"
      initialValues={{ handedOn: today() }}
      toInput={(v) => ({ ...v, carrierId: c.id }) as ChannelInput<'carriers:handOver'>}
      onDone={onDone}
      onClose={onClose}
      submitText="移交"
    >
      <CopyNosField copies={c.copies} statuses={['in_custody']} />
      <PersonFields name="to" label="接收人" />
      <TextField name="toUnit" label="接收单位（移出本单位时填写）" />
      <DateItem name="handedOn" label="移交日期" required />
      <TextField name="note" label="备注" />
    </ActionModal>
  );
}
