// A medium's 卷标识: the drives plugged in now are offered by label and identifier (the clerk picks the U盘 in
// hand), or the identifier is typed as the system shows it. 首次识别 binds it to a medium already registered.
import { AutoComplete, Form } from 'antd';
import { ActionModal } from '../../components/forms';
import { useLoad } from '../../stores/load';
import type { DeviceActionProps } from './actionForms';

export function VolumeSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const drives = useLoad('files:drives', {}, []).value ?? [];
  const options = drives
    .filter((d) => d.volumeId)
    .map((d) => ({ value: d.volumeId as string, label: `${d.label}（${d.volumeId}）· ${d.path}` }));
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      allowClear
      placeholder={options.length ? '选择已插入的介质，或输入卷标识' : '未检测到插入的介质；可输入卷标识'}
    />
  );
}

export function BindVolumeForm({ device: d, onClose }: DeviceActionProps) {
  return (
    <ActionModal<'devices:bindVolume'>
      title={`绑定卷标识：${d.deviceNo}`}
      channel="devices:bindVolume"
      fixed={{ id: d.id }}
      initialValues={d.volumeId ? { volumeId: d.volumeId } : {}}
      onClose={onClose}
      submitText="绑定"
    >
      <Form.Item
        name="volumeId"
        label="卷标识（插入该介质后选择）"
        extra="绑定后，写入数据包、备份或导出文件时，系统凭卷标识认出这是已登记的介质。"
      >
        <VolumeSelect />
      </Form.Item>
    </ActionModal>
  );
}
