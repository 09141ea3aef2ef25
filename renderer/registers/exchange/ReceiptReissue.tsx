// 重新生成回执: the signed receipt of a package already imported, written again — when it could not be written
// at the import (the package cannot be imported twice) or the first copy was lost on its way to the unit.
import { RedoOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { SupervisedUnitView } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { useChannel } from './useChannel';
import { PathInput } from '../../components/files/PathInput';

/** With `unitCode` and `seq` the package is fixed (right after its import); otherwise the clerk picks them. */
export function ReceiptReissue(props: { unitCode?: string; seq?: number; units?: SupervisedUnitView[] }) {
  const issue = useChannel('exchange:receipt');
  const [unitCode, setUnitCode] = useState(props.unitCode);
  const [seq, setSeq] = useState<number | null>(props.seq ?? null);
  const [outPath, setOutPath] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const fixed = props.unitCode !== undefined && props.seq !== undefined;
  const reported = (props.units ?? []).filter((u) => u.lastSeq !== null);
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
      {!fixed && (
        <Space wrap>
          <Select
            aria-label="回执的报送单位"
            style={{ width: 360 }}
            placeholder="报送单位"
            value={unitCode}
            onChange={(v: string) => {
              setUnitCode(v);
              setSeq(reported.find((u) => u.unitCode === v)?.lastSeq ?? null);
            }}
            options={reported.map((u) => ({ value: u.unitCode, label: `${u.name}（${u.unitCode}）` }))}
          />
          <InputNumber
            aria-label="数据包序号"
            placeholder="数据包序号"
            style={{ width: 140 }}
            min={1}
            precision={0}
            value={seq}
            onChange={(v) => setSeq(v)}
          />
        </Space>
      )}
      <PathInput
        use="receipt"
        mode="folder"
        aria-label="重新生成的回执保存位置"
        placeholder="回执（.bmr）保存的文件夹"
        value={outPath}
        onChange={setOutPath}
      />
      <Button
        icon={<RedoOutlined />}
        loading={issue.busy}
        disabled={!unitCode || !seq}
        onClick={async () => {
          setDone(null);
          if (!unitCode || !seq) return;
          const r = await issue.run({ unitCode, seq, outPath });
          if (r) setDone(`已重新生成第 ${r.seq} 号数据包的回执：${r.path}，请交回报送单位。`);
        }}
      >
        重新生成回执
      </Button>
      <ErrorNote message={issue.error?.message} />
      {done && <Alert type="success" showIcon title={done} />}
    </Space>
  );
}
