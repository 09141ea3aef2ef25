// 领用 / 归还 / 借用 / 携带外出 / 返回检查 / 变更: one action each on one device or medium. People are chosen
// from the personnel register, departments from the unit's list — never typed as ids.
import { Checkbox, Form, Select } from 'antd';
import type { DeviceDetail } from '../../../electron/ipc/contract';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  type ApprovalValues,
  DateItem,
  DepartmentSelect,
  NameField,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';

/** An action on one item: the drawer and the list refetch on their own after it. */
export interface DeviceActionProps {
  device: DeviceDetail;
  onClose: () => void;
}

type Values = Record<string, unknown> & { approval?: ApprovalValues };
const withApproval = (v: Values) => ({ ...v, approval: approvalInput(v.approval, true) });

export function IssueForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:issue'>
      title={`领用：${d.deviceNo}`}
      channel="devices:issue"
      fixed={{ deviceId: d.id }}
      initialValues={{ issuedOn: today() }}
      onClose={onClose}
      submitText="领用"
    >
      <Form.Item name="custodianId" label="领用人（责任人）">
        <PersonPicker />
      </Form.Item>
      <Form.Item name="departmentId" label="使用部门（空则取领用人部门）">
        <DepartmentSelect allowClear />
      </Form.Item>
      <TextField name="location" label="位置/房间" />
      <DateItem name="issuedOn" label="领用日期" required />
    </ActionModal>
  );
}

export function GiveBackForm({
  devices,
  onClose,
}: {
  devices: DeviceDetail[] | { id: number; deviceNo: string }[];
  onClose: () => void;
}) {
  return (
    <ActionModal<'devices:giveBack'>
      title={`归还入库：${devices.map((d) => d.deviceNo).join('、')}`}
      channel="devices:giveBack"
      fixed={{ deviceIds: devices.map((d) => d.id) }}
      initialValues={{ returnedOn: today() }}
      onClose={onClose}
      submitText="归还"
    >
      <NameField name="receiverName" label="接收人" source="persons" required />
      <DateItem name="returnedOn" label="归还日期" required />
      <TextField name="remark" label="备注" />
    </ActionModal>
  );
}

/** Devices a medium may be connected to (连接设备编号): the unit's registered devices. */
function useConnectable() {
  const { value } = useLoad('devices:list', { family: 'device', pageSize: 500 }, ['devices']);
  return (value?.rows ?? []).map((r) => ({ value: r.id, label: `${r.deviceNo} ${r.brandModel ?? ''}` }));
}

export function BorrowForm({ device: d, onClose }: DeviceActionProps) {
  const connectable = useConnectable();
  return (
    <ActionModal<'devices:borrow', Values>
      title={`借用：${d.deviceNo}`}
      channel="devices:borrow"
      fixed={{ deviceId: d.id }}
      initialValues={{ lentOn: today() }}
      toInput={(v) => withApproval(v) as never}
      onClose={onClose}
      submitText="借出"
    >
      <div className="form-grid">
        <Form.Item name="borrowerId" label="借用人">
          <PersonPicker />
        </Form.Item>
        <TextField name="reason" label="借用原因" required />
        {d.family === 'medium' ? (
          <>
            <Form.Item name="connectDeviceId" label="连接设备编号">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={connectable} />
            </Form.Item>
            <Form.Item name="contentLevel" label="存储内容最高密级">
              <Select allowClear options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
            </Form.Item>
          </>
        ) : null}
        <DateItem name="lentOn" label="借用日期" required />
        <DateItem name="dueOn" label="归还期限" required />
      </div>
      <ApprovalFields kind="borrow" subjectId={String(d.id)} required={d.class === 'classified'} />
    </ActionModal>
  );
}

export function CarryOutForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:carryOut', Values>
      title={`携带外出：${d.deviceNo}`}
      channel="devices:carryOut"
      fixed={{ deviceId: d.id }}
      initialValues={{ startedOn: today() }}
      toInput={(v) => withApproval(v) as never}
      onClose={onClose}
      submitText="登记外出"
    >
      <div className="form-grid">
        <Form.Item name="carrierId" label="携带人">
          <PersonPicker />
        </Form.Item>
        <TextField name="destination" label="外出地点" required />
        <TextField name="reason" label="外出事由" required />
        <DateItem name="startedOn" label="外出日期" required />
        <DateItem name="dueOn" label="返回日期" required />
      </div>
      <ApprovalFields kind="carry_out" subjectId={String(d.id)} required={d.class === 'classified'} />
    </ActionModal>
  );
}

export function ReturnForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:return'>
      title={`返回检查：${d.deviceNo}（${d.holderName ?? ''}）`}
      channel="devices:return"
      fixed={{ deviceId: d.id }}
      initialValues={{ returnedOn: today() }}
      onClose={onClose}
      submitText="返回"
    >
      <DateItem name="returnedOn" label="返回日期" required />
      <TextField name="checkerName" label="检查人（借用人以外）" required />
      <TextField
        name="checkResult"
        label={d.family === 'medium' ? '返回信息清除情况' : '返回检查情况'}
        required
        area
      />
    </ActionModal>
  );
}

export function ChangeForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:change', Values>
      title={`变更：${d.deviceNo}`}
      channel="devices:change"
      fixed={{ deviceId: d.id }}
      initialValues={{
        changedOn: today(),
        location: d.location ?? undefined,
        purpose: d.purpose ?? undefined,
      }}
      toInput={(v) => {
        const out = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
        return out as never;
      }}
      onClose={onClose}
      submitText="变更"
    >
      <div className="form-grid">
        <Form.Item name="custodianId" label="新责任人">
          <PersonPicker allowClear />
        </Form.Item>
        <Form.Item name="departmentId" label="新使用部门">
          <DepartmentSelect allowClear />
        </Form.Item>
        <TextField name="location" label="位置/房间" />
        <TextField name="purpose" label="用途" />
        {d.class === 'classified' ? (
          <Form.Item name="level" label="密级（只能调高）">
            <Select allowClear options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
          </Form.Item>
        ) : null}
        {d.family === 'device' ? (
          <Form.Item name="monitorInstalled" valuePropName="checked" label="监控">
            <Checkbox>已安装三合一/违规外联监控</Checkbox>
          </Form.Item>
        ) : null}
        <DateItem name="changedOn" label="变更日期" required />
        <TextField name="reason" label="变更原因" required />
      </div>
    </ActionModal>
  );
}
