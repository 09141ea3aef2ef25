// 审查 / 复审 with the contents of the 涉密岗位聘用人员保密资格审查表 (REFERENCE.md §2.2).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Form, Input, InputNumber, Radio } from 'antd';
import type { ChannelInput, PersonDetail } from '../../../electron/ipc/contract';
import { VETTING_KIND_LABELS, VETTING_RESULT_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  clean,
  DateItem,
  today,
  type ApprovalValues,
} from '../../components/forms';

type Vetting = Omit<ChannelInput<'persons:vet'>, 'approval'> & { approval?: ApprovalValues };

const TEXT = (name: string, label: string, area = false) => (
  <Form.Item key={name} name={['form', name]} label={label}>
    {area ? <Input.TextArea rows={2} /> : <Input />}
  </Form.Item>
);

function Rows({ name, cols, addText }: { name: string; cols: [string, string, number?][]; addText: string }) {
  return (
    <Form.List name={['form', name]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div
              key={f.key}
              className="form-grid"
              style={{ gridTemplateColumns: `repeat(${cols.length}, 1fr) 24px` }}
            >
              {cols.map(([k, label, isNum]) => (
                <Form.Item key={k} name={[f.name, k]} label={label}>
                  {isNum ? <InputNumber min={0} max={130} style={{ width: '100%' }} /> : <Input />}
                </Form.Item>
              ))}
              <MinusCircleOutlined aria-label="删除" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
            {addText}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function VettingModal({
  person,
  open,
  onClose,
}: {
  person: PersonDetail;
  open: boolean;
  onClose: () => void;
}) {
  const sections = [
    {
      key: 'self',
      label: '本人情况',
      children: (
        <div className="form-grid">
          {TEXT('formerNames', '曾用名')}
          {TEXT('ethnicity', '民族')}
          {TEXT('nativePlace', '籍贯')}
          {TEXT('education', '文化程度')}
          {TEXT('professionalTitle', '技术专业/职称')}
          {TEXT('languages', '掌握语言')}
          {TEXT('studyAbroad', '留学国家、时间、方式')}
          {TEXT('householdPolice', '户籍派出所')}
          {TEXT('passportNo', '因私护照号/通行证号')}
          {TEXT('address', '家庭住址')}
        </div>
      ),
    },
    {
      key: 'prev',
      label: '原单位与脱密期',
      children: (
        <div className="form-grid">
          {TEXT('previousEmployer', '原单位')}
          {TEXT('previousPost', '原岗位')}
          {TEXT('previousPostLevel', '原岗位密级')}
          <span />
          <DateItem name={['form', 'previousSeparationFrom']} label="原单位脱密期起" />
          <DateItem name={['form', 'previousSeparationTo']} label="原单位脱密期止" />
        </div>
      ),
    },
    {
      key: 'history',
      label: '学习工作经历',
      children: (
        <Rows
          name="history"
          addText="添加经历"
          cols={[
            ['from', '起'],
            ['to', '止'],
            ['employer', '单位'],
            ['post', '岗位/职务'],
            ['witness', '证明人'],
          ]}
        />
      ),
    },
    {
      key: 'family',
      label: '家庭成员及主要社会关系',
      children: (
        <Rows
          name="family"
          addText="添加成员"
          cols={[
            ['relation', '关系'],
            ['name', '姓名'],
            ['gender', '性别'],
            ['age', '年龄', 1],
            ['nationality', '国籍/籍贯'],
          ]}
        />
      ),
    },
    {
      key: 'conduct',
      label: '政治表现与境外联系',
      children: (
        <>
          {TEXT('politicalConduct', '政治表现', true)}
          {TEXT('parties', '党派团体')}
          {TEXT('sanctions', '处分')}
          {TEXT('foreignContacts', '与境外组织、人员联系情况', true)}
          {TEXT('conduct', '现实表现', true)}
          {TEXT('other', '其他', true)}
        </>
      ),
    },
    {
      key: 'opinions',
      label: '审查意见',
      children: (
        <>
          {TEXT('hrOpinion', '人力资源部意见')}
          {TEXT('secrecyOfficeOpinion', '保密办意见')}
          {TEXT('committeeOpinion', '保密委员会审批意见')}
        </>
      ),
    },
  ];
  return (
    <ActionModal
      title={`资格审查：${person.name}`}
      channel="persons:vet"
      open={open}
      onClose={onClose}
      width={820}
      submitText="记录审查"
      toInput={(v: Vetting) => ({ ...clean(v), approval: approvalInput(v.approval, true) })}
      fixed={{ personId: person.id }}
      initialValues={{
        kind: person.status === 'proposed' ? 'initial' : 'review',
        vettedOn: today(),
        result: 'passed',
        form: { history: [], family: [] },
      }}
    >
      <div className="form-grid" style={{ gridTemplateColumns: '1fr 1fr 1fr' }}>
        <Form.Item name="kind" label="类型">
          <Radio.Group options={optionsOf(VETTING_KIND_LABELS)} />
        </Form.Item>
        <DateItem name="vettedOn" label="审查日期" />
        <Form.Item name="result" label="审查结论">
          <Radio.Group options={optionsOf(VETTING_RESULT_LABELS)} />
        </Form.Item>
      </div>
      <Collapse size="small" items={sections} defaultActiveKey={['conduct']} style={{ marginBottom: 12 }} />
      <ApprovalFields prefix="approval" kind="other" who="审批人（可不填）" />
    </ActionModal>
  );
}
