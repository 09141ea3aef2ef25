// 导出 Word / 导出 Excel for the year's books: the core writes the file atomically and audits the export; the
// button shows how long it has been at it, since a large unit's book takes a few seconds.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Popover, Space, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import type { Result, YearExportView } from '../../../electron/ipc/contract';

export function ExportFileButton({
  label,
  run,
}: {
  label: string;
  run: (outPath: string) => Promise<Result<YearExportView>>;
}) {
  const [open, setOpen] = useState(false);
  const [outPath, setOutPath] = useState('');
  const [started, setStarted] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (started === null) return;
    const t = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [started]);
  const save = async () => {
    setError(null);
    setSeconds(0);
    setStarted(Date.now());
    const r = await run(outPath.trim());
    setStarted(null);
    if (r.ok) {
      setOpen(false);
      void message.success(`已导出：${r.value.path}`);
    } else setError(r.error.message);
  };
  const busy = started !== null;
  return (
    <Popover
      open={open}
      onOpenChange={(o) => !busy && setOpen(o)}
      trigger="click"
      title={label}
      content={
        <Space direction="vertical" style={{ width: 360 }}>
          <Input
            aria-label="保存到文件夹"
            placeholder="保存到文件夹，如 /media/usb 或 D:\\保密"
            value={outPath}
            disabled={busy}
            onChange={(e) => setOutPath(e.target.value)}
            onPressEnter={() => void save()}
            autoFocus
          />
          {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
          <Typography.Text type="secondary">导出的文件与纸质件同等密级，请按涉密载体管理。</Typography.Text>
          <Button type="primary" loading={busy} disabled={!outPath.trim()} onClick={() => void save()}>
            {busy ? `正在导出…（${seconds} 秒）` : '导出'}
          </Button>
        </Space>
      }
    >
      <Button icon={<DownloadOutlined />}>{label}</Button>
    </Popover>
  );
}
