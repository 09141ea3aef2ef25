// One person's 考核 (年度, 专项 or 岗前), recorded from the person page; the grid does a whole department.
import { Form, InputNumber, Select } from 'antd';
import { APPRAISAL_KIND_LABELS, APPRAISAL_RESULT_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, NameField, TextField, today } from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

export function AppraiseModal({
  person,
  open,
  onClose,
}: {
  person: { id: number; name: string; status: string };
  open: boolean;
  onClose: () => void;
}) {
  return (
    <ActionModal
      title={`记录考核：${person.name}`}
      channel="trainings:appraise"
      open={open}
      onClose={onClose}
      fixed={{ personId: person.id }}
      toInput={clean}
      initialValues={{
        kind: person.status === 'proposed' ? 'pre_post' : 'annual',
        year: new Date().getFullYear(),
        appraisedOn: today(),
      }}
    >
      <div className="form-grid">
        <Form.Item name="kind" label="考核类别">
          <Select options={optionsOf(APPRAISAL_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="year" label="年度">
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <DateItem name="appraisedOn" label="考核日期" />
        <Form.Item name="result" label="考核结果" rules={[{ required: true, message: '请选择考核结果' }]}>
          <Select options={optionsOf(APPRAISAL_RESULT_LABELS)} />
        </Form.Item>
        <Form.Item name="score" label="笔试成绩">
          <InputNumber min={0} max={100} />
        </Form.Item>
        <NameField name="appraiser" label="考核人" source="persons" required />
      </div>
      <TextField name="remarks" label="备注" area />
    </ActionModal>
  );
}
