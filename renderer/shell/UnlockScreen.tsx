import { Alert, Form, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { LockedBy } from '../../electron/ipc/contract';
import { call } from '../api';
import { ChannelForm } from '../components/ChannelForm';
import { tableDateTime } from '../i18n/format';
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
  // Who locked it (in this run), and when: their account is offered, so unlocking is the password and Enter.
  // The state the shell read as it started says so already (no second call, no card redrawn from 登录 to
  // 已锁定 a moment later); after a lock in this run it is asked for.
  const [known] = useState(() => useSession.getState().lockedBy);
  const [lockedBy, setLockedBy] = useState<LockedBy | null>(known ?? null);
  useEffect(() => {
    if (known !== undefined) {
      if (known) password.current?.focus();
      return;
    }
    let live = true;
    void call('session:state', {}).then((r) => {
      if (!live || !r.ok || r.value.phase !== 'locked' || !r.value.lockedBy) return;
      const by = r.value.lockedBy;
      setLockedBy(by);
      // Only while the clerk has not started typing another name.
      if (!form.getFieldValue('username')) {
        form.setFieldValue('username', by.username);
        password.current?.focus();
      }
    });
    return () => {
      live = false;
    };
  }, [form, known]);
  // Only locked, by the account still named: the card unlocks. Another name typed: that is a login.
  const typed = Form.useWatch('username', form);
  const unlocking = lockedBy !== null && (typed ?? '') === lockedBy.username;
  return (
    <AuthFrame title={lockedBy ? '已锁定' : '登录'}>
      {notice ? <Alert type="info" showIcon title={notice} className="auth-notice" /> : null}
      {lockedBy ? (
        <Typography.Paragraph className="locked-by" role="status">
          {lockedBy.displayName}（{lockedBy.username}）于 {tableDateTime(lockedBy.at)}{' '}
          {lockedBy.idle ? '因长时间未操作自动锁定' : '锁定'}
        </Typography.Paragraph>
      ) : null}
      <ChannelForm
        channel="session:unlock"
        form={form}
        submitText={unlocking ? '解锁' : '登录'}
        initialValues={{ username: known?.username ?? '', password: '' }}
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
