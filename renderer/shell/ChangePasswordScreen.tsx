import { Alert, Button } from 'antd';
import { useSession } from '../stores/session.store';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The session says mustChangePassword (first login with an administrator's password, or expired). */
export function ChangePasswordScreen() {
  const refresh = useSession((s) => s.refresh);
  const lock = useSession((s) => s.lock);
  const name = useSession((s) => s.account?.displayName);
  return (
    <AuthFrame title="请先修改密码">
      <Alert
        type="warning"
        showIcon
        className="auth-notice"
        title={`${name ?? ''}，您的密码是管理员设置的初始密码或已过期。修改后才能继续使用。`}
      />
      <ChangePasswordForm onDone={() => void refresh()} />
      <Button type="link" onClick={() => void lock()} className="auth-secondary">
        暂不修改，退出登录
      </Button>
    </AuthFrame>
  );
}
