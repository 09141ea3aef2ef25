import { Form, Typography } from 'antd';
import { ChannelForm } from '../components/ChannelForm';
import { PasswordInput } from '../components/forms/keyboard';

interface PasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's own password; the policy (length, classes, history) is the core's and answers in Chinese. */
export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<PasswordValues>();
  return (
    <ChannelForm
      channel="session:changePassword"
      form={form}
      submitText="修改密码"
      initialValues={{ oldPassword: '', newPassword: '', confirm: '' }}
      toInput={(v) => ({ oldPassword: v.oldPassword, newPassword: v.newPassword })}
      onDone={() => {
        form.resetFields();
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">
        密码至少 8 位，须同时包含大写字母、小写字母、数字和特殊字符（机密级本机至少 10
        位），不能与最近用过的密码相同。
      </Typography.Paragraph>
      <Form.Item label="原密码" name="oldPassword">
        <PasswordInput autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword">
        <PasswordInput autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再次输入新密码"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              v === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <PasswordInput autoComplete="new-password" />
      </Form.Item>
    </ChannelForm>
  );
}
