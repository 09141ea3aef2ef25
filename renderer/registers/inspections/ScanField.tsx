// A form field holding an uploaded scan's id (验收材料, 书面告知 …): the upload button, then the file's name.
import { Space, Typography } from 'antd';
import { useState } from 'react';
import { ScanUpload } from '../../components/ScanUpload';

export function ScanField({
  label,
  onChange,
}: {
  label: string;
  value?: number;
  onChange?: (id: number) => void;
}) {
  const [name, setName] = useState<string | null>(null);
  return (
    <Space>
      <ScanUpload
        label={label}
        onUploaded={(a) => {
          setName(a.fileName);
          onChange?.(a.id);
        }}
      />
      {name ? <Typography.Text type="secondary">已上传：{name}</Typography.Text> : null}
    </Space>
  );
}
