// 导出 Word / 导出 Excel for the year's books: the core writes the file atomically and audits the export. A large
// unit's book takes seconds: the button shows how far the core is (yearbook:progress) and offers 取消
// (yearbook:cancel), after which nothing is written.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Popover, Space, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import type { Result, YearExportView } from '../../../electron/ipc/contract';
import { call } from '../../api';

export function ExportFileButton({
  label,
  run,
}: {
  label: string;
  run: (outPath: string, jobId: string) => Promise<Result<YearExportView>>;
}) {
  const [open, setOpen] = useState(false);
  const [outPath, setOutPath] = useState('');
  const [job, setJob] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (job === null) return;
    const t = setInterval(() => {
      void call('yearbook:progress', { jobId: job }).then((r) => r.ok && setProgress(r.value.progress));
    }, 500);
    return () => clearInterval(t);
  }, [job]);
  const save = async () => {
    const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    setError(null);
    setProgress(null);
    setJob(id);
    const r = await run(outPath.trim(), id);
    setJob(null);
    if (r.ok) {
      setOpen(false);
      void message.success(`已导出：${r.value.path}`);
    } else setError(r.error.message);
  };
  const busy = job !== null;
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
          <Space>
            <Button type="primary" loading={busy} disabled={!outPath.trim()} onClick={() => void save()}>
              {busy ? `正在导出…${progress ? `（${progress.done}/${progress.total}）` : ''}` : '导出'}
            </Button>
            {busy ? (
              <Button onClick={() => job && void call('yearbook:cancel', { jobId: job })}>取消</Button>
            ) : null}
          </Space>
        </Space>
      }
    >
      <Button icon={<DownloadOutlined />}>{label}</Button>
    </Popover>
  );
}
