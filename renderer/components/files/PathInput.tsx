// A path field with 浏览…: the system's dialog in Electron, the in-app picker elsewhere; typing a path by
// hand stays possible (the core validates it the same way). The folder of each choice is remembered per use.
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { PICK_EXTENSIONS, type PickUse } from '../../../db/domain/vocab';
import { call } from '../../api';
import { droppedPath, useFileDrop } from './drop';
import { FilePicker } from './FilePicker';
import { lastFolder, rememberFolder } from './lastFolder';
import { toastError, toastInfo } from '../toast';

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
  // A file dropped on the field (a folder field takes the dropped file's folder): the same checks as typed.
  const drop = useFileDrop((file) => {
    const exts = PICK_EXTENSIONS[use];
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (mode !== 'folder' && exts.length && !exts.includes(ext)) {
      toastError(`这里只接受 ${exts.map((e) => `.${e}`).join('、')} 文件，“${file.name}”不是。`);
      return;
    }
    const path = droppedPath(file);
    if (path === null) {
      toastInfo('此窗口无法取得拖入文件的位置，请点“浏览…”选择该文件。');
      return;
    }
    // A folder field given a file takes the folder the file is in; given a folder, the folder itself.
    const isFolder = file.type === '' && !file.name.includes('.');
    chosen(mode === 'folder' && !isFolder ? path.replace(/[\\/][^\\/]*$/, '') || path : path);
  });
  return (
    <div {...drop.props} className={drop.over ? 'path-drop drop-over' : 'path-drop'}>
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
    </div>
  );
}
