// The unit's yearly floor (sessions and hours by clearance, the day it must be met by), the 竞业限制 cap, and the
// light 在职人员 list's entry form: anyone on staff can attend a session, not only 涉密人员.
import { Form, InputNumber, Input } from 'antd';
import type { TrainingSettings } from '../../../electron/ipc/contract';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, DepartmentSelect, TextField } from '../../components/forms';
import { useLoad } from '../../stores/load';

const CLEARANCES = ['core', 'important', 'general'] as const;

export function FloorSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const current = useLoad('trainings:settings', open ? {} : null, ['trainings', 'settings']).value;
  if (!open || !current) return null;
  return (
    <ActionModal<'trainings:updateSettings', TrainingSettings>
      title="培训下限与竞业限制设置"
      channel="trainings:updateSettings"
      onClose={onClose}
      initialValues={current}
      intro="每年不少于两次保密培训（默认）；下限按涉密等级设定，到期日前未达下限的人员会出现在提醒中。"
    >
      <div className="form-grid">
        {CLEARANCES.map((c) => (
          <Form.Item key={`s${c}`} name={['sessionsPerYear', c]} label={`${CLEARANCE_LABELS[c]}：每年次数`}>
            <InputNumber min={0} max={52} />
          </Form.Item>
        ))}
        {CLEARANCES.map((c) => (
          <Form.Item key={`h${c}`} name={['hoursPerYear', c]} label={`${CLEARANCE_LABELS[c]}：每年学时`}>
            <InputNumber min={0} max={500} step={0.5} />
          </Form.Item>
        ))}
        <Form.Item name="floorBy" label="每年须达到下限的日期（月-日）">
          <Input placeholder="12-31" />
        </Form.Item>
        <Form.Item name="warningDays" label="提前提醒天数">
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Form.Item name="nonCompeteCapYears" label="竞业限制最长年限">
          <InputNumber min={1} max={3} />
        </Form.Item>
      </div>
    </ActionModal>
  );
}

export function AddStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="登记在职人员"
      channel="trainings:addStaff"
      open={open}
      onClose={onClose}
      toInput={clean}
    >
      <div className="form-grid">
        <TextField name="name" label="姓名" required />
        <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
          <DepartmentSelect />
        </Form.Item>
        <TextField name="post" label="岗位" />
        <DateItem name="joinedOn" label="入职（调入）日期" />
      </div>
    </ActionModal>
  );
}
