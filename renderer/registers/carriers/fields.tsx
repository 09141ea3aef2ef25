// Field groups the carrier forms share. Names mirror the channel's input (e.g. ['approval','approver','name'])
// so that the core's VALIDATION and RULE paths land beside the right field.
import { Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type {
  ApprovalKind,
  ClassificationItemView,
  CopyStatus,
  CopyView,
  RequestView,
} from '../../../electron/ipc/contract';
import { call } from '../../api';
import { tableDate } from '../../i18n/format';
import { CARRIER_STATUS_LABELS, LEVEL_LABELS, TERM_KIND_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';

type Path = (string | number)[];

export function DateField({ name, label, time }: { name: Path | string; label: string; time?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <Input type={time ? 'datetime-local' : 'date'} style={{ width: 220 }} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  area,
}: {
  name: Path | string;
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

export function PersonFields({ name, label }: { name: string; label: string }) {
  return (
    <Space wrap style={{ display: 'flex' }}>
      <TextField name={[name, 'name']} label={`${label}姓名`} required />
      <TextField name={[name, 'department']} label={`${label}部门`} />
    </Space>
  );
}

export const levelOptions = optionsOf(LEVEL_LABELS);

/** 保密期限: the kind, then its value. */
export function TermFields({ name, label = '保密期限' }: { name: string; label?: string }) {
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Space wrap align="start">
        <Form.Item name={[name, 'kind']} initialValue="period">
          <Select
            aria-label={`${label}类型`}
            style={{ width: 130 }}
            options={optionsOf(TERM_KIND_LABELS).map((o) =>
              o.value === 'long_term' ? { ...o, label: `${o.label}（商密）` } : o,
            )}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {(f) => {
            const kind = f.getFieldValue([name, 'kind']) as string;
            if (kind === 'period')
              return (
                <Space>
                  <Form.Item name={[name, 'years']}>
                    <InputNumber aria-label="年" min={0} max={100} suffix="年" />
                  </Form.Item>
                  <Form.Item name={[name, 'months']}>
                    <InputNumber aria-label="月" min={0} max={11} suffix="个月" />
                  </Form.Item>
                </Space>
              );
            if (kind === 'until_date')
              return (
                <Form.Item name={[name, 'until']}>
                  <Input type="date" aria-label="解密日期" />
                </Form.Item>
              );
            if (kind === 'condition')
              return (
                <Form.Item name={[name, 'condition']}>
                  <Input aria-label="解密条件" style={{ width: 280 }} />
                </Form.Item>
              );
            return null;
          }}
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

/** 定密依据: an entry of the unit's 国家秘密事项一览表 (cleared: none). */
export function ClassificationItemField({ name }: { name: Path | string }) {
  const [items, setItems] = useState<ClassificationItemView[]>([]);
  useEffect(() => {
    void call('classification:list', { pageSize: 500 }).then((r) => r.ok && setItems(r.value.rows));
  }, []);
  return (
    <Form.Item name={name} label="定密依据（国家秘密事项一览表）">
      <Select allowClear options={items.map((i) => ({ value: i.id, label: i.name }))} />
    </Form.Item>
  );
}

/** The copies (份号) an action applies to, limited to those whose status allows it. */
export function CopyNosField({
  copies,
  statuses,
  label = '份号',
}: {
  copies: CopyView[];
  statuses: CopyStatus[];
  label?: string;
}) {
  const usable = copies.filter((c) => statuses.includes(c.status));
  return (
    <Form.Item name="copyNos" label={label} rules={[{ required: true, message: '请至少选择一份' }]}>
      <Checkbox.Group
        options={usable.map((c) => ({
          value: c.copyNo,
          label: `${c.copyNo}号（${CARRIER_STATUS_LABELS[c.status]}·${c.holderName}${c.dueOn ? ` 应还${tableDate(c.dueOn)}` : ''}）`,
        }))}
      />
    </Form.Item>
  );
}

/** Approved in-app requests of one kind that are not used yet, for the request select. */
function useApprovedRequests(kind: ApprovalKind, subjectId?: string) {
  const [rows, setRows] = useState<RequestView[]>([]);
  useEffect(() => {
    void call('approvals:requests', { status: 'approved', kind, pageSize: 200 }).then((r) => {
      if (r.ok) setRows(r.value.rows.filter((q) => !subjectId || q.subjectId === subjectId));
    });
  }, [kind, subjectId]);
  return rows;
}

/**
 * The approval an action rests on: a paper approval recorded now (approver, date, document number), or a
 * request a leader approved in the app. The form value `approval.mode` is dropped by `approvalInput`.
 */
export function ApprovalFields({ kind, subjectId }: { kind: ApprovalKind; subjectId?: string }) {
  const requests = useApprovedRequests(kind, subjectId);
  return (
    <FormGroup title="审批">
      <Form.Item name={['approval', 'mode']} initialValue="paper">
        <Radio.Group
          options={[
            { value: 'paper', label: '纸质审批（登记审批单）' },
            { value: 'request', label: `系统内已批准的申请（${requests.length}）` },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue(['approval', 'mode']) === 'request' ? (
            <Form.Item name={['approval', 'requestId']} label="已批准的申请">
              <Select
                placeholder={requests.length ? '选择申请' : '没有已批准、未使用的申请'}
                options={requests.map((q) => ({
                  value: q.id,
                  label: `#${q.id} ${q.summary}（${q.approval?.approverName ?? ''} ${tableDate(q.approval?.decidedAt)}）`,
                }))}
              />
            </Form.Item>
          ) : (
            <Space wrap align="start">
              <Form.Item name={['approval', 'approver', 'name']} label="审批人">
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['approval', 'approver', 'title']} label="审批人职务">
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['approval', 'decidedAt']} label="审批日期">
                <Input type="date" />
              </Form.Item>
              <Form.Item name={['approval', 'documentNo']} label="审批单文号">
                <Input style={{ width: 160 }} />
              </Form.Item>
            </Space>
          )
        }
      </Form.Item>
    </FormGroup>
  );
}

export interface ApprovalValues {
  mode?: 'paper' | 'request';
  requestId?: number;
  approver?: { name?: string; title?: string };
  decidedAt?: string;
  documentNo?: string;
}

/** The form's approval as the channel takes it; nothing at all when the clerk filled nothing in. */
export function approvalInput(a: ApprovalValues | undefined) {
  if (!a) return undefined;
  if (a.mode === 'request') return a.requestId ? { requestId: a.requestId } : undefined;
  if (!a.approver?.name && !a.decidedAt && !a.documentNo) return undefined;
  return {
    approver: {
      type: 'person' as const,
      name: a.approver?.name ?? '',
      title: a.approver?.title || undefined,
    },
    decidedAt: a.decidedAt || undefined,
    documentNo: a.documentNo || undefined,
  };
}

/** Who decides a 定密 change: the unit's own 定密责任人 (on a proposal) or the originating authority. */
export function DeciderFields() {
  return (
    <FormGroup title="决定人">
      <Form.Item name={['by', 'authority']} initialValue="own">
        <Radio.Group
          options={[
            { value: 'own', label: '本单位定密责任人' },
            { value: 'originator', label: '原定密机关' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue(['by', 'authority']) === 'originator' ? (
            <Space wrap>
              <TextField name={['by', 'authorityName']} label="原定密机关" required />
              <TextField name={['by', 'documentNo']} label="通知文号" required />
            </Space>
          ) : (
            <Space wrap>
              <TextField name={['by', 'proposerName']} label="承办人" required />
              <TextField name={['by', 'classifierName']} label="定密责任人" required />
            </Space>
          )
        }
      </Form.Item>
    </FormGroup>
  );
}

export function NoticeFields() {
  return (
    <Space wrap style={{ display: 'flex' }}>
      <TextField name={['notice', 'noticeTo']} label="书面通知对象" required />
      <TextField name={['notice', 'noticeNo']} label="书面通知文号" />
    </Space>
  );
}

/** A titled group of fields inside a form (审批, 签收, 监销人 …). */
export function FormGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset
      style={{ border: '1px solid #e5e6eb', borderRadius: 6, padding: '4px 16px 0', margin: '0 0 16px' }}
    >
      <legend
        style={{ width: 'auto', border: 0, padding: '0 6px', margin: 0, fontSize: 14, color: '#4e5969' }}
      >
        {title}
      </legend>
      {children}
    </fieldset>
  );
}
