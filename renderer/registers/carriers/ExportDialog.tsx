// xlsx export of the current view. No native file dialog exists in every shell this runs in, so the clerk
// types (or confirms) the folder; the last one used is remembered on this computer.
import { Form, Modal, message } from 'antd';
import type { ChannelInput } from '../../../electron/ipc/contract';
import { ChannelForm } from '../../components/ChannelForm';
import { PathInput } from '../../components/files/PathInput';

const KEY = 'baomi.carriers.exportPath';

export function ExportDialog({
  view,
  total,
  onClose,
}: {
  view: Omit<ChannelInput<'carriers:exportXlsx'>, 'outPath'>;
  total: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ outPath: string }>();
  return (
    <Modal open title="导出为 Excel（xlsx）" onCancel={onClose} footer={null} destroyOnHidden width={600}>
      <p>按当前的筛选、搜索和排序导出全部 {total.toLocaleString('zh-CN')} 条记录（不只是当前页）。</p>
      <ChannelForm<'carriers:exportXlsx', { outPath: string }>
        channel="carriers:exportXlsx"
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
