// 本单位密钥: the signing and encryption keys with their fingerprints, the printable sheet for the
// supervisor's file, and — for whoever administers the system — the public key written to a folder for the
// other unit and the rotation of either key.
import { FileTextOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDateTime } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { useCan } from '../../stores/session.store';
import { Fingerprint } from './Fingerprint';
import { KeyRotation } from './KeyRotation';
import { useChannel } from './useChannel';
import { PathInput } from '../../components/files/PathInput';

export function KeysPanel() {
  const keys = useLoad('keys:own', {}, ['keys']);
  const [outPath, setOutPath] = useState('');
  const exp = useChannel('keys:exportPublic');
  const [done, setDone] = useState<string | null>(null);
  const manage = useCan('system:manage');
  const k = keys.value;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ErrorNote message={keys.error} />
      <Card size="small" title="本单位密钥">
        {k && (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="签名密钥指纹">
              <Fingerprint value={k.sign.fingerprint} label="签名密钥指纹" />
            </Descriptions.Item>
            <Descriptions.Item label="签名密钥编号">{k.sign.keyId}</Descriptions.Item>
            <Descriptions.Item label="生成时间">
              {tableDateTime(k.sign.createdAt)}
              {k.sign.prevKeyId ? `（更换自 ${k.sign.prevKeyId.slice(0, 8)}…）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="加密密钥指纹">
              <Fingerprint value={k.encrypt.fingerprint} label="加密密钥指纹" />
            </Descriptions.Item>
            <Descriptions.Item label="加密密钥生成时间">
              {tableDateTime(k.encrypt.createdAt)}
              {k.encrypt.prevKeyId ? `（更换自 ${k.encrypt.prevKeyId.slice(0, 8)}…）` : ''}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Space wrap style={{ marginTop: 12 }}>
          <Button icon={<FileTextOutlined />} onClick={() => navigate('print/fingerprint')}>
            打印指纹确认单
          </Button>
          {manage && k && <KeyRotation keys={k} />}
        </Space>
        {!manage && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            导出本单位公钥、更换密钥由系统管理员在“安全与系统设置”中办理。
          </Typography.Paragraph>
        )}
      </Card>
      {manage && (
        <Card size="small" title="导出本单位公钥">
          <p>将公钥文件（.bmkey）写入指定文件夹，交对方单位导入；对方导入时须核对上面的签名密钥指纹。</p>
          <div style={{ display: 'flex', gap: 8, width: '100%', maxWidth: 720 }}>
            <div style={{ flex: 1 }}>
              <PathInput
                use="key"
                mode="folder"
                aria-label="公钥保存位置"
                placeholder="文件夹路径，例如 E:\\报送"
                value={outPath}
                onChange={setOutPath}
              />
            </div>
            <Button
              type="primary"
              icon={<ExportOutlined />}
              loading={exp.busy}
              onClick={async () => {
                const r = await exp.run({ outPath });
                if (r) setDone(r.path);
              }}
            >
              导出公钥
            </Button>
          </div>
          <ErrorNote message={exp.error?.message} />
          {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={`公钥已写入：${done}`} />}
        </Card>
      )}
    </Space>
  );
}
