// 整改台账 as xlsx, with the board's filters. No native file dialog exists in every shell this runs in, so the
// clerk types (or confirms) the folder; the last one used is remembered on this computer.
import { Form, Modal, message } from 'antd';
import type { ChannelInput } from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import { PathInput } from '../../components/files/PathInput';

const KEY = 'baomi.inspections.exportPath';

export function ExportFindings({
  view,
  onClose,
}: {
  view: Omit<ChannelInput<'inspections:exportFindings'>, 'outPath'>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ outPath: string }>();
  return (
    <Modal open title="导出整改台账（xlsx）" onCancel={onClose} footer={null} destroyOnHidden width={600}>
      <p>按当前的部门和期限筛选导出全部问题。</p>
      <ChannelForm<'inspections:exportFindings', { outPath: string }>
        channel="inspections:exportFindings"
        form={form}
        initialValues={{ outPath: localStorage.getItem(KEY) ?? '' }}
        toInput={(v) => ({ ...view, outPath: v.outPath })}
        onDone={(r) => {
          localStorage.setItem(KEY, form.getFieldValue('outPath') as string);
          void message.success(`已导出 ${r.rows} 条记录：${r.path}`);
          onClose();
        }}
        submitText="导出"
      >
        <Form.Item
          name="outPath"
          label="保存位置（已有的文件夹，或以 .xlsx 结尾的文件名）"
          rules={[{ required: true, message: '请填写保存位置' }]}
        >
          <PathInput use="xlsx" mode="folder" placeholder="例如 /media/保密U盘/导出 或 E:\导出" autoFocus />
        </Form.Item>
      </ChannelForm>
    </Modal>
  );
}
