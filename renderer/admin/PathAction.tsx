// A folder or file, chosen with 浏览… or typed, and the one action on it, with the core's answer under it.
import { Alert, Button, Progress, Space } from 'antd';
import { useState } from 'react';
import type { PickUse } from '../../db/domain/vocab';
import { PathInput } from '../components/files/PathInput';

export interface PathOutcome {
  ok: boolean;
  text: string;
}

export function PathAction(props: {
  label: string;
  placeholder: string;
  button: string;
  use: PickUse;
  mode: 'open' | 'folder';
  run: (path: string) => Promise<PathOutcome>;
  /** While it runs: where the work is, and a cancel while it may still be stopped. */
  progress?: { text: string; percent: number; cancel: (() => void) | null } | null;
}) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PathOutcome | null>(null);
  const go = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await props.run(path.trim()));
    setBusy(false);
  };
  return (
    <div>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <PathInput
          use={props.use}
          mode={props.mode}
          aria-label={props.label}
          placeholder={props.placeholder}
          value={path}
          onChange={setPath}
          onPressEnter={() => void go()}
        />
        <Button type="primary" loading={busy} onClick={() => void go()}>
          {props.button}
        </Button>
      </Space.Compact>
      {busy && props.progress ? (
        <Space role="status" aria-label="进度" style={{ marginTop: 8 }}>
          <Progress style={{ width: 240 }} size="small" percent={props.progress.percent} showInfo={false} />
          <span>{props.progress.text}</span>
          {props.progress.cancel ? <Button onClick={props.progress.cancel}>取消</Button> : null}
        </Space>
      ) : null}
      {outcome ? (
        <Alert
          className="path-outcome"
          type={outcome.ok ? 'success' : 'error'}
          showIcon
          role={outcome.ok ? 'status' : 'alert'}
          title={outcome.text}
        />
      ) : null}
    </div>
  );
}
