// 复制 / 知悉人员登记 / 变更 / 解密 / 延期 / 申请审批 on one carrier.
import { Checkbox, Form, InputNumber, Radio, Select, Space } from 'antd';
import type { ApprovalKind, ChannelInput } from '../../../electron/ipc/contract';
import {
  APPROVAL_KIND_LABELS,
  COPY_MODE_LABELS,
  LEVEL_LABELS,
  REVIEW_DECISION_LABELS,
} from '../../../db/domain/labels';
import { addPeriod } from '../../../db/domain/dates';
import { MAX_TERM_YEARS, NATIONAL_LEVELS, type NationalLevel } from '../../../db/domain/vocab';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  DateItem,
  FormGroup,
  NameField,
  PersonFields,
  TextField,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { DeciderFields, levelOptions, NoticeFields, TermFields } from '../classification/fields';
import type { ActionProps } from './moveForms';
import { optionsOf } from '../../i18n/labels';
import { PlaceField } from './PlaceField';

type Values = Record<string, unknown> & { approval?: ApprovalValues };

export function CopyForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:copy', Values>
      title={`复制：${c.name}`}
      channel="carriers:copy"
      initialValues={{
        mode: 'copy',
        copiedOn: today(),
        copyCount: 1,
        department: c.department,
        custodian: c.custodianName,
        location: c.location ?? undefined,
      }}
      toInput={(v) =>
        ({
          ...v,
          carrierId: c.id,
          approval: approvalInput(v.approval, true),
          originatorConsent: c.level === 'top_secret' ? v.originatorConsent : undefined,
        }) as ChannelInput<'carriers:copy'>
      }
      onDone={onDone}
      onClose={onClose}
      submitText="复制并登记"
    >
      <Form.Item name="mode">
        <Radio.Group options={optionsOf(COPY_MODE_LABELS)} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="copyCount" label="复制份数" rules={[{ required: true, message: '请填写复制份数' }]}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <DateItem name="copiedOn" label="复制日期" required />
      </Space>
      <TextField name="purpose" label="复制用途" required />
      <TextField name="name" label="名称（摘录件填写）" />
      <Space wrap>
        <NameField name="department" label="所属部门" source="departments" required />
        <NameField name="custodian" label="保管人" source="persons" required departmentField="department" />
        <PlaceField name="location" />
      </Space>
      <TextField name="storageReason" label="存放说明（位置不合要求而仍须存放时填写）" />
      <p className="form-hint">
        复制件继承原件的密级（{LEVEL_LABELS[c.level]}）、保密期限和知悉范围，加盖“复制件”标记，另编份号。
      </p>
      <ApprovalFields
        kind="copy"
        subjectId={String(c.id)}
        // 绝密 rests on the originator's consent (below); other controlled levels on a leader's approval.
        required={
          (NATIONAL_LEVELS as readonly string[]).includes(c.level) &&
          c.classState === 'classified' &&
          c.level !== 'top_secret'
        }
      />
      {c.level === 'top_secret' ? (
        <FormGroup title="原定密机关同意（绝密级必填）">
          <Space wrap>
            <TextField name={['originatorConsent', 'authority']} label="原定密机关" required />
            <TextField name={['originatorConsent', 'documentNo']} label="同意文件文号" required />
            <DateItem name={['originatorConsent', 'decidedAt']} label="同意日期" required />
          </Space>
        </FormGroup>
      ) : null}
    </ActionModal>
  );
}

export function KnowerForm({ carrier: c, onDone, onClose }: ActionProps) {
  return (
    <ActionModal<'carriers:addKnower', Values>
      title={`知悉人员登记：${c.name}`}
      channel="carriers:addKnower"
      initialValues={{ knownOn: today(), how: '阅读', withinRange: true }}
      toInput={(v) =>
        ({
          ...v,
          carrierId: c.id,
          approval: approvalInput(v.approval, true),
        }) as ChannelInput<'carriers:addKnower'>
      }
      onDone={onDone}
      onClose={onClose}
      submitText="登记"
    >
      <PersonFields name="person" label="知悉人" />
      <Space wrap>
        <DateItem name="knownOn" label="知悉日期" required />
        <TextField name="how" label="知悉方式" required />
      </Space>
      <Form.Item name="withinRange" valuePropName="checked">
        <Checkbox>在知悉范围（{c.needToKnow.join('、')}）之内</Checkbox>
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) => (f.getFieldValue('withinRange') ? null : <ApprovalFields kind="other" />)}
      </Form.Item>
    </ActionModal>
  );
}

type DecisionKind = 'reclassify' | 'declassify' | 'extend';

const isNational = (level: string): level is NationalLevel =>
  (NATIONAL_LEVELS as readonly string[]).includes(level);

/**
 * The level's maximum for a new term, and the 另有规定 a term past it must record (law art. 20). The core
 * decides; this only says beforehand what it will ask.
 */
function BeyondMaxFields({ issuedOn, level }: { issuedOn: string; level: string }) {
  if (!isNational(level)) return null;
  const years = MAX_TERM_YEARS[level];
  const max = addPeriod(issuedOn, years, 0);
  return (
    <>
      <p className="form-hint">
        保密期限自制发日（{issuedOn}）起算，届满当日仍在期限内，次日起自行解密。{LEVEL_LABELS[level]}
        级最长 {years} 年，至 {max}；改为解密条件而未登记另有规定的，最迟至该日解密。
      </p>
      <Form.Item name="pastMax" valuePropName="checked">
        <Checkbox>超过法定最长期限（须有另有规定）</Checkbox>
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue('pastMax') ? (
            <FormGroup title="另有规定">
              <TextField name={['beyondMax', 'basis']} label="另有规定依据" required />
              <Space wrap>
                <TextField name={['beyondMax', 'allowedBy']} label="批准机关" required />
                <TextField name={['beyondMax', 'documentNo']} label="批准文件文号" required />
                <DateItem name={['beyondMax', 'allowedOn']} label="批准日期" required />
              </Space>
            </FormGroup>
          ) : null
        }
      </Form.Item>
    </>
  );
}

/** 变更 / 解密 / 延期 by a 定密责任人 (or the originating authority), with reason and written notice. */
export function DecisionForm({ carrier: c, onDone, onClose, kind }: ActionProps & { kind: DecisionKind }) {
  const channel = `classification:${kind}` as const;
  return (
    <ActionModal<typeof channel, Values>
      title={`${REVIEW_DECISION_LABELS[kind]}：${c.name}`}
      channel={channel}
      initialValues={{
        decidedOn: today(),
        notice: { noticeTo: c.needToKnow.join('、') },
        ...(kind === 'reclassify' ? { level: c.level, needToKnowText: c.needToKnow } : {}),
      }}
      toInput={(v) => {
        const { needToKnowText, changeTerm, pastMax, beyondMax, ...rest } = v;
        const changed =
          kind === 'reclassify'
            ? {
                level: v.level === c.level ? undefined : v.level,
                needToKnow:
                  JSON.stringify(needToKnowText) === JSON.stringify(c.needToKnow)
                    ? undefined
                    : needToKnowText,
                term: changeTerm ? v.term : undefined,
              }
            : {};
        const basis = pastMax && kind !== 'declassify' ? { beyondMax } : {};
        return { ...rest, ...changed, ...basis, carrierId: c.id } as ChannelInput<typeof channel>;
      }}
      onDone={onDone}
      onClose={onClose}
      submitText={REVIEW_DECISION_LABELS[kind]}
    >
      {kind === 'reclassify' ? (
        <>
          <Form.Item name="level" label="密级">
            <Select options={levelOptions} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="needToKnowText" label="知悉范围">
            <Select mode="tags" open={false} placeholder="输入后按回车" />
          </Form.Item>
          <Form.Item name="changeTerm" valuePropName="checked">
            <Checkbox>同时变更保密期限</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {(f) =>
              f.getFieldValue('changeTerm') ? (
                <>
                  <TermFields name="term" label="新的保密期限" />
                  <BeyondMaxFields issuedOn={c.issuedOn} level={String(f.getFieldValue('level'))} />
                </>
              ) : null
            }
          </Form.Item>
        </>
      ) : null}
      {kind === 'extend' ? (
        <>
          <TermFields name="term" label="延长后的保密期限（自制发日起算）" />
          <BeyondMaxFields issuedOn={c.issuedOn} level={c.level} />
        </>
      ) : null}
      <DateItem name="decidedOn" label="决定日期" required />
      <DeciderFields />
      <TextField name="reason" label="理由" required area />
      <NoticeFields />
    </ActionModal>
  );
}

const REQUEST_KINDS: ApprovalKind[] = ['borrow', 'copy', 'destroy', 'carry_out'];

/** A request a leader decides with his own login; its summary says what, which copies, for whom, until when. */
export function RequestForm({ carrier: c, onClose }: Omit<ActionProps, 'onDone'>) {
  return (
    <ActionModal<'approvals:request', Values>
      title={`申请审批：${c.name}`}
      channel="approvals:request"
      initialValues={{ kind: 'borrow' }}
      toInput={(v) => {
        const kind = v.kind as ApprovalKind;
        const who = v.person ? `，${String(v.person)}` : '';
        const copies = (v.copyNos as number[] | undefined)?.length
          ? `第${(v.copyNos as number[]).join('、')}号`
          : '';
        const due = v.dueOn ? `，至${String(v.dueOn)}` : '';
        const extra = v.note ? `。${String(v.note)}` : '';
        return {
          kind,
          subjectType: 'carrier',
          subjectId: String(c.id),
          summary: `${APPROVAL_KIND_LABELS[kind]}${LEVEL_LABELS[c.level]}级载体 ${c.carrierNo}《${c.name}》${copies}${who}${due}${extra}`,
          detail: { copyNos: v.copyNos ?? [], person: v.person ?? null, dueOn: v.dueOn ?? null },
        };
      }}
      onClose={onClose}
      submitText="提交申请"
    >
      <Form.Item name="kind" label="审批事项">
        <Radio.Group options={REQUEST_KINDS.map((k) => ({ value: k, label: APPROVAL_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="copyNos" label="份号">
        <Select
          mode="multiple"
          options={c.copies.map((k) => ({ value: k.copyNo, label: `${k.copyText}号` }))}
          style={{ width: 240 }}
        />
      </Form.Item>
      <NameField name="person" label="借阅人/携带人" source="persons" />
      <DateItem name="dueOn" label="应还（返回）日期" />
      <TextField name="note" label="事由" area />
    </ActionModal>
  );
}
