// 从表格导入 on a register page: the button and the one ImportDialog, for the register the page names. Every
// page whose register imports uses this (never a copy of the dialog).
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { XlsxRegister } from '../../../electron/ipc/contract';
import { ImportDialog } from './ImportDialog';

export function ImportButton({ register, title }: { register: XlsxRegister; title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        从表格导入
      </Button>
      {open ? <ImportDialog register={register} title={title} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
