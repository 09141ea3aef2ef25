// The unit's check schedules (how often each kind falls due) and its checklist template (the 13 areas of
// art. 58 by default; lines added, changed or removed here are copied into every check opened afterwards).
import { Button, Form, Input, Select, Space } from 'antd';
import type { CheckKind, InspectionSettings, TemplateItem } from '../../../electron/ipc/contract';
import { CHECK_AREA_LABELS, CHECK_FREQUENCY_LABELS, CHECK_KIND_LABELS } from '../../../db/domain/labels';
import { CHECK_KINDS } from '../../../db/domain/vocab';
import { ActionModal } from '../../components/forms';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';

export function SchedulesModal({ onClose }: { onClose: () => void }) {
  const s = useLoad('inspections:settings', {}, ['inspections', 'settings']).value;
  if (!s) return null;
  return (
    <ActionModal<'inspections:updateSettings', InspectionSettings>
      title="检查周期"
      channel="inspections:updateSettings"
      onClose={onClose}
      initialValues={s}
      toInput={(v) => ({ frequencies: v.frequencies })}
      intro={<p>按本单位规定设置各类检查的周期；到期未做的检查在首页提醒。</p>}
    >
      {CHECK_KINDS.map((k: CheckKind) => (
        <Form.Item key={k} name={['frequencies', k]} label={CHECK_KIND_LABELS[k]}>
          <Select style={{ width: 160 }} options={optionsOf(CHECK_FREQUENCY_LABELS)} />
        </Form.Item>
      ))}
    </ActionModal>
  );
}

export function TemplateModal({ onClose }: { onClose: () => void }) {
  const items = useLoad('inspections:template', {}, ['inspections', 'settings']).value;
  if (!items) return null;
  return (
    <ActionModal<'inspections:setTemplate', { items: TemplateItem[] }>
      title="检查表模板"
      channel="inspections:setTemplate"
      onClose={onClose}
      width={860}
      initialValues={{ items }}
      intro={<p>新建检查时按此模板生成检查表（按实施条例第五十八条的顺序排列）；已开始的检查不受影响。</p>}
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <div style={{ maxHeight: 420, overflowY: 'auto' }}>
            {fields.map((f, n) => (
              <Space key={f.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'area']} style={{ marginBottom: 4 }}>
                  <Select
                    style={{ width: 260 }}
                    aria-label={`第${n + 1}项领域`}
                    options={optionsOf(CHECK_AREA_LABELS)}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'text']} style={{ marginBottom: 4, width: 440 }}>
                  <Input aria-label={`第${n + 1}项检查内容`} />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>删除</Button>
              </Space>
            ))}
            <Button onClick={() => add({ area: 'other', text: '' })}>添加检查项</Button>
          </div>
        )}
      </Form.List>
    </ActionModal>
  );
}

/** The two settings behind one tab of the register. */
export function SettingsTabs({
  open,
  onClose,
}: {
  open: 'schedules' | 'template' | null;
  onClose: () => void;
}) {
  if (open === 'schedules') return <SchedulesModal onClose={onClose} />;
  if (open === 'template') return <TemplateModal onClose={onClose} />;
  return null;
}
