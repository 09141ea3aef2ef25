// 导出 PDF for a print route: the core renders the page through the shell (Electron printToPDF, or
// Chromium's page.pdf in the bridge), writes the file atomically and audits the export. A print that names its
// own pages (a book's contents) sends them, and is made again with the right ones if the PDF disagrees; a print
// in parts (the year book) says how many, and the core prints them one by one and joins them.
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { call } from '../api';
import { PathInput } from './files/PathInput';
import { claimedPages, correctPages, printParts } from './pageClaims';

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
    const parts = printParts();
    let r = await call('print:toPdf', { title, outPath, pages: claimedPages(), parts });
    if (r.ok && r.value.misplaced) {
      correctPages(r.value.misplaced);
      r = await call('print:toPdf', { title, outPath, pages: claimedPages(), parts });
    }
    setBusy(false);
    if (r.ok && r.value.misplaced) {
      setError('目录中的页码与排版结果不一致，未导出。请重新打开打印预览后再导出。');
      setOpen(true);
      return;
    }
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
