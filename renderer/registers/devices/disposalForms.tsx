// 维修 / 维修完成 / 报废 / 销毁 / 降密或转为非涉密, and 使用登记 / 定期检查 on one device or medium.
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  type ApprovalValues,
  DateItem,
  FormGroup,
  NameField,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import {
  DEVICE_CHECK_KIND_LABELS,
  DEVICE_CLASS_LABELS,
  LEVEL_LABELS,
  REPAIR_MODE_LABELS,
} from '../../../db/domain/labels';
import { NATIONAL_LEVELS, type DeviceCheckKind } from '../../../db/domain/vocab';
import { optionsOf } from '../../i18n/labels';
import type { DeviceActionProps } from './actionForms';
import { PrintLines } from './PrintLines';

type Values = Record<string, unknown> & { approval?: ApprovalValues };
const withApproval = (v: Values) => ({ ...v, approval: approvalInput(v.approval, true) }) as never;

export function RepairForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:repair', Values>
      title={`维修：${d.deviceNo}`}
      channel="devices:repair"
      fixed={{ deviceId: d.id }}
      initialValues={{ startedOn: today(), mode: 'onsite' }}
      toInput={withApproval}
      onClose={onClose}
      submitText="登记维修"
      width={820}
    >
      <Form.Item name="mode" label="维修方式">
        <Radio.Group options={optionsOf(REPAIR_MODE_LABELS)} />
      </Form.Item>
      <div className="form-grid">
        <TextField name="fault" label="故障现象" required />
        <DateItem name="startedOn" label="维修/送修日期" required />
        <TextField name="escortName" label="旁站陪同人（现场维修）" />
        <TextField name="vendor" label="外来/送外维修单位" />
        <Form.Item name="vendorQualified" valuePropName="checked" label="资质">
          <Checkbox>维修单位具备相应资质</Checkbox>
        </Form.Item>
        <Form.Item name="agreementSigned" valuePropName="checked" label="保密协议">
          <Checkbox>已签订保密协议</Checkbox>
        </Form.Item>
        <Form.Item name="storageRemoved" valuePropName="checked" label="存储介质">
          <Checkbox>已拆除硬盘等存储介质和固件（送外维修必须）</Checkbox>
        </Form.Item>
        <TextField name="storageKeptBy" label="拆下存储介质保管人" />
        <NameField name="sentBy" label="送修人" source="persons" />
      </div>
      <ApprovalFields kind="repair" subjectId={String(d.id)} required={d.class === 'classified'} />
    </ActionModal>
  );
}

export function RepairDoneForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:repairDone'>
      title={`维修完成：${d.deviceNo}`}
      channel="devices:repairDone"
      fixed={{ deviceId: d.id }}
      initialValues={{ returnedOn: today() }}
      onClose={onClose}
      submitText="登记完成"
    >
      <DateItem name="returnedOn" label="完成/返回日期" required />
      <TextField name="result" label="维修结果" required area />
      <FormGroup title="更换硬盘（如有）">
        <div className="form-grid">
          <Form.Item name="newDiskSerials" label="新硬盘序列号">
            <Select mode="tags" open={false} placeholder="输入后回车" />
          </Form.Item>
          <TextField name="handedOverBy" label="旧硬盘移交人" />
          <TextField name="receivedBy" label="旧硬盘接收人" />
        </div>
      </FormGroup>
    </ActionModal>
  );
}

export function RetireForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:retire', Values>
      title={`报废：${d.deviceNo}`}
      channel="devices:retire"
      fixed={{ deviceId: d.id }}
      initialValues={{ retiredOn: today() }}
      toInput={withApproval}
      onClose={onClose}
      submitText="报废"
      intro={<p>报废后设备连同硬盘等存储部件一并由保密办保管，直至销毁。</p>}
    >
      <DateItem name="retiredOn" label="报废日期" required />
      <TextField name="reason" label="报废原因" required />
      <ApprovalFields kind="destroy" subjectId={String(d.id)} required={d.class === 'classified'} />
    </ActionModal>
  );
}

export function DestroyForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:destroy', Values>
      title={`销毁：${d.deviceNo}`}
      channel="devices:destroy"
      fixed={{ deviceId: d.id }}
      initialValues={{ destroyedOn: today(), witnesses: [{}, {}] }}
      toInput={withApproval}
      onClose={onClose}
      submitText="登记销毁"
    >
      <div className="form-grid">
        <DateItem name="destroyedOn" label="销毁日期" required />
        <TextField name="place" label="销毁地点（批准的销毁机构）" required />
        <TextField name="method" label="销毁方式" required />
      </div>
      <FormGroup title="监销人（两人以上）">
        <Form.List name="witnesses">
          {(fields, { add }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key}>
                  <Form.Item name={[f.name, 'name']} label="姓名">
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} label="职务">
                    <Input />
                  </Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({})}>增加监销人</Button>
            </>
          )}
        </Form.List>
      </FormGroup>
      <ApprovalFields kind="destroy" subjectId={String(d.id)} required={d.class === 'classified'} />
    </ActionModal>
  );
}

export function DowngradeForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:downgrade', Values>
      title={`降密/转为非涉密：${d.deviceNo}`}
      channel="devices:downgrade"
      fixed={{ deviceId: d.id }}
      initialValues={{ downgradedOn: today(), toClass: 'office' }}
      toInput={withApproval}
      onClose={onClose}
      submitText="转换"
      intro={<p>须先销毁或更换存储部件（硬盘等），否则不能降密或转为非涉密。</p>}
    >
      <Form.Item name="toClass" label="转为">
        <Radio.Group
          options={[
            { value: 'classified', label: '降密（仍为涉密）' },
            ...optionsOf(DEVICE_CLASS_LABELS, ['office', 'internet'] as const),
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.toClass !== b.toClass}>
        {({ getFieldValue }) =>
          getFieldValue('toClass') === 'classified' ? (
            <Form.Item name="toLevel" label="降为密级">
              <Select
                style={{ width: 120 }}
                options={optionsOf(
                  LEVEL_LABELS,
                  NATIONAL_LEVELS.filter((l) => !d.level || l !== d.level),
                )}
              />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <DateItem name="downgradedOn" label="转换日期" required />
      <TextField name="reason" label="原因" required />
      <ApprovalFields kind="other" subjectId={String(d.id)} required />
    </ActionModal>
  );
}

export function UsageForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:addUsage'>
      title={`使用登记：${d.deviceNo}`}
      channel="devices:addUsage"
      fixed={{ deviceId: d.id }}
      initialValues={{ startedAt: `${today()} 09:00`, prints: 0, burns: 0, imports: 0, exports: 0 }}
      onClose={onClose}
      submitText="登记"
    >
      <div className="form-grid">
        <Form.Item name="userId" label="使用人">
          <PersonPicker />
        </Form.Item>
        <TextField name="purpose" label="工作内容" required />
        <TextField name="startedAt" label="开始时间" required />
        <TextField name="endedAt" label="结束时间" />
        <Form.Item name="maxLevel" label="处理信息最高密级">
          <Select allowClear options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
        </Form.Item>
        <Form.Item name="prints" label="打印份数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="burns" label="刻录次数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="imports" label="导入次数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="exports" label="导出次数">
          <InputNumber min={0} />
        </Form.Item>
      </div>
      <PrintLines />
    </ActionModal>
  );
}

/** From the drawer or from a row of the 定期检查 page, which has only the device's id and number. */
export function CheckForm({
  device: d,
  kind = 'secrecy',
  onClose,
}: {
  device: { id: number; deviceNo: string };
  kind?: DeviceCheckKind;
  onClose: () => void;
}) {
  return (
    <ActionModal<'devices:addCheck'>
      title={`定期检查：${d.deviceNo}`}
      channel="devices:addCheck"
      fixed={{ deviceId: d.id }}
      initialValues={{ checkedOn: today(), kind }}
      onClose={onClose}
      submitText="登记检查"
    >
      <Form.Item name="kind" label="检查类别">
        <Radio.Group options={optionsOf(DEVICE_CHECK_KIND_LABELS)} />
      </Form.Item>
      <DateItem name="checkedOn" label="检查日期" required />
      <TextField name="checkerName" label="检查人（签字）" required />
      <TextField name="result" label="检查结论" required />
      <TextField name="findings" label="发现问题" area />
    </ActionModal>
  );
}
