// 涉密等级: the chain 部门提名 → 部门负责人审核 → 单位领导审批 → 备案, one small form per step (a paper approval
// or an in-app request), and the person's clearance history.
import { Button, Card, Empty, Form, Input, Select, Steps, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type {
  ChannelInput,
  ClearanceDecisionStatus,
  ClearanceDecisionView,
  ClearanceStep,
  PersonDossier,
  StepView,
} from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import { ApprovalFields, approvalInput, type ApprovalValues } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import {
  APPROVAL_DECISION_LABELS,
  CLEARANCE_DECISION_STATUS_LABELS,
  CLEARANCE_LABELS,
  CLEARANCE_STEP_LABELS,
} from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';

const STEPS: ClearanceStep[] = ['nominate', 'dept_review', 'leader_approve', 'file'];
// not labels: who signs each step, the title of the form's name field.
const WHO: Record<ClearanceStep, string> = {
  nominate: '提名人',
  dept_review: '部门负责人',
  leader_approve: '单位领导',
  file: '备案经办人',
};

export function stepText(s: StepView): string {
  return [
    `${s.approverName}${s.approverTitle ? `（${s.approverTitle}）` : ''}`,
    tableDate(s.decidedAt),
    APPROVAL_DECISION_LABELS[s.decision],
    s.documentNo ?? '',
    s.opinion ?? '',
  ]
    .filter(Boolean)
    .join('　');
}

type Nomination = Omit<ChannelInput<'persons:nominateClearance'>, 'nomination' | 'personId'> & {
  nomination?: ApprovalValues;
};

function NominateForm({ d, onDone }: { d: PersonDossier; onDone: () => void }) {
  const [form] = Form.useForm();
  const p = d.person;
  return (
    <Card size="small" title="部门提名（确定或变更涉密等级）">
      <ChannelForm
        channel="persons:nominateClearance"
        form={form}
        submitText="提交提名"
        toInput={(v: Nomination) => ({
          ...v,
          personId: p.id,
          nomination: approvalInput(v.nomination) as ChannelInput<'persons:nominateClearance'>['nomination'],
        })}
        initialValues={{ clearance: p.clearanceByPosts ?? undefined }}
        onDone={onDone}
      >
        <div className="form-grid">
          <Form.Item
            name="clearance"
            label="拟定涉密等级"
            extra={p.clearanceByPosts ? `按岗位应为${CLEARANCE_LABELS[p.clearanceByPosts]}` : undefined}
          >
            <Select options={optionsOf(CLEARANCE_LABELS)} />
          </Form.Item>
          <Form.Item name="reason" label="提名理由">
            <Input />
          </Form.Item>
        </div>
        <ApprovalFields prefix="nomination" kind="clearance" who="提名人" required />
      </ChannelForm>
    </Card>
  );
}

function StepForm({ decision }: { decision: ClearanceDecisionView }) {
  const [form] = Form.useForm();
  const step = decision.nextStep as ClearanceStep;
  return (
    <ChannelForm
      channel="persons:clearanceStep"
      form={form}
      submitText={`记录${CLEARANCE_STEP_LABELS[step]}`}
      toInput={(v: { approval?: ApprovalValues }) => ({
        decisionId: decision.id,
        step,
        approval: approvalInput(v.approval) as ChannelInput<'persons:clearanceStep'>['approval'],
      })}
    >
      <ApprovalFields
        prefix="approval"
        kind="clearance"
        who={WHO[step]}
        withDecision={step !== 'file'}
        required
      />
    </ChannelForm>
  );
}

const DECISION_STATUS_COLORS: Record<ClearanceDecisionStatus, string> = {
  open: 'blue',
  filed: 'green',
  rejected: 'red',
};

function DecisionCard({ decision }: { decision: ClearanceDecisionView }) {
  const done = decision.steps.length;
  return (
    <Card
      size="small"
      className="person-section"
      title={`${decision.fromClearance ? CLEARANCE_LABELS[decision.fromClearance] : '未确定'} → ${CLEARANCE_LABELS[decision.toClearance]}：${decision.reason}`}
      extra={
        <Tag color={DECISION_STATUS_COLORS[decision.status]}>
          {CLEARANCE_DECISION_STATUS_LABELS[decision.status]}
        </Tag>
      }
    >
      <Steps
        size="small"
        current={decision.nextStep ? STEPS.indexOf(decision.nextStep) : done}
        status={decision.status === 'rejected' ? 'error' : undefined}
        items={STEPS.map((s, i) => ({
          title: CLEARANCE_STEP_LABELS[s],
          content: decision.steps[i] ? stepText(decision.steps[i]) : undefined,
        }))}
      />
      {decision.nextStep ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{CLEARANCE_STEP_LABELS[decision.nextStep]}</Typography.Text>
          <StepForm key={decision.nextStep} decision={decision} />
        </div>
      ) : null}
    </Card>
  );
}

export function ClearancePanel({ d }: { d: PersonDossier }) {
  const open = d.clearanceDecisions.find((x) => x.status === 'open');
  // A change of clearance is the exception once one is filed: its form waits behind a button.
  const [changing, setChanging] = useState(false);
  const nominate = !open && (!d.person.clearance || changing);
  return (
    <div>
      {nominate ? <NominateForm d={d} onDone={() => setChanging(false)} /> : null}
      {!open && !nominate ? (
        <Button style={{ marginBottom: 12 }} onClick={() => setChanging(true)}>
          变更涉密等级（部门提名）
        </Button>
      ) : null}
      {d.clearanceDecisions.map((x) => (
        <DecisionCard key={x.id} decision={x} />
      ))}
      <Typography.Title level={5}>涉密等级变更记录</Typography.Title>
      {d.clearanceHistory.length ? (
        <Timeline
          className="clearance-history"
          items={d.clearanceHistory.map((h, i) => ({
            key: i,
            content: (
              <span>
                <span className="timeline-date">{tableDate(h.on)}</span>
                {h.from ? CLEARANCE_LABELS[h.from] : '未确定'} → {h.to ? CLEARANCE_LABELS[h.to] : '无'}{' '}
                {h.summary}
              </span>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未确定涉密等级" />
      )}
      <Button type="link" href="#/reg/approvals">
        查看审批台账
      </Button>
    </div>
  );
}
