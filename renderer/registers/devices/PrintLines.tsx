// 打印登记 lines of a 使用登记 (§2.1: 名称, 文号, 密级, 份数, 每份页数, 批准人, 承办人), one per document printed.
// When lines are given the core counts the session's 打印份数 from them, so the clerk never types it twice.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Space } from 'antd';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { FormGroup, NameField, TextField } from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

export function PrintLines() {
  return (
    <FormGroup title="打印登记（逐份文件；填写后打印份数按此合计）">
      <Form.List name="printLines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} wrap align="start">
                <TextField name={[f.name, 'name']} label={`文件名称${i + 1}`} required />
                <TextField name={[f.name, 'docNo']} label="文号" />
                <Form.Item name={[f.name, 'level']} label="密级">
                  <Select
                    allowClear
                    style={{ width: 90 }}
                    options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'copies']} label="份数">
                  <InputNumber min={1} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'pagesEach']} label="每份页数">
                  <InputNumber min={1} style={{ width: 80 }} />
                </Form.Item>
                <NameField name={[f.name, 'approver']} label="批准人" source="persons" />
                <NameField name={[f.name, 'handler']} label="承办人" source="persons" />
                <Button
                  aria-label={`删除打印文件${i + 1}`}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  style={{ marginTop: 30 }}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ copies: 1, pagesEach: 1 })}>
              添加打印文件
            </Button>
          </>
        )}
      </Form.List>
    </FormGroup>
  );
}
