import { Alert, Form, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ChannelForm } from '../components/ChannelForm';
import { PasswordInput } from '../components/forms/keyboard';
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
  const password = useRef<InputRef>(null);
  // Back on the password, selected, once the form is enabled again: the clerk retypes it at once.
  const [failed, setFailed] = useState(0);
  useEffect(() => {
    if (failed) password.current?.focus({ cursor: 'all' });
  }, [failed]);
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
        onError={() => setFailed((n) => n + 1)}
      >
        <Form.Item label="用户名" name="username">
          <Input autoFocus autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password">
          <PasswordInput ref={password} autoComplete="current-password" />
        </Form.Item>
      </ChannelForm>
    </AuthFrame>
  );
}
