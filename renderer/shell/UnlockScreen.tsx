import { Alert, Form, Input } from 'antd';
import { ChannelForm } from '../components/ChannelForm';
import { useSession } from '../stores/session.store';
import { AuthFrame } from './AuthFrame';

interface UnlockValues {
  username: string;
  password: string;
}

export function UnlockScreen() {
  const [form] = Form.useForm<UnlockValues>();
  const notice = useSession((s) => s.notice);
  const refresh = useSession((s) => s.refresh);
  return (
    <AuthFrame title="登录">
      {notice ? <Alert type="info" showIcon title={notice} className="auth-notice" /> : null}
      <ChannelForm
        channel="session:unlock"
        form={form}
        submitText="登录"
        initialValues={{ username: '', password: '' }}
        onDone={() => {
          form.resetFields();
          void refresh();
        }}
        onError={() => form.setFieldValue('password', '')}
      >
        <Form.Item label="用户名" name="username">
          <Input autoFocus autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password">
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </ChannelForm>
    </AuthFrame>
  );
}
