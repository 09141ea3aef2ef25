// A path field with 浏览…: the system's dialog in Electron, the in-app picker elsewhere; typing a path by
// hand stays possible (the core validates it the same way). The folder of each choice is remembered per use.
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { PickUse } from '../../../db/domain/vocab';
import { call } from '../../api';
import { FilePicker } from './FilePicker';
import { lastFolder, rememberFolder } from './lastFolder';

export interface PathInputProps {
  use: PickUse;
  mode: 'open' | 'save' | 'folder';
  value?: string;
  onChange?: (path: string) => void;
  onPressEnter?: () => void;
  placeholder?: string;
  suggestedName?: string;
  'aria-label'?: string;
  autoFocus?: boolean;
  id?: string;
}

export function PathInput(props: PathInputProps) {
  const { use, mode } = props;
  const [picking, setPicking] = useState(false);
  const chosen = (path: string) => {
    rememberFolder(use, path, mode === 'folder');
    props.onChange?.(path);
  };
  const browse = async () => {
    const startIn = lastFolder(use);
    const r = await call('files:pick', {
      use,
      mode,
      ...(startIn === undefined ? {} : { startIn }),
      ...(props.suggestedName === undefined ? {} : { suggestedName: props.suggestedName }),
    });
    if (r.ok && r.value.native) {
      if (r.value.path !== null) chosen(r.value.path);
    } else setPicking(true);
  };
  return (
    <>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={props.id}
          aria-label={props['aria-label']}
          placeholder={props.placeholder}
          value={props.value ?? ''}
          onChange={(e) => props.onChange?.(e.target.value)}
          onPressEnter={props.onPressEnter}
          autoFocus={props.autoFocus}
        />
        <Button icon={<FolderOpenOutlined />} onClick={() => void browse()}>
          浏览…
        </Button>
      </Space.Compact>
      {picking ? (
        <FilePicker
          open
          use={use}
          mode={mode}
          startIn={lastFolder(use)}
          suggestedName={props.suggestedName}
          onCancel={() => setPicking(false)}
          onPick={(p) => {
            setPicking(false);
            chosen(p);
          }}
        />
      ) : null}
    </>
  );
}
