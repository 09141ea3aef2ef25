// The forms of a 保密审查: the request, each step (opinion, name, date), and the outcome.
import { Checkbox, Form, Input, Select } from 'antd';
import type { ChannelInput, InfoReviewView, ReviewStep } from '../../../electron/ipc/contract';
import { REVIEW_OUTCOME_LABELS, REVIEW_PURPOSE_LABELS, REVIEW_STEP_LABELS } from '../../../db/domain/labels';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  CarrierPicker,
  clean,
  DateItem,
  DepartmentSelect,
  PersonPicker,
  ScanField,
  TextField,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';

export function NewReviewModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="登记保密审查"
      channel="reviews:create"
      open={open}
      onClose={onClose}
      toInput={clean}
      initialValues={{ appliedOn: today(), purpose: 'press' }}
    >
      <TextField name="title" label="信息标题" required />
      <Form.Item name="summary" label="内容摘要" rules={[{ required: true, message: '请填写内容摘要' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <div className="form-grid">
        <Form.Item
          name="handlerPersonId"
          label="承办人"
          rules={[{ required: true, message: '请选择承办人' }]}
        >
          <PersonPicker />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label="承办部门"
          rules={[{ required: true, message: '请选择承办部门' }]}
        >
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="purpose" label="用途">
          <Select options={optionsOf(REVIEW_PURPOSE_LABELS)} />
        </Form.Item>
        <TextField name="recipient" label="接收方或发布途径" />
        <DateItem name="appliedOn" label="申请日期" />
      </div>
      <Form.Item name="attachmentId" label="送审材料扫描件">
        <ScanField label="上传送审材料" />
      </Form.Item>
    </ActionModal>
  );
}

export function StepModal({
  review,
  step,
  onClose,
}: {
  review: InfoReviewView;
  step: ReviewStep;
  onClose: () => void;
}) {
  return (
    <ActionModal
      title={`${REVIEW_STEP_LABELS[step]}：${review.title}`}
      channel="reviews:step"
      onClose={onClose}
      fixed={{ reviewId: review.id, step }}
      toInput={(v: { approval?: ApprovalValues }) => ({
        reviewId: review.id,
        step,
        approval: approvalInput(v.approval) as ChannelInput<'reviews:step'>['approval'],
      })}
    >
      <ApprovalFields
        prefix="approval"
        kind="review"
        subjectId={String(review.id)}
        who="审查人"
        withDecision
        title="审查意见"
        required
      />
    </ActionModal>
  );
}

export function DecideModal({ review, onClose }: { review: InfoReviewView; onClose: () => void }) {
  const abroad = review.purpose === 'abroad';
  return (
    <ActionModal
      title={`办结审查：${review.title}`}
      channel="reviews:decide"
      onClose={onClose}
      fixed={{ reviewId: review.id }}
      toInput={clean}
      initialValues={{ decidedOn: today() }}
    >
      <div className="form-grid">
        <Form.Item name="outcome" label="审查结论" rules={[{ required: true, message: '请选择审查结论' }]}>
          <Select options={optionsOf(REVIEW_OUTCOME_LABELS)} />
        </Form.Item>
        <DateItem name="decidedOn" label="办结日期" />
      </div>
      <Form.Item name="amendments" label="删改内容（删改后公开时填写）">
        <Input.TextArea rows={2} />
      </Form.Item>
      {abroad ? (
        <Form.Item name="abroadBasis" label="向境外提供的依据">
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
      <Form.Item name="carrierId" label="按涉密办理时登记的涉密载体">
        <CarrierPicker allowClear />
      </Form.Item>
    </ActionModal>
  );
}

/** Which uses the unit puts before its 保密委员会 after the leader's 签批. */
export function ReviewSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const current = useLoad('reviews:settings', open ? {} : null, ['reviews', 'settings']).value;
  if (!open || !current) return null;
  return (
    <ActionModal
      title="保密审查设置"
      channel="reviews:updateSettings"
      onClose={onClose}
      initialValues={current}
      intro="勾选的用途在单位领导签批后，还须经保密委员会审定，才能办结为公开或对外提供。"
    >
      <Form.Item name="committeeFor" label="须经保密委员会审定的用途">
        <Checkbox.Group options={optionsOf(REVIEW_PURPOSE_LABELS)} />
      </Form.Item>
    </ActionModal>
  );
}
