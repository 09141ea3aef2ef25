// 上传扫描件: a file from the scanner's folder, read in the page and stored inside the encrypted database by
// the core (which checks that the bytes match the type). Works alike in Electron and in the Chromium bridge,
// chosen or dropped (the bytes are read in the page, so a drop needs no path).
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import type { AttachmentView } from '../../electron/ipc/contract';
import { call } from '../api';
import { useFileDrop } from './files/drop';
import { toastError } from './toast';

const MIME_BY_EXT: Record<string, 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff'> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

export function ScanUpload({
  label = '上传扫描件',
  onUploaded,
  dropAnywhere = false,
}: {
  label?: string;
  onUploaded: (a: AttachmentView) => void | Promise<void>;
  /** A scan dropped anywhere on the window attaches here (the record open now), not only on the button. */
  dropAnywhere?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const mime = MIME_BY_EXT[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mime) {
      toastError('扫描件只能是 PDF、JPG、PNG 或 TIFF 文件。');
      return;
    }
    setBusy(true);
    try {
      const r = await call('attachments:upload', {
        fileName: file.name,
        mime,
        dataBase64: await readBase64(file),
      });
      if (r.ok) await onUploaded(r.value);
      else toastError(r.error.message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const drop = useFileDrop((f) => void pick(f), { window: dropAnywhere });
  return (
    <span
      {...drop.props}
      className={drop.over ? 'drop-target drop-over' : 'drop-target'}
      title="也可以把扫描件拖到这里"
      data-testid="scan-drop"
    >
      <input
        ref={input}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
        aria-label={label}
        style={{ display: 'none' }}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </span>
  );
}
