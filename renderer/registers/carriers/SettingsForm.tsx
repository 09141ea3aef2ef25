// 载体设置: how often to count, how early to warn of a term's end, the 商业秘密 levels, the 涉密等级 a borrower
// needs by level (the core refuses anything below what the law's post levels give) and the places fit for 绝密.
import { Form, InputNumber, Select, Space, Switch, message } from 'antd';
import { CLEARANCES, NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { CLEARANCE_LABELS, INVENTORY_FREQUENCY_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, FormGroup } from '../../components/forms';
import { useLoad } from '../../stores/load';

const clearanceOptions = CLEARANCES.map((c) => ({
  value: c,
  label: `${CLEARANCE_LABELS[c]}涉密人员${c === 'core' ? '' : '及以上'}`,
}));

export function SettingsForm({ onClose }: { onClose: () => void }) {
  const settings = useLoad('carriers:settings', {}, ['settings']).value;
  if (!settings) return null;
  return (
    <ActionModal<'carriers:updateSettings'>
      title="载体设置"
      channel="carriers:updateSettings"
      initialValues={settings}
      onDone={() => void message.success('载体设置已保存。')}
      onClose={onClose}
      submitText="保存设置"
    >
      <Space wrap align="start">
        <Form.Item name="inventoryFrequency" label="清点频率">
          <Select options={optionsOf(INVENTORY_FREQUENCY_LABELS)} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="termWarningDays" label="保密期限届满前提醒（天）">
          <InputNumber min={0} max={3650} />
        </Form.Item>
        <Form.Item name="commercialLevels" label="启用商业秘密密级" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <FormGroup title="借阅人须为">
        <Space wrap align="start">
          {NATIONAL_LEVELS.map((level) => (
            <Form.Item key={level} name={['lendClearance', level]} label={`借阅${LEVEL_LABELS[level]}级载体`}>
              <Select options={clearanceOptions} style={{ width: 180 }} />
            </Form.Item>
          ))}
        </Space>
      </FormGroup>
      <Form.Item
        name="safePlaces"
        label="保密存放场所（绝密级载体的存放位置须含其中之一，可填字样或本单位的具体场所）"
      >
        <Select mode="tags" open={false} placeholder="输入后按回车" />
      </Form.Item>
    </ActionModal>
  );
}
