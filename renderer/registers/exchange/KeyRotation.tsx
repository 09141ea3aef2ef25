// 更换本单位密钥 (系统管理员): what a rotation changes for the other units is said before it is done, and the new
// fingerprint sheet is opened right after, since the supervisor must have it on file before the next package.
import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography, message } from 'antd';
import { useState } from 'react';
import type { OwnKeysView } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { navigate } from '../../shell/route';
import { useChannel } from './useChannel';

type Purpose = 'sign' | 'encrypt';

const NAME: Record<Purpose, string> = { sign: '签名密钥', encrypt: '加密密钥' };

/** What changes, in the order the clerk will meet it. */
function consequences(purpose: Purpose, fingerprint: string): string[] {
  const common = [
    '请把新的公钥文件（在本页“导出本单位公钥”）交上级单位和各下级单位导入；已登记本单位旧公钥的单位导入时，程序凭旧密钥的签名确认新密钥，无需再核对指纹。',
    '更换后请打印新的公钥指纹确认单，报上级保密工作部门备案，替换原来的确认单。',
    '此操作不能撤销。',
  ];
  return purpose === 'sign'
    ? [
        `现用签名密钥（指纹 ${fingerprint}）停用，生成新的签名密钥，签名公钥指纹随之改变。旧密钥保留，此前发出的数据包和回执仍可校验。`,
        '对方单位导入新公钥之前，会拒收本单位此后发出的数据包和回执（“发送单位或其密钥未登记”）。',
        ...common,
      ]
    : [
        `现用加密密钥（指纹 ${fingerprint}）停用，生成新的加密密钥。旧密钥保留，已按旧密钥加密发给本单位的数据包仍可导入。`,
        '对方单位导入新公钥之后，发给本单位的数据包才按新密钥加密。',
        ...common,
      ];
}

export function KeyRotation({ keys }: { keys: OwnKeysView }) {
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const rotate = useChannel('keys:rotate');
  const close = () => {
    setPurpose(null);
    rotate.setError(null);
  };
  return (
    <>
      <Space wrap>
        {(['sign', 'encrypt'] as const).map((p) => (
          <Button key={p} danger icon={<SyncOutlined />} onClick={() => setPurpose(p)}>
            更换{NAME[p]}
          </Button>
        ))}
      </Space>
      <Modal
        open={purpose !== null}
        title={purpose ? `更换${NAME[purpose]}` : ''}
        onCancel={close}
        maskClosable={false}
        destroyOnHidden
        width={640}
        okText={purpose ? `确认更换${NAME[purpose]}` : ''}
        okButtonProps={{ danger: true, loading: rotate.busy }}
        cancelText="取消"
        onOk={async () => {
          if (!purpose) return;
          const k = await rotate.run({ purpose });
          if (!k) return;
          close();
          void message.success(`已更换${NAME[purpose]}，新指纹 ${k.fingerprint}。请打印新的指纹确认单。`);
          navigate('print/fingerprint');
        }}
      >
        {purpose && (
          <>
            <Alert type="warning" showIcon title="更换后：" style={{ marginBottom: 12 }} />
            <Typography.Paragraph>
              <ol className="key-rotation-consequences">
                {consequences(purpose, keys[purpose].fingerprint).map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ol>
            </Typography.Paragraph>
            <ErrorNote message={rotate.error?.message} />
          </>
        )}
      </Modal>
    </>
  );
}
