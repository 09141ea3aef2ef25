// 离岗 / 离职 / 退休 / 调动 as a guided procedure (regulation art. 53): reminder talk, 清退 against the carriers
// register, devices, system access, leaving pledge, then the approval that fixes the 脱密期. Afterwards the
// period can be extended, and the person can leave the unit (inside the period only with an exception).
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Steps } from 'antd';
import { useState } from 'react';
import type {
  ChannelInput,
  HeldCopyView,
  HeldDeviceView,
  LeavingStep,
  LeavingView,
  PersonDossier,
} from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  clean,
  DateItem,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';
import {
  DEPARTURE_KIND_LABELS,
  DEVICE_KIND_LABELS,
  LEAVING_KIND_LABELS,
  OPINION_VERDICT_LABELS,
  LEAVING_STEP_LABELS,
} from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { LeavingStepForm } from './LeavingStepForm';

export const STEP_ORDER: (LeavingStep | 'approve')[] = [
  'talk',
  'carriers',
  'devices',
  'account',
  'pledge',
  'approve',
];

/** What the carriers register shows in the person's hands: 编号《名称》第 N 份, one per line. */
export function HeldList({ holds }: { holds: HeldCopyView[] }) {
  if (!holds.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="person-section"
      title={`涉密载体台账显示其仍持有 ${holds.length} 份涉密载体，须全部清退后才能审批离岗：`}
      description={
        <ul className="held-list" aria-label="尚未清退的载体">
          {holds.map((h) => (
            <li key={h.copyId}>
              {h.carrierNo}《{h.name}》第 {h.copyNo} 份{h.docNo ? `（${h.docNo}）` : ''}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** What the device and media register shows in the person's charge or hands: 类型 编号, one per line. */
export function DevicesHeldList({ held }: { held: HeldDeviceView[] }) {
  if (!held.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="person-section"
      title={`设备与介质台账显示其仍有 ${held.length} 台（件）涉密设备或存储介质未交回，须全部交回后才能办理：`}
      description={
        <ul className="held-list" aria-label="尚未交回的设备与介质">
          {held.map((h) => (
            <li key={h.id}>
              {DEVICE_KIND_LABELS[h.kind]} {h.deviceNo}（{h.how === 'holder' ? '借用/携带外出' : '责任人'}）
            </li>
          ))}
        </ul>
      }
    />
  );
}

type WithApproval<C extends 'persons:extendSeparation' | 'persons:depart', K extends string> = Omit<
  ChannelInput<C>,
  K
> & { [k in K]?: ApprovalValues };

function StartForm({ d }: { d: PersonDossier }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        办理离岗手续
      </Button>
      <ActionModal
        title={`办理离岗：${d.person.name}`}
        channel="leaving:start"
        open={open}
        onClose={() => setOpen(false)}
        fixed={{ personId: d.person.id }}
        toInput={clean}
        initialValues={{ kind: 'off_post', startedOn: today() }}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="离岗类型">
            <Select options={optionsOf(LEAVING_KIND_LABELS)} />
          </Form.Item>
          <DateItem name="startedOn" label="开始办理日期" />
          <Form.Item name="reason" label="离岗原因">
            <Input />
          </Form.Item>
          <Form.Item name="destination" label="去向/调往单位">
            <Input />
          </Form.Item>
        </div>
      </ActionModal>
    </>
  );
}

function Procedure({ l }: { l: LeavingView }) {
  const firstTodo = STEP_ORDER.findIndex((s) => s !== 'approve' && l.todo.includes(s));
  // The first step still to do, unless the clerk picked another; after each recorded step, the next one.
  const [picked, setPicked] = useState<number | null>(null);
  const current = picked ?? (firstTodo < 0 ? STEP_ORDER.length - 1 : firstTodo);
  const [error, setError] = useState<string | null>(null);
  const step = STEP_ORDER[current] ?? 'approve';
  const cancel = async () => {
    const r = await call('leaving:cancel', { leavingId: l.id });
    setError(r.ok ? null : r.error.message);
  };
  return (
    <Card
      size="small"
      title={`${LEAVING_KIND_LABELS[l.kind]}手续（${tableDate(l.startedOn)} 起）：${l.reason}`}
      extra={
        <Button size="small" danger onClick={() => void cancel()}>
          撤销手续
        </Button>
      }
    >
      <ErrorNote message={error} />
      <Steps
        size="small"
        current={current}
        onChange={setPicked}
        items={STEP_ORDER.map((s) => ({
          title: s === 'approve' ? '离岗审批' : LEAVING_STEP_LABELS[s],
          status: s !== 'approve' && l.done.includes(s) ? 'finish' : s === step ? 'process' : 'wait',
        }))}
      />
      <div style={{ marginTop: 16 }}>
        {step === 'carriers' || step === 'approve' ? <HeldList holds={l.holds} /> : null}
        {step === 'devices' || step === 'approve' ? <DevicesHeldList held={l.devicesHeld} /> : null}
        <LeavingStepForm key={step} l={l} step={step} onDone={() => setPicked(null)} />
      </div>
    </Card>
  );
}

function Approved({ d, l }: { d: PersonDossier; l: LeavingView }) {
  const [dialog, setDialog] = useState<'extend' | 'depart' | null>(null);
  const p = d.person;
  return (
    <Card size="small" title={`${LEAVING_KIND_LABELS[l.kind]}已审批`}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          {
            key: 'ap',
            label: '审批人',
            children: l.approval
              ? `${l.approval.approverName}${l.approval.approverTitle ? `（${l.approval.approverTitle}）` : ''}`
              : '',
          },
          { key: 'a', label: '审批日期', children: tableDate(l.approvedOn) },
          { key: 'y', label: '脱密期', children: `${l.separationYears ?? ''} 年` },
          {
            key: 'e',
            label: '脱密期最后一日',
            children: <strong className="separation-end">{tableDate(p.separationEndsOn)}</strong>,
          },
          {
            key: 'x',
            label: '延长',
            children: p.separationExtraMonths ? `${p.separationExtraMonths} 个月` : '无',
          },
        ]}
      />
      {p.departedOn ? null : (
        <Space style={{ marginTop: 12 }}>
          {/* Once the last day has passed the period is over: an extension would revive it (the core refuses). */}
          {p.inSeparation ? <Button onClick={() => setDialog('extend')}>延长脱密期</Button> : null}
          <Button onClick={() => setDialog('depart')}>离开单位（调离/离职/退休）</Button>
        </Space>
      )}
      <ActionModal
        title="延长脱密期"
        channel="persons:extendSeparation"
        open={dialog === 'extend'}
        onClose={() => setDialog(null)}
        fixed={{ personId: p.id }}
        toInput={(v: WithApproval<'persons:extendSeparation', 'approval'>) => ({
          ...clean(v),
          approval: approvalInput(v.approval) as ChannelInput<'persons:extendSeparation'>['approval'],
        })}
        initialValues={{ extraMonths: 12 }}
      >
        <div className="form-grid">
          <Form.Item name="extraMonths" label="延长月数">
            <InputNumber min={1} max={120} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="延长理由">
            <Input />
          </Form.Item>
        </div>
        <ApprovalFields prefix="approval" kind="leave" required />
      </ActionModal>
      <ActionModal
        title="离开单位"
        channel="persons:depart"
        open={dialog === 'depart'}
        onClose={() => setDialog(null)}
        fixed={{ personId: p.id }}
        toInput={(v: WithApproval<'persons:depart', 'exception'>) => ({
          ...clean(v),
          exception: approvalInput(v.exception, true),
        })}
        initialValues={{ departedOn: today(), kind: 'transfer' }}
        intro={
          p.inSeparation ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`脱密期至 ${tableDate(p.separationEndsOn)}：期内调离或离职须经单位领导批准例外，并记入人员档案。`}
            />
          ) : null
        }
      >
        <div className="form-grid">
          <Form.Item name="kind" label="去向类型">
            <Select options={optionsOf(DEPARTURE_KIND_LABELS)} />
          </Form.Item>
          <DateItem name="departedOn" label="离开单位日期" />
          <Form.Item name="destination" label="去向" className="form-grid-wide">
            <Input />
          </Form.Item>
        </div>
        <ApprovalFields prefix="exception" kind="leave" who="批准例外的领导" />
      </ActionModal>
    </Card>
  );
}

/** The supervising bureau's 意见 on this procedure, as its notices brought them (issue 25). */
function SupervisorOpinions({ l }: { l: LeavingView }) {
  return (
    <>
      {l.supervisorOpinions.map((o) => (
        <Alert
          key={o.noticeId}
          style={{ marginBottom: 12 }}
          type={o.verdict === 'disagree' ? 'warning' : 'info'}
          showIcon
          title={`上级保密工作部门意见（第 ${o.seq} 号通知，${tableDate(o.issuedAt)}）：${OPINION_VERDICT_LABELS[o.verdict]}${o.separationEndsOn ? `，脱密期延长至 ${tableDate(o.separationEndsOn)}（请按单位审批办理“延长脱密期”）` : ''}`}
          description={o.text}
        />
      ))}
    </>
  );
}

export function LeavingPanel({ d }: { d: PersonDossier }) {
  const open = d.leaving.find((l) => l.status === 'open');
  const approved = d.leaving.find((l) => l.status === 'approved');
  return (
    <div>
      {open || approved ? <SupervisorOpinions l={(open ?? approved) as LeavingView} /> : null}
      {open ? <Procedure key={open.id} l={open} /> : null}
      {!open && approved ? <Approved d={d} l={approved} /> : null}
      {!open && !approved ? (
        d.person.status === 'in_post' ? (
          <StartForm d={d} />
        ) : (
          <Alert type="info" showIcon title="只有在岗人员才需办理离岗手续。" />
        )
      ) : null}
    </div>
  );
}
