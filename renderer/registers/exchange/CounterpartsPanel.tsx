// 对方单位公钥: registered supervisors and subordinate units; a key file is imported only after its
// fingerprint is typed, or confirmed group by group against what the other unit read out or filed.
import { ImportOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Descriptions, Input, Radio, Space, Table } from 'antd';
import { useState } from 'react';
import type { CounterpartView, PublicKeyPreview } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDate } from '../../i18n/format';
import { Fingerprint } from './Fingerprint';
import { useLoad } from '../../stores/load';
import { useChannel } from './useChannel';
import { COUNTERPART_ROLE_LABELS } from '../../../db/domain/labels';

export function CounterpartsPanel({ supervisor }: { supervisor: boolean }) {
  const list = useLoad('exchange:counterparts', {}, ['exchange']);
  const preview = useChannel('exchange:previewKey');
  const imp = useChannel('exchange:importKey');
  const [path, setPath] = useState('');
  const [seen, setSeen] = useState<PublicKeyPreview | null>(null);
  const [typed, setTyped] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [role, setRole] = useState<'supervisor' | 'subordinate'>(supervisor ? 'subordinate' : 'supervisor');
  const [done, setDone] = useState<string | null>(null);

  const fingerprint = confirmed && seen ? seen.fingerprint : typed;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title="导入对方单位公钥">
        <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
          <Input
            aria-label="公钥文件"
            placeholder="公钥文件（.bmkey）的完整路径"
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
          <Button
            icon={<SearchOutlined />}
            loading={preview.busy}
            onClick={async () => {
              setDone(null);
              setSeen(await preview.run({ path }));
              setTyped('');
              setConfirmed(false);
            }}
          >
            预览
          </Button>
        </Space.Compact>
        <ErrorNote message={preview.error?.message} />
        {seen && (
          <div style={{ marginTop: 12 }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="单位名称">{seen.unitName}</Descriptions.Item>
              <Descriptions.Item label="单位代码">{seen.unitCode}</Descriptions.Item>
              <Descriptions.Item label="文件中的签名密钥指纹">
                <Fingerprint value={seen.fingerprint} />
              </Descriptions.Item>
              <Descriptions.Item label="导出时间">{tableDate(seen.exportedAt)}</Descriptions.Item>
            </Descriptions>
            <Alert
              style={{ margin: '12px 0' }}
              type="warning"
              showIcon
              title="请与对方单位的指纹确认单或电话核对指纹。指纹不符的公钥不能导入。"
            />
            <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
              <Radio.Group value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
                <Radio value="supervisor">对方是上级单位</Radio>
                <Radio value="subordinate">对方是下级单位</Radio>
              </Radio.Group>
              <Input
                aria-label="输入核对的指纹"
                placeholder="输入对方确认单上的指纹（空格、短横线和大小写不计）"
                value={typed}
                disabled={confirmed}
                onChange={(e) => setTyped(e.target.value)}
              />
              <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                我已逐组核对，确认单上的指纹与上面显示的一致
              </Checkbox>
              <Button
                type="primary"
                icon={<ImportOutlined />}
                loading={imp.busy}
                disabled={!fingerprint}
                onClick={async () => {
                  const r = await imp.run({ path, fingerprint, role });
                  if (r) {
                    setDone(`已登记${COUNTERPART_ROLE_LABELS[r.role]}：${r.name}（${r.unitCode}）`);
                    setSeen(null);
                  }
                }}
              >
                核对无误，导入
              </Button>
            </Space>
            <ErrorNote message={imp.error?.message} />
          </div>
        )}
        {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
      </Card>
      <Card size="small" title="已登记的对方单位">
        <ErrorNote message={list.error} />
        <Table<CounterpartView>
          size="small"
          rowKey="unitCode"
          pagination={false}
          dataSource={list.value ?? []}
          locale={{ emptyText: '尚未登记对方单位' }}
          columns={[
            { title: '单位名称', dataIndex: 'name' },
            { title: '单位代码', dataIndex: 'unitCode' },
            { title: '关系', render: (_, r) => COUNTERPART_ROLE_LABELS[r.role] },
            { title: '签名密钥指纹', render: (_, r) => <Fingerprint value={r.fingerprint} /> },
            { title: '登记日期', render: (_, r) => tableDate(r.importedAt) },
          ]}
        />
      </Card>
    </Space>
  );
}
