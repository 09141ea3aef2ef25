// 人员设置: 脱密期 lengths, 复审 intervals and 保密津贴 rates by clearance (published ranges differ, so the
// unit sets them), warning days and the passport grace period.
import { Form, InputNumber, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { PersonnelSettings } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ChannelForm } from '../../components/ChannelForm';
import { ErrorNote } from '../../components/ErrorNote';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import { SEPARATION_YEARS_MAX, type Clearance } from '../../../db/domain/vocab';

/** The inputs' limits mirror the core's checks (whole years within SEPARATION_YEARS_MAX, whole months). */
const GROUPS = [
  {
    key: 'separationYears',
    label: '脱密期（年）',
    min: 1,
    max: (c: Clearance) => SEPARATION_YEARS_MAX[c],
    whole: true,
  },
  { key: 'revettingMonths', label: '复审间隔（月）', min: 1, max: () => 120, whole: true },
  { key: 'allowanceRates', label: '保密津贴（元/月）', min: 0, max: () => 100000, whole: false },
] as const;

export function SettingsModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved?: (s: PersonnelSettings) => void;
}) {
  const [form] = Form.useForm<PersonnelSettings>();
  const [value, setValue] = useState<PersonnelSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    void call('persons:settings', {}).then((r) => {
      if (r.ok) setValue(r.value);
      else setError(r.error.message);
    });
  }, [open]);
  return (
    <Modal open={open} title="人员设置" footer={null} onCancel={onClose} width={620} destroyOnHidden>
      <ErrorNote message={error} />
      {value ? (
        <ChannelForm<'persons:updateSettings', PersonnelSettings>
          channel="persons:updateSettings"
          form={form}
          initialValues={value}
          submitText="保存设置"
          onDone={(s) => {
            onSaved?.(s);
            onClose();
          }}
        >
          {GROUPS.map((g) => (
            <div key={g.key} className="form-grid" style={{ gridTemplateColumns: '1fr 1fr 1fr' }}>
              {(['core', 'important', 'general'] as const).map((c) => (
                <Form.Item key={c} name={[g.key, c]} label={`${CLEARANCE_LABELS[c]}：${g.label}`}>
                  <InputNumber
                    min={g.min}
                    max={g.max(c)}
                    precision={g.whole ? 0 : undefined}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              ))}
            </div>
          ))}
          <div className="form-grid">
            <Form.Item name="warningDays" label="提前提醒天数">
              <InputNumber min={1} max={365} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="passportGraceDays" label="证照返回后应交回天数">
              <InputNumber min={0} max={60} style={{ width: '100%' }} />
            </Form.Item>
          </div>
        </ChannelForm>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
