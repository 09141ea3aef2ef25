// The in-app picker, shown where the shell has no system dialog (the Chromium bridge): removable drives
// first, then the clerk's folders; folders open on Enter or double click, a file is chosen the same way; in
// save mode the clerk names the file in the chosen folder. Drives are asked again every few seconds, so a U盘
// put in while the picker is open appears.
import { FileOutlined, FolderOutlined, UsbOutlined } from '@ant-design/icons';
import { Alert, Button, Input, List, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PICK_USE_LABELS } from '../../../db/domain/labels';
import type { PickUse } from '../../../db/domain/vocab';
import type { BrowseEntry, Drive } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { useLoad } from '../../stores/load';
import { formatBytes } from './format';

export interface FilePickerProps {
  open: boolean;
  use: PickUse;
  mode: 'open' | 'save' | 'folder';
  startIn?: string | undefined;
  suggestedName?: string | undefined;
  onPick: (path: string) => void;
  onCancel: () => void;
}

const TITLES = { open: '选择', save: '保存到', folder: '选择文件夹：' } as const;
const DRIVE_POLL_MS = 3000;

function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

function DriveLine({ d, onOpen }: { d: Drive; onOpen: (path: string) => void }) {
  const free = d.freeBytes === null ? '' : `，可用 ${formatBytes(d.freeBytes)}`;
  const size = d.sizeBytes === null ? '' : `，容量 ${formatBytes(d.sizeBytes)}`;
  return (
    <Button
      block
      icon={<UsbOutlined />}
      style={{ justifyContent: 'flex-start' }}
      onClick={() => onOpen(d.path)}
    >
      {d.label}
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {d.path}
        {size}
        {free}
      </Typography.Text>
    </Button>
  );
}

export function FilePicker(props: FilePickerProps) {
  const { open, use, mode } = props;
  const [dir, setDir] = useState<string | undefined>(props.startIn);
  const loaded = useLoad('files:browse', dir === undefined ? { use } : { use, dir }, [], true);
  const view = loaded.value;
  const [drives, setDrives] = useState<Drive[] | null>(null);
  const [name, setName] = useState(props.suggestedName ?? '');
  const go = (to?: string) => {
    setDrives(null);
    setDir(to);
  };

  useEffect(() => {
    if (!open) return;
    const t = setInterval(() => {
      void call('files:drives', {}).then((r) => {
        if (r.ok) setDrives(r.value);
      });
    }, DRIVE_POLL_MS);
    return () => clearInterval(t);
  }, [open]);
  const shownDrives = drives ?? view?.drives ?? [];

  const choose = (entry: BrowseEntry) => {
    if (entry.kind === 'dir') go(entry.path);
    else if (mode === 'open') props.onPick(entry.path);
    else setName(entry.name);
  };

  const here = loaded.error ? null : (view?.dir ?? null);
  // While the folder the clerk opened is still being read, the view is the one before it: nothing is
  // chosen from it (a quick 选择此文件夹 would pick the folder the clerk had just left).
  const canFinish =
    here !== null && !loaded.loading && (mode === 'folder' || (mode === 'save' && name.trim() !== ''));
  const finish = () => {
    if (here === null || loaded.loading) return;
    props.onPick(mode === 'save' ? joinPath(here, name.trim()) : here);
  };

  return (
    <Modal
      open={open}
      title={`${TITLES[mode]}${PICK_USE_LABELS[use]}`}
      onCancel={props.onCancel}
      width={640}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onCancel}>取消</Button>
          {mode === 'open' ? null : (
            <Button type="primary" disabled={!canFinish} onClick={finish}>
              {mode === 'folder' ? '选择此文件夹' : '保存到此处'}
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} className="file-picker">
        <section aria-label="移动存储介质">
          <Typography.Text strong>移动存储介质</Typography.Text>
          {shownDrives.length > 0 ? (
            shownDrives.map((d) => <DriveLine key={d.path} d={d} onOpen={go} />)
          ) : (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              未检测到移动存储介质。插入后稍候即可出现。
            </Typography.Paragraph>
          )}
        </section>
        <Space.Compact style={{ width: '100%' }}>
          <Button
            disabled={dir === undefined}
            onClick={() => go(here === null ? undefined : (view?.parent ?? undefined))}
          >
            上一级
          </Button>
          <Input aria-label="当前文件夹" readOnly value={dir ?? '常用位置'} />
        </Space.Compact>
        {loaded.error ? <Alert type="error" showIcon title={loaded.error} /> : null}
        <div style={{ maxHeight: 300, overflow: 'auto' }}>
          <List
            size="small"
            dataSource={here === null && dir !== undefined ? [] : (view?.entries ?? [])}
            locale={{ emptyText: mode === 'folder' ? '没有子文件夹' : `没有${PICK_USE_LABELS[use]}` }}
            renderItem={(e) => (
              <List.Item
                tabIndex={0}
                role="button"
                aria-label={e.kind === 'dir' ? `文件夹 ${e.name}` : e.name}
                onDoubleClick={() => choose(e)}
                onClick={() => (e.kind === 'file' ? choose(e) : undefined)}
                onKeyDown={(k) => {
                  if (k.key === 'Enter') choose(e);
                }}
                style={{ cursor: 'pointer' }}
              >
                <Space>
                  {e.kind === 'dir' ? <FolderOutlined /> : <FileOutlined />}
                  {e.name}
                  {e.sizeBytes === null ? null : (
                    <Typography.Text type="secondary">{formatBytes(e.sizeBytes)}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </div>
        {view?.truncated ? (
          <Typography.Text type="warning">文件过多，仅显示前 2000 项。</Typography.Text>
        ) : null}
        {mode === 'save' ? (
          <Input
            aria-label="文件名"
            addonBefore="文件名"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => (canFinish ? finish() : undefined)}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
