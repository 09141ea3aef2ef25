// The approval an action rests on, the same in every register: a paper approval recorded now (approver,
// date, document number, opinion), or a request a 领导 approved in the app and nobody has used yet. The
// fields are named as ActionApprovalInput under `prefix`, so the core's field errors
// (`approval.approver.name`) land beside them; `approvalInput` turns them into that input. The approver is
// chosen like any other person (usually a unit leader, so 在职人员 as well as 涉密人员), and brings their
// post into 职务 when the lists know it.
import { Form, Input, Radio, Select } from 'antd';
import type { ApprovalDecision, ApprovalKind, RequestView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { APPROVAL_DECISION_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { DateItem, FormGroup } from './fields';
import { NameField } from './NamePicker';
import { today } from './today';

/** Approved in-app requests of one kind that are not used yet (of one subject, when given). */
function useApprovedRequests(kind: ApprovalKind, subjectId?: string): RequestView[] {
  const { value } = useLoad('approvals:requests', { status: 'approved', kind, pageSize: 200 }, ['approvals']);
  return (value?.rows ?? []).filter((q) => !subjectId || q.subjectId === subjectId);
}

export function ApprovalFields({
  prefix = 'approval',
  kind,
  subjectId,
  who = '审批人',
  withDecision = false,
  title = '审批',
  required = false,
}: {
  prefix?: string;
  kind: ApprovalKind;
  /** Offer only the requests about this subject (e.g. the carrier's id). */
  subjectId?: string;
  /** The label of the approver's name (提名人, 部门负责人 …); the title's label follows it. */
  who?: string;
  /** Ask for the conclusion (同意 / 不同意): for steps a 领导 may refuse. */
  withDecision?: boolean;
  title?: string;
  /**
   * The action cannot be done without it (the core's rule asks for it here): 审批人 and 审批日期, or the
   * chosen request, are marked and asked for before the core is.
   */
  required?: boolean;
}) {
  const requests = useApprovedRequests(kind, subjectId);
  const form = Form.useFormInstance();
  const mode = (Form.useWatch([prefix, 'mode'], form) as string | undefined) ?? 'paper';
  const role = who.replace(/（.*）$/, '');
  return (
    <FormGroup title={title}>
      <Form.Item name={[prefix, 'mode']} initialValue="paper" label="审批方式">
        <Radio.Group
          options={[
            { value: 'paper', label: '纸质审批（登记审批单）' },
            { value: 'request', label: `系统内已批准的申请（${requests.length}）` },
          ]}
        />
      </Form.Item>
      {mode === 'request' ? (
        <Form.Item
          name={[prefix, 'requestId']}
          label="已批准的申请"
          rules={required ? [{ required: true, message: '请选择已批准的申请' }] : []}
        >
          <Select
            placeholder={requests.length ? '选择申请' : '没有已批准、未使用的申请'}
            options={requests.map((q) => ({
              value: q.id,
              label: `#${q.id} ${q.summary}（${q.approval?.approverName ?? ''} ${tableDate(q.approval?.decidedAt)}）`,
            }))}
          />
        </Form.Item>
      ) : (
        <div className="form-grid">
          <NameField
            name={[prefix, 'approver', 'name']}
            label={who}
            source="persons"
            postField={[prefix, 'approver', 'title']}
            required={required}
          />
          <Form.Item name={[prefix, 'approver', 'title']} label={`${role}职务`}>
            <Input />
          </Form.Item>
          <DateItem
            name={[prefix, 'decidedAt']}
            label="审批日期"
            initialValue={today()}
            required={required}
          />
          <Form.Item name={[prefix, 'documentNo']} label="审批单文号">
            <Input />
          </Form.Item>
          {withDecision ? (
            <Form.Item name={[prefix, 'decision']} label="结论" initialValue="approved">
              <Radio.Group options={optionsOf(APPROVAL_DECISION_LABELS)} />
            </Form.Item>
          ) : null}
          <Form.Item name={[prefix, 'opinion']} label="审批意见" className="form-grid-wide">
            <Input.TextArea rows={2} />
          </Form.Item>
        </div>
      )}
    </FormGroup>
  );
}

/** What ApprovalFields hold in the form (`mode` is the form's own choice, not part of the input). */
export interface ApprovalValues {
  mode?: 'paper' | 'request';
  requestId?: number;
  approver?: { name?: string; title?: string };
  decidedAt?: string;
  documentNo?: string;
  opinion?: string;
  decision?: ApprovalDecision;
}

export interface ApprovalInput {
  requestId?: number;
  approver?: { type: 'person'; name: string; title?: string };
  decidedAt?: string;
  documentNo?: string;
  opinion?: string;
  decision?: ApprovalDecision;
}

/**
 * The form's approval as the channels take it: the chosen request, or the paper approval. `optional`: an
 * approval the clerk did not fill in (no approver, document or opinion; the date is prefilled) is none at
 * all, so the core decides whether the action needs one.
 */
export function approvalInput(a: ApprovalValues | undefined, optional = false): ApprovalInput | undefined {
  if (a?.mode === 'request') return a.requestId ? { requestId: a.requestId } : undefined;
  const name = a?.approver?.name?.trim() ?? '';
  const title = a?.approver?.title?.trim() || undefined;
  const documentNo = a?.documentNo?.trim() || undefined;
  const opinion = a?.opinion?.trim() || undefined;
  if (optional && !name && !title && !documentNo && !opinion) return undefined;
  return {
    approver: { type: 'person', name, ...(title ? { title } : {}) },
    ...(a?.decidedAt ? { decidedAt: a.decidedAt } : {}),
    ...(documentNo ? { documentNo } : {}),
    ...(opinion ? { opinion } : {}),
    ...(a?.decision ? { decision: a.decision } : {}),
  };
}
