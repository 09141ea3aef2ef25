// A file brought in from the media at the unit — a receipt, a notice: its path (picked, dropped or typed), one
// button, the refusal as the core words it, and what the import did.
import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { PickUse } from '../../../db/domain/vocab';
import { ErrorNote } from '../../components/ErrorNote';
import { PathInput } from '../../components/files/PathInput';

export interface Imported {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

export function FileImportCard(props: {
  title: string;
  use: PickUse;
  /** What the file is called, for the field's label and the placeholder's extension. */
  fileLabel: string;
  extension: string;
  button: string;
  busy: boolean;
  error: string | undefined;
  /** Import the file; what it did, or null when it was refused (the error says why). */
  run: (path: string) => Promise<Imported | null>;
  /** A file dropped on the window, already chosen. */
  initialPath?: string;
}) {
  const [path, setPath] = useState(props.initialPath ?? '');
  const [done, setDone] = useState<Imported | null>(null);
  return (
    <Card size="small" title={props.title}>
      <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
        <PathInput
          use={props.use}
          mode="open"
          aria-label={props.fileLabel}
          placeholder={`${props.fileLabel}（${props.extension}）的完整路径`}
          value={path}
          onChange={setPath}
        />
        <Button
          icon={<ImportOutlined />}
          loading={props.busy}
          onClick={async () => {
            setDone(null);
            setDone(await props.run(path));
          }}
        >
          {props.button}
        </Button>
      </Space.Compact>
      <ErrorNote message={props.error} />
      {done && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          title={done.title}
          description={done.description}
          action={done.action}
        />
      )}
    </Card>
  );
}
