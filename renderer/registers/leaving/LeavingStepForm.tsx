// The form of one step of the leaving procedure. A step already recorded shows what was recorded.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Typography } from 'antd';
import type { LeavingStep, LeavingView } from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import {
  ApprovalFields,
  approvalInput,
  clean,
  DateItem,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';

function recorded(l: LeavingView, step: LeavingStep): string | null {
  switch (step) {
    case 'talk':
      return l.talkOn
        ? `${tableDate(l.talkOn)} 谈话，在场：${l.talkPresent.map((x) => x.name).join('、')}${l.talkNotes ? `。${l.talkNotes}` : ''}`
        : null;
    case 'carriers':
      return l.carriersClearedOn ? `${tableDate(l.carriersClearedOn)} 经核对，持有载体已全部清退` : null;
    case 'devices':
      return l.devicesReturnedOn
        ? `${tableDate(l.devicesReturnedOn)} ${l.devicesReturned.length ? `交回：${l.devicesReturned.join('、')}` : '无涉密设备需交回'}`
        : null;
    case 'account':
      return l.accountDoneOn ? `${tableDate(l.accountDoneOn)} 已取消涉密信息系统访问权限` : null;
    case 'pledge':
      return l.pledgeId ? '已签订离岗保密承诺书' : null;
  }
}

function TalkFields() {
  return (
    <>
      <DateItem name="talkOn" label="谈话日期" />
      <Typography.Text>在场人员（本人以外至少两人）</Typography.Text>
      <Form.List name="present">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="form-grid" style={{ gridTemplateColumns: '1fr 1fr 24px' }}>
                <Form.Item name={[f.name, 'name']} label={`在场人员${i + 1}`}>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'title']} label="职务">
                  <Input />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除在场人员" onClick={() => remove(f.name)} />
              </div>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
              添加在场人员
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="notes" label="谈话记录（去向、从业等）" style={{ marginTop: 8 }}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

const CHANNELS = {
  talk: 'leaving:talk',
  carriers: 'leaving:carriers',
  devices: 'leaving:devices',
  account: 'leaving:account',
  pledge: 'leaving:pledge',
  approve: 'leaving:approve',
} as const;

// not labels: the button that records each step.
const SUBMIT = {
  talk: '记录谈话',
  carriers: '核对台账并记录清退',
  devices: '记录设备交回',
  account: '记录取消权限',
  pledge: '记录离岗承诺书',
  approve: '记录离岗审批',
} as const;

/** The step's defaults, dated today (read when the form opens, so a page left open overnight is not stale). */
function initial(step: LeavingStep | 'approve'): object {
  const on = today();
  switch (step) {
    case 'talk':
      return { talkOn: on, present: [{}, {}] };
    case 'carriers':
      return { checkedOn: on };
    case 'devices':
      return { returnedOn: on, devices: [] };
    case 'account':
      return { doneOn: on };
    case 'pledge':
      return { signedOn: on };
    case 'approve':
      return {};
  }
}

export function LeavingStepForm({
  l,
  step,
  onDone,
}: {
  l: LeavingView;
  step: LeavingStep | 'approve';
  /** The step was recorded: the procedure moves on to the next one. */
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const done = step === 'approve' ? null : recorded(l, step);
  if (done) return <Typography.Paragraph className="leaving-done">已完成：{done}</Typography.Paragraph>;
  return (
    <ChannelForm
      channel={CHANNELS[step]}
      form={form}
      submitText={SUBMIT[step]}
      initialValues={initial(step)}
      toInput={(v: { approval?: ApprovalValues }) =>
        ({
          ...clean(v),
          ...(step === 'approve' ? { approval: approvalInput(v.approval) } : {}),
          leavingId: l.id,
        }) as never
      }
      onDone={onDone}
    >
      {step === 'talk' ? <TalkFields /> : null}
      {step === 'carriers' ? (
        <>
          <Typography.Paragraph type="secondary">
            按涉密载体台账核对其（按人员和按“姓名+部门”登记的）持有情况；仍有未清退的载体时不能通过。
          </Typography.Paragraph>
          <DateItem name="checkedOn" label="核对日期" />
        </>
      ) : null}
      {step === 'devices' ? (
        <>
          <DateItem name="returnedOn" label="交回日期" />
          <Form.Item name="devices" label="交回的涉密设备（可不填：无设备）">
            <Select mode="tags" open={false} placeholder="输入设备名称和编号后回车" />
          </Form.Item>
        </>
      ) : null}
      {step === 'account' ? (
        <>
          <Typography.Paragraph type="secondary">
            如该人员关联了本系统账户，该账户将被停用。
          </Typography.Paragraph>
          <DateItem name="doneOn" label="取消权限日期" />
        </>
      ) : null}
      {step === 'pledge' ? <DateItem name="signedOn" label="离岗承诺书签订日期" /> : null}
      {step === 'approve' ? (
        <>
          <Typography.Paragraph type="secondary">
            审批日期须在开始办理之日至今天之间。脱密期自审批日期起算（当日不计入），按涉密等级（可在「人员设置」中调整）确定，到期的对应日为最后一日，次日起期满。
          </Typography.Paragraph>
          <ApprovalFields prefix="approval" kind="leave" withDecision required />
        </>
      ) : null}
    </ChannelForm>
  );
}
