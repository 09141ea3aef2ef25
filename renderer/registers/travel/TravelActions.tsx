// One private trip and its next steps: 部门领导 → 保密委员会 approvals, 出境前保密教育, the travel pledge,
// departure (the unit hands out the passport it keeps), the return report (the passport back).
import { Button, Descriptions, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ChannelInput, PassportView, TravelStep, TravelView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  clean,
  DateItem,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { stepText } from '../persons/ClearancePanel';
import { PASSPORT_KIND_LABELS, TRAVEL_STATUS_LABELS, TRAVEL_STEP_LABELS } from '../../../db/domain/labels';
import { stepName } from '../persons/personLabels';

type Dialog = TravelStep | 'educate' | 'pledge' | 'depart' | 'return' | null;

export function TravelStatusTag({ t }: { t: TravelView }) {
  const color =
    t.status === 'refused' ? 'red' : t.status === 'approved' ? 'green' : t.returnOverdue ? 'red' : undefined;
  return (
    <Tag color={color}>
      {TRAVEL_STATUS_LABELS[t.status]}
      {t.returnOverdue ? '·逾期未归' : ''}
    </Tag>
  );
}

export function TravelActions({ t, passports }: { t: TravelView; passports: PassportView[] }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const nextStep: TravelStep | null =
    t.status === 'applied' ? 'dept_leader' : t.status === 'dept_approved' ? 'committee' : null;
  const beforeDeparture = t.status === 'approved' || (!t.needsApproval && t.status === 'applied');
  const inCustody = passports.filter((p) => p.personId === t.personId && p.inCustody);
  return (
    <div className="travel-actions">
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'p', label: '申请人', children: `${t.personName}（${t.department}）` },
          { key: 's', label: '状态', children: <TravelStatusTag t={t} /> },
          { key: 'd', label: '前往国家(地区)', children: t.destination },
          { key: 'u', label: '事由', children: t.purpose },
          {
            key: 'w',
            label: '行程',
            children: `${tableDate(t.plannedDepartOn)} 至 ${tableDate(t.plannedReturnOn)}`,
          },
          { key: 'n', label: '须审批', children: t.needsApproval ? '是（在岗或脱密期内）' : '否' },
          ...t.steps.map((s, i) => ({ key: `st${i}`, label: stepName(s.step), children: stepText(s) })),
          {
            key: 'e',
            label: '出境前教育',
            children: t.educatedOn ? `${tableDate(t.educatedOn)} ${t.educatedBy ?? ''}` : '',
          },
          { key: 'pl', label: '出国(境)承诺书', children: t.pledgeId ? '已签订' : '' },
          {
            key: 'dp',
            label: '出境/返回',
            children: t.departedOn ? `${tableDate(t.departedOn)} / ${tableDate(t.returnedOn)}` : '',
          },
          { key: 'r', label: '回国(境)报告', children: t.returnReport ?? '', span: 2 },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        {nextStep ? (
          <Button onClick={() => setDialog(nextStep)}>{TRAVEL_STEP_LABELS[nextStep]}</Button>
        ) : null}
        {beforeDeparture && !t.educatedOn ? (
          <Button onClick={() => setDialog('educate')}>记录出境前教育</Button>
        ) : null}
        {beforeDeparture && !t.pledgeId ? (
          <Button onClick={() => setDialog('pledge')}>记录出国(境)承诺书</Button>
        ) : null}
        {t.status === 'applied' || t.status === 'dept_approved' || t.status === 'approved' ? (
          <Button onClick={() => setDialog('depart')}>出境（领取证照）</Button>
        ) : null}
        {t.status === 'departed' ? <Button onClick={() => setDialog('return')}>返回报告</Button> : null}
      </Space>
      {(['dept_leader', 'committee'] as const).map((s) => (
        <ActionModal
          key={s}
          title={TRAVEL_STEP_LABELS[s]}
          channel="travel:decide"
          open={dialog === s}
          onClose={close}
          fixed={{ travelId: t.id, step: s }}
          toInput={(v: { approval?: ApprovalValues }) => ({
            travelId: t.id,
            step: s,
            approval: approvalInput(v.approval) as ChannelInput<'travel:decide'>['approval'],
          })}
        >
          <ApprovalFields prefix="approval" kind="travel" withDecision required />
        </ActionModal>
      ))}
      <ActionModal
        title="出境前保密教育"
        channel="travel:educate"
        open={dialog === 'educate'}
        onClose={close}
        fixed={{ travelId: t.id }}
        initialValues={{ educatedOn: today() }}
      >
        <DateItem name="educatedOn" label="教育日期" />
        <Form.Item name="educatedBy" label="教育人">
          <Input />
        </Form.Item>
      </ActionModal>
      <ActionModal
        title="出国(境)保密承诺书"
        channel="persons:pledge"
        open={dialog === 'pledge'}
        onClose={close}
        fixed={{ personId: t.personId, kind: 'travel', travelId: t.id }}
        initialValues={{ signedOn: today() }}
      >
        <DateItem name="signedOn" label="签订日期" />
      </ActionModal>
      <ActionModal
        title="出境"
        channel="travel:depart"
        open={dialog === 'depart'}
        onClose={close}
        fixed={{ travelId: t.id }}
        toInput={clean}
        initialValues={{ departedOn: today() }}
      >
        <DateItem name="departedOn" label="出境日期" />
        <Form.Item name="passportId" label="领取单位保管的证照">
          <Select
            allowClear
            placeholder={inCustody.length ? '请选择' : '单位未保管其证照'}
            options={inCustody.map((p) => ({
              value: p.id,
              label: `${PASSPORT_KIND_LABELS[p.kind]} ${p.number}`,
            }))}
          />
        </Form.Item>
      </ActionModal>
      <ActionModal
        title="返回报告"
        channel="travel:return"
        open={dialog === 'return'}
        onClose={close}
        fixed={{ travelId: t.id }}
        toInput={clean}
        initialValues={{ returnedOn: today(), passportReturnedOn: today() }}
      >
        <div className="form-grid">
          <DateItem name="returnedOn" label="返回日期" />
          <DateItem name="passportReturnedOn" label="证照交回日期" />
        </div>
        <Form.Item name="report" label="回国(境)报告">
          <Input.TextArea rows={3} />
        </Form.Item>
      </ActionModal>
    </div>
  );
}
