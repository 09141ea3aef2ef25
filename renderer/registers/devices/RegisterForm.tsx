// 登记/配发 a device (§2.4: 保密编号 … 三合一) or a unit-issued medium. The core decides what goes together
// (涉密 ↔ 密级, never on the internet); its refusals land on the fields they name.
import { Checkbox, Form, Radio, Select } from 'antd';
import type { DeviceDetail, DeviceFamily } from '../../../electron/ipc/contract';
import {
  ActionModal,
  DateItem,
  DepartmentSelect,
  FormGroup,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { DEVICE_CLASS_LABELS, DEVICE_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { DEVICE_KINDS, MEDIUM_KINDS, NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { optionsOf } from '../../i18n/labels';
import { VolumeSelect } from './VolumeField';

const DEVICE_ONLY = DEVICE_KINDS.filter((k) => !(MEDIUM_KINDS as readonly string[]).includes(k));

export function RegisterForm({
  family,
  initial = {},
  onClose,
  onDone,
}: {
  family: DeviceFamily;
  /** What is known beforehand (this PC's facts, when the host is offered for registration). */
  initial?: Record<string, unknown>;
  onClose: () => void;
  onDone: (d: DeviceDetail) => void;
}) {
  const medium = family === 'medium';
  return (
    <ActionModal<'devices:register'>
      title={medium ? '登记存储介质（统一配发）' : '登记设备'}
      channel="devices:register"
      fixed={{ family }}
      initialValues={{
        registeredOn: today(),
        class: 'classified',
        kind: medium ? 'usb' : 'desktop',
        diskSerials: [],
        ...initial,
      }}
      onDone={onDone}
      onClose={onClose}
      submitText="登记"
      width={820}
    >
      <div className="form-grid">
        <TextField name="deviceNo" label="保密编号" required />
        {medium ? null : <TextField name="assetNo" label="资产编号" />}
        <Form.Item name="kind" label="类型">
          <Select options={optionsOf(DEVICE_KIND_LABELS, medium ? MEDIUM_KINDS : DEVICE_ONLY)} />
        </Form.Item>
        <Form.Item name="class" label="涉密/非涉密">
          <Radio.Group options={optionsOf(DEVICE_CLASS_LABELS)} />
        </Form.Item>
        <Form.Item name="level" label="密级">
          <Select
            allowClear
            placeholder="涉密设备、介质必填"
            options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)}
          />
        </Form.Item>
        <TextField name="brandModel" label="品牌型号" />
        <TextField name="serialNo" label={medium ? '序列号/唯一标识' : '序列号'} />
        {medium ? (
          <>
            <TextField name="capacity" label="容量" />
            <Form.Item name="volumeId" label="卷标识（插入的介质）">
              <VolumeSelect />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="diskSerials" label="硬盘序列号（可多个）">
              <Select mode="tags" open={false} placeholder="输入后回车" />
            </Form.Item>
            <TextField name="mac" label="MAC地址" />
          </>
        )}
      </div>
      <FormGroup title="责任与位置">
        <div className="form-grid">
          <Form.Item name="custodianId" label="责任人（空则在库）">
            <PersonPicker allowClear />
          </Form.Item>
          <Form.Item name="departmentId" label="使用部门">
            <DepartmentSelect allowClear />
          </Form.Item>
          {medium ? null : <TextField name="location" label="位置/房间" />}
          <TextField name="purpose" label="用途" />
        </div>
      </FormGroup>
      {medium ? null : (
        <FormGroup title="系统与网络">
          <div className="form-grid">
            <TextField name="os" label="操作系统" />
            <DateItem name="osInstalledOn" label="操作系统安装日期" />
            <DateItem name="enabledOn" label="启用日期" />
            <Form.Item name="secretNetwork" valuePropName="checked" label="涉密网">
              <Checkbox>接入涉密网</Checkbox>
            </Form.Item>
            <Form.Item name="monitorInstalled" valuePropName="checked" label="监控">
              <Checkbox>已安装三合一/违规外联监控</Checkbox>
            </Form.Item>
            <Form.Item name="onInternet" valuePropName="checked" label="互联网">
              <Checkbox>接入互联网</Checkbox>
            </Form.Item>
            <Form.Item name="isHost" valuePropName="checked" label="本机">
              <Checkbox>即运行保密工作台的这台计算机</Checkbox>
            </Form.Item>
          </div>
        </FormGroup>
      )}
      <DateItem name="registeredOn" label="登记日期" required />
      <TextField name="notes" label="备注" area />
    </ActionModal>
  );
}
