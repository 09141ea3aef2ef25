// The security administrator's forms: a new account, a password reset, and the recovery code rotation.
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import type { AccountView, ChannelInput } from '../../electron/ipc/contract';
import { call } from '../api';
import { ChannelForm } from '../components/ChannelForm';
import { PasswordInput } from '../components/forms/keyboard';
import { ErrorNote } from '../components/ErrorNote';
import { ROLE_LABELS } from '../../db/domain/labels';
import { optionsOf } from '../i18n/labels';

const HANDED_OVER = '初始密码请当面交给本人；本人首次登录时必须先改成只有自己知道的密码。';

export function CreateAccountDialog(props: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<ChannelInput<'accounts:create'>>();
  return (
    <Modal title="新建账户" open={props.open} onCancel={props.onClose} footer={null} destroyOnHidden>
      <ChannelForm
        channel="accounts:create"
        form={form}
        submitText="创建账户"
        onDone={() => {
          form.resetFields();
          props.onDone();
        }}
        extraButtons={<Button onClick={props.onClose}>取消</Button>}
      >
        <Form.Item label="用户名" name="username" extra="2–32 位英文字母、数字或 _ . -，登录时使用。">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName">
          <Input />
        </Form.Item>
        <Form.Item
          label="角色"
          name="role"
          extra="三员分立：安全审计员不能由系统管理员或安全保密管理员本人兼任。"
        >
          <Select aria-label="角色" options={optionsOf(ROLE_LABELS)} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="初始密码" name="initialPassword" extra={HANDED_OVER}>
          <PasswordInput autoComplete="new-password" />
        </Form.Item>
      </ChannelForm>
    </Modal>
  );
}

export function ResetPasswordDialog(props: {
  account: AccountView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const account = props.account;
  return (
    <Modal
      title={account ? `重置密码：${account.displayName}（${account.username}）` : ''}
      open={account !== null}
      onCancel={props.onClose}
      footer={null}
      destroyOnHidden
    >
      <ChannelForm
        channel="accounts:resetPassword"
        form={form}
        toInput={(v) => ({ accountId: account?.id ?? 0, newPassword: v.newPassword })}
        submitText="重置密码"
        onDone={props.onDone}
        extraButtons={<Button onClick={props.onClose}>取消</Button>}
      >
        <Form.Item label="新的初始密码" name="newPassword" extra={HANDED_OVER}>
          <PasswordInput autoComplete="new-password" />
        </Form.Item>
      </ChannelForm>
    </Modal>
  );
}

/** A new recovery code replaces the old one at once; it is shown here exactly once. */
export function RecoveryRotation() {
  const [code, setCode] = useState<string | null>(null);
  const [written, setWritten] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rotate = async () => {
    setError(null);
    const r = await call('accounts:rotateRecovery', {});
    if (r.ok) {
      setWritten(false);
      setCode(r.value.recoveryCode);
    } else setError(r.error.message);
  };
  if (code) {
    return (
      <div>
        <Alert
          type="warning"
          showIcon
          title="新恢复码只显示这一次，旧恢复码已作废"
          description="请用笔抄写在纸上，核对无误后放入单位保密柜，并销毁旧的恢复码纸条。不要拍照，不要存入任何电子设备。"
        />
        <div className="once-code" data-testid="new-recovery-code" aria-label="新恢复码">
          {code}
        </div>
        <Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)}>
          我已抄写新恢复码并核对无误，将交保密柜保管
        </Checkbox>
        <div className="form-actions">
          <Button type="primary" disabled={!written} onClick={() => setCode(null)}>
            完成
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <Typography.Paragraph type="secondary">
        恢复码在所有密码都遗忘时用来打开数据。恢复码纸条遗失或可能被他人看到时，应立即更换。
      </Typography.Paragraph>
      <ErrorNote message={error} />
      <Popconfirm
        title="更换恢复码？"
        description="旧恢复码立即作废，新恢复码只显示一次。"
        okText="更换"
        cancelText="取消"
        onConfirm={() => void rotate()}
      >
        <Button>更换恢复码</Button>
      </Popconfirm>
    </div>
  );
}
