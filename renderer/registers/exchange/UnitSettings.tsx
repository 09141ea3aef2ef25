// A unit's reporting interval (its own, or the default) and 重新建立报送关系 after its key is checked out of band.
import { Alert, Button, Card, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import type { ComparisonRow } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { useChannel } from './useChannel';

export function IntervalForm({ row }: { row: ComparisonRow }) {
  const set = useChannel('exchange:unitInterval');
  const [days, setDays] = useState<number | null>(row.ownInterval ? row.intervalDays : null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card size="small" title="报送周期" style={{ marginBottom: 12 }}>
      <Space wrap>
        <InputNumber
          aria-label="本单位报送周期（天）"
          min={1}
          max={400}
          value={days}
          placeholder={`默认 ${row.intervalDays}`}
          onChange={(v) => setDays(v)}
          addonAfter="天"
        />
        <Button
          loading={set.busy}
          onClick={async () => {
            const r = await set.run({ unitCode: row.unitCode, days });
            if (r)
              setDone(
                r.ownInterval
                  ? `报送周期已改为 ${r.intervalDays} 天。`
                  : `已恢复默认周期 ${r.intervalDays} 天。`,
              );
          }}
        >
          保存报送周期
        </Button>
      </Space>
      <div style={{ color: '#888', marginTop: 4 }}>留空并保存即使用默认周期。</div>
      <ErrorNote message={set.error?.message} />
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
    </Card>
  );
}

export function ChainReset({ row }: { row: ComparisonRow }) {
  const reset = useChannel('exchange:reset');
  const [path, setPath] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card size="small" title="重新建立报送关系">
      <div style={{ marginBottom: 8 }}>
        该单位重新安装或从旧备份恢复后，其数据包会被拒收。请通过电话或纸质材料核对其新公钥的指纹，再在此重新建立报送关系：
        原有数据包和台账作为“已被替换”的记录保留，之后由该单位做一次全量报送。
      </div>
      <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
        <Input
          aria-label="该单位的公钥文件"
          placeholder="公钥文件的完整路径"
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        <Input
          aria-label="书面核对的指纹"
          placeholder="对方书面提供的公钥指纹"
          value={fingerprint}
          onChange={(e) => setFingerprint(e.target.value)}
        />
        <Input
          aria-label="重新建立的原因"
          placeholder="如：单位重新安装保密工作台"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button
          danger
          loading={reset.busy}
          onClick={async () => {
            const r = await reset.run({ unitCode: row.unitCode, path, fingerprint, reason });
            if (r) setDone(`已重新建立报送关系（第 ${r.chain} 序列），请通知该单位做一次全量报送。`);
          }}
        >
          重新建立报送关系
        </Button>
      </Space>
      <ErrorNote message={reset.error?.message} />
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
    </Card>
  );
}
