// The forms of a session: 列入年度学习计划, and 登记举办 (of a planned session, or one outside the plan).
import { Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SessionView } from '../../../electron/ipc/contract';
import { ScanUpload } from '../../components/ScanUpload';
import { SESSION_FORM_LABELS, TRAINING_KIND_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, NameField, TextField, today } from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

/** 培训材料: the scans uploaded one by one (课件, 签到表, 照片…), their ids the field's value. */
function MaterialsField({
  value,
  onChange,
  known = [],
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  known?: { id: number; fileName: string }[];
}) {
  const [files, setFiles] = useState(known);
  const ids = value ?? [];
  return (
    <Space direction="vertical" size={4}>
      <ScanUpload
        label="上传培训材料"
        onUploaded={(a) => {
          setFiles((f) => [...f, { id: a.id, fileName: a.fileName }]);
          onChange?.([...ids, a.id]);
        }}
      />
      {files
        .filter((f) => ids.includes(f.id))
        .map((f) => (
          <Typography.Text key={f.id} type="secondary">
            {f.fileName}
          </Typography.Text>
        ))}
    </Space>
  );
}

function SessionFields({ known }: { known?: { id: number; fileName: string }[] }) {
  return (
    <>
      <div className="form-grid">
        <Form.Item name="purpose" label="培训类别" rules={[{ required: true, message: '请选择培训类别' }]}>
          <Select options={optionsOf(TRAINING_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="form" label="培训形式" rules={[{ required: true, message: '请选择培训形式' }]}>
          <Select options={optionsOf(SESSION_FORM_LABELS)} />
        </Form.Item>
      </div>
      <TextField name="topic" label="培训主题" required />
      <div className="form-grid">
        <TextField name="organizer" label="主办" />
        <TextField name="speaker" label="主讲" />
        <TextField name="scope" label="范围" />
        <NameField name="recorder" label="记录人" source="persons" />
        <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
          <InputNumber min={0.5} max={200} step={0.5} />
        </Form.Item>
      </div>
      <Form.Item name="content" label="主要内容" rules={[{ required: true, message: '请填写主要内容' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="materials" label="培训材料（扫描件）">
        <MaterialsField known={known} />
      </Form.Item>
    </>
  );
}

const DEFAULTS = {
  purpose: 'annual',
  form: 'group_study',
  hours: 2,
  organizer: '保密办',
  scope: '全体涉密人员',
};

export function PlanSessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="列入年度学习计划"
      channel="trainings:plan"
      open={open}
      onClose={onClose}
      toInput={clean}
      initialValues={{ ...DEFAULTS, plannedOn: today() } as never}
    >
      <DateItem name="plannedOn" label="计划日期" />
      <SessionFields />
    </ActionModal>
  );
}

/** `session` given: that planned session is held (its details may be corrected); otherwise a new one. */
export function HoldSessionModal({
  open,
  onClose,
  session,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  session?: SessionView;
  onDone?: (s: SessionView) => void;
}) {
  const initial = session
    ? {
        purpose: session.purpose,
        form: session.form,
        topic: session.topic,
        organizer: session.organizer ?? undefined,
        speaker: session.speaker ?? undefined,
        scope: session.scope ?? undefined,
        hours: session.hours,
        content: session.content,
        materials: session.materials,
        heldOn: today(),
      }
    : { ...DEFAULTS, heldOn: today() };
  return (
    <ActionModal
      title={session ? `登记举办：${session.topic}` : '登记举办培训'}
      channel="trainings:hold"
      open={open}
      onClose={onClose}
      onDone={onDone}
      toInput={clean}
      fixed={session ? { sessionId: session.id } : {}}
      initialValues={initial as never}
    >
      <DateItem name="heldOn" label="举办日期" />
      <SessionFields known={session?.materialFiles} />
    </ActionModal>
  );
}
