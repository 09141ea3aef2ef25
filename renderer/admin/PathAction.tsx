// A folder or file typed by hand (the bridge offers no native dialog) and the one action on it, with the
// core's answer shown under it.
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';

export interface PathOutcome {
  ok: boolean;
  text: string;
}

export function PathAction(props: {
  label: string;
  placeholder: string;
  button: string;
  run: (path: string) => Promise<PathOutcome>;
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
        <Input
          aria-label={props.label}
          placeholder={props.placeholder}
          value={path}
          onChange={(e) => setPath(e.target.value)}
          onPressEnter={() => void go()}
        />
        <Button type="primary" loading={busy} onClick={() => void go()}>
          {props.button}
        </Button>
      </Space.Compact>
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
