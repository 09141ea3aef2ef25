// A form field holding an uploaded scan's id (审查材料, 会议纪要, 保密方案, 验收材料, 书面告知 …): the upload button,
// then the file's name. The scan is stored encrypted by the core at upload; the form's channel only links its id.
import { Space, Typography } from 'antd';
import { useState } from 'react';
import { ScanUpload } from '../ScanUpload';

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
