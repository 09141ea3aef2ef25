// 从表格导入 on a register page: the button and the one ImportDialog, for the register the page names. Every
// page whose register imports uses this (never a copy of the dialog).
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import type { XlsxRegister } from '../../../electron/ipc/contract';
import { ImportDialog } from './ImportDialog';

/** An importer on the page now: a table dropped on the window opens it (issue 21 point 4). */
export interface MountedImport {
  register: XlsxRegister;
  title: string;
  open: (path: string) => void;
}
const mounted: MountedImport[] = [];

/** The importers of the page in view, the latest mounted last. */
export const mountedImports = (): readonly MountedImport[] => mounted;

export function ImportButton({ register, title }: { register: XlsxRegister; title: string }) {
  const [open, setOpen] = useState<{ path: string } | null>(null);
  useEffect(() => {
    const entry: MountedImport = { register, title, open: (path) => setOpen({ path }) };
    mounted.push(entry);
    return () => void mounted.splice(mounted.indexOf(entry), 1);
  }, [register, title]);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen({ path: '' })}>
        从表格导入
      </Button>
      {open ? (
        <ImportDialog
          register={register}
          title={title}
          initialPath={open.path}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
