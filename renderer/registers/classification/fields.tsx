// Field groups of a 定密 record, shared by the carrier forms and the classification register: 保密期限, the
// 国家秘密事项 an item rests on, who decides a change (定密责任人 or the originating authority) and the
// written notice.
import { Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { FormGroup, NameField, TextField, type FieldName } from '../../components/forms';
import { LEVEL_LABELS, TERM_KIND_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { DateInput } from '../../components/forms';

export const levelOptions = optionsOf(LEVEL_LABELS);

/** 保密期限: the kind, then its value. */
export function TermFields({ name, label = '保密期限' }: { name: string; label?: string }) {
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Space wrap align="start">
        <Form.Item name={[name, 'kind']} initialValue="period">
          <Select
            aria-label={`${label}类型`}
            style={{ width: 130 }}
            options={optionsOf(TERM_KIND_LABELS).map((o) =>
              o.value === 'long_term' ? { ...o, label: `${o.label}（商密）` } : o,
            )}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {(f) => {
            const kind = f.getFieldValue([name, 'kind']) as string;
            if (kind === 'period')
              return (
                <Space>
                  <Form.Item name={[name, 'years']}>
                    <InputNumber aria-label="年" min={0} max={100} suffix="年" />
                  </Form.Item>
                  <Form.Item name={[name, 'months']}>
                    <InputNumber aria-label="月" min={0} max={11} suffix="个月" />
                  </Form.Item>
                </Space>
              );
            if (kind === 'until_date')
              return (
                <Form.Item name={[name, 'until']}>
                  <DateInput aria-label="解密日期" />
                </Form.Item>
              );
            if (kind === 'condition')
              return (
                <Form.Item name={[name, 'condition']}>
                  <Input aria-label="解密条件" style={{ width: 280 }} />
                </Form.Item>
              );
            return null;
          }}
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

/** 定密依据: an entry of the unit's 国家秘密事项一览表 (cleared: none). */
export function ClassificationItemField({ name }: { name: FieldName }) {
  const items = useLoad('classification:picker', {}, ['classification']).value ?? [];
  return (
    <Form.Item name={name} label="定密依据（国家秘密事项一览表）">
      <Select allowClear options={items.map((i) => ({ value: i.id, label: i.name }))} />
    </Form.Item>
  );
}

/** Who decides a 定密 change: the unit's own 定密责任人 (on a proposal) or the originating authority. */
export function DeciderFields() {
  return (
    <FormGroup title="决定人">
      <Form.Item name={['by', 'authority']} initialValue="own">
        <Radio.Group
          options={[
            { value: 'own', label: '本单位定密责任人' },
            { value: 'originator', label: '原定密机关' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {(f) =>
          f.getFieldValue(['by', 'authority']) === 'originator' ? (
            <Space wrap>
              <TextField name={['by', 'authorityName']} label="原定密机关" required />
              <TextField name={['by', 'documentNo']} label="通知文号" required />
            </Space>
          ) : (
            <Space wrap>
              <NameField name={['by', 'proposerName']} label="承办人" source="persons" required />
              <NameField name={['by', 'classifierName']} label="定密责任人" source="persons" required />
            </Space>
          )
        }
      </Form.Item>
    </FormGroup>
  );
}

export function NoticeFields() {
  return (
    <Space wrap style={{ display: 'flex' }}>
      <TextField name={['notice', 'noticeTo']} label="书面通知对象" required />
      <TextField name={['notice', 'noticeNo']} label="书面通知文号" />
    </Space>
  );
}
