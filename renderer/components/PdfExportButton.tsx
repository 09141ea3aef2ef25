// 导出 PDF for a print route: the core renders the page through the shell (Electron printToPDF, or
// Chromium's page.pdf in the bridge), writes the file atomically and audits the export.
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { call } from '../api';
import { PathInput } from './files/PathInput';

export function PdfExportButton({ title }: { title: string }) {
  const [open, setOpen] = useState(false);
  const [outPath, setOutPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    // The popover closes first so that it is not part of the printed page.
    setOpen(false);
    const r = await call('print:toPdf', { title, outPath });
    setBusy(false);
    if (r.ok) void message.success(`已导出：${r.value.path}`);
    else {
      setError(r.error.message);
      setOpen(true);
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="导出 PDF"
      content={
        <Space direction="vertical" style={{ width: 360 }}>
          <PathInput
            use="pdf"
            mode="folder"
            aria-label="保存到文件夹"
            placeholder="保存到文件夹，如 /media/usb 或 D:\\保密"
            value={outPath}
            onChange={setOutPath}
            onPressEnter={() => void save()}
            autoFocus
          />
          {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
          <Typography.Text type="secondary">导出的文件与纸质件同等密级，请按涉密载体管理。</Typography.Text>
          <Button type="primary" loading={busy} disabled={!outPath.trim()} onClick={() => void save()}>
            导出
          </Button>
        </Space>
      }
    >
      <Button icon={<FilePdfOutlined />}>导出 PDF</Button>
    </Popover>
  );
}
