// A folder or file, chosen with 浏览… or typed, and the one action on it, with the core's answer under it.
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import type { PickUse } from '../../db/domain/vocab';
import { PathInput } from '../components/files/PathInput';
import { JobStatus, type JobStatusProps } from '../components/JobStatus';

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
  progress?: JobStatusProps | null;
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
      {busy && props.progress ? <JobStatus {...props.progress} /> : null}
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
