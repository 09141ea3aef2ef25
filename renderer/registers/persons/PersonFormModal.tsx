// 登记 / 修改涉密人员. The ID number is checked by the core (length, birth date, check character, sex) and its
// message lands on the field.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import type { PersonDetail } from '../../../electron/ipc/contract';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { GENDER_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, DateItem, DepartmentSelect, today } from '../../components/forms';

function CommonFields() {
  return (
    <div className="form-grid">
      <Form.Item name="name" label="姓名">
        <Input />
      </Form.Item>
      <Form.Item name="gender" label="性别">
        <Select options={optionsOf(GENDER_LABELS)} />
      </Form.Item>
      <Form.Item name="idNumber" label="证件号">
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="departmentId" label="部门">
        <DepartmentSelect />
      </Form.Item>
      <Form.Item name="politicalStatus" label="政治面貌">
        <Select
          allowClear
          options={['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'].map((v) => ({
            value: v,
            label: v,
          }))}
        />
      </Form.Item>
      <Form.Item name="phone" label="联系方式">
        <Input />
      </Form.Item>
      <Form.Item name="highestLevel" label="接触最高密级">
        <Select allowClear options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
      </Form.Item>
      {/* wrap: beside the long 要害部位 label, 定密责任人 was squeezed to one character a line */}
      <Space wrap>
        <Form.Item name="isClassifier" valuePropName="checked">
          <Checkbox>定密责任人</Checkbox>
        </Form.Item>
        <Form.Item name="isKeyDeptStaff" valuePropName="checked">
          <Checkbox>要害部位人员（所在部门已审定为要害部门的，自动计入）</Checkbox>
        </Form.Item>
      </Space>
    </div>
  );
}

function PostsList() {
  return (
    <Form.List name="posts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div key={f.key} className="form-grid" style={{ gridTemplateColumns: '2fr 1fr 1.4fr 24px' }}>
              <Form.Item name={[f.name, 'post']} label="岗位">
                <Input />
              </Form.Item>
              <Form.Item name={[f.name, 'level']} label="岗位密级">
                <Select options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
              </Form.Item>
              <DateItem name={[f.name, 'startedOn']} label="任职日期" />
              <MinusCircleOutlined aria-label="删除岗位" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ startedOn: today() })}>
            添加岗位
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function PersonFormModal({
  open,
  person,
  onClose,
  onDone,
}: {
  open: boolean;
  /** Absent: a new person. */
  person?: PersonDetail;
  onClose: () => void;
  /** The person saved (a new one's page opens). */
  onDone?: (p: PersonDetail) => void;
}) {
  if (person) {
    return (
      <ActionModal
        title={`修改 ${person.name}`}
        channel="persons:update"
        open={open}
        onClose={onClose}
        onDone={onDone}
        width={720}
        fixed={{ id: person.id }}
        initialValues={{
          name: person.name,
          gender: person.gender,
          idNumber: person.idNumber,
          departmentId: person.departmentId,
          politicalStatus: person.politicalStatus ?? undefined,
          phone: person.phone ?? undefined,
          highestLevel: person.highestLevel ?? undefined,
          isClassifier: person.isClassifier,
          isKeyDeptStaff: person.isKeyDeptStaff,
          postCertNo: person.postCertNo ?? undefined,
          postCertOn: person.postCertOn ?? undefined,
          notes: person.notes ?? undefined,
        }}
      >
        <CommonFields />
        <div className="form-grid">
          <Form.Item name="postCertNo" label="上岗证号">
            <Input />
          </Form.Item>
          <DateItem name="postCertOn" label="上岗证取得日期" />
        </div>
        <Form.Item name="notes" label="备注">
          <Input.TextArea rows={2} />
        </Form.Item>
      </ActionModal>
    );
  }
  return (
    <ActionModal
      title="登记涉密人员"
      channel="persons:create"
      open={open}
      onClose={onClose}
      onDone={onDone}
      width={720}
      submitText="登记"
      initialValues={{ proposedOn: today(), isClassifier: false, isKeyDeptStaff: false, posts: [] }}
      intro={<p className="form-intro">新登记的人员为「拟任」：审查、岗前培训和上岗承诺书齐全后才能上岗。</p>}
    >
      <CommonFields />
      <DateItem name="proposedOn" label="拟任日期" />
      <PostsList />
      <Form.Item name="notes" label="备注" style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ActionModal>
  );
}
