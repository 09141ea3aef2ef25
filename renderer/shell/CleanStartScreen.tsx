// An interrupted first run: what was left, why there is nothing to restore, and the clean start (the leftover
// files renamed beside the old ones, never deleted), then the setup wizard.
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { useSession } from '../stores/session.store';
import { AuthFrame } from './AuthFrame';

export function CleanStartScreen() {
  const leftover = useSession((s) => s.leftover);
  const refresh = useSession((s) => s.refresh);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <AuthFrame title="上次首次设置没有完成" width={620}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={leftover?.message} />
        <Typography.Text type="secondary">留下的文件：</Typography.Text>
        <ul aria-label="留下的文件">
          {(leftover?.files ?? []).map((f) => (
            <li key={f}>
              <Typography.Text code>{f}</Typography.Text>
            </li>
          ))}
        </ul>
        <ErrorNote message={error} />
        <Button
          type="primary"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const r = await call('session:cleanStart', {});
            setBusy(false);
            if (!r.ok) setError(r.error.message);
            else await refresh();
          }}
        >
          重新开始初始化
        </Button>
      </Space>
    </AuthFrame>
  );
}
