// The setup wizard's step for the three administrators of the strict 三员 mode: each gets an account with an
// initial password handed over in person, changed by its holder at first login.
import { Form, Input, Typography } from 'antd';
import { PasswordInput } from '../components/forms/keyboard';
import type { ReactNode } from 'react';
import { ROLE_LABELS } from '../../db/domain/labels';

export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

// not labels: what each administrator does, shown under the role's name in the setup form.
const DUTIES: Record<AdminRole, string> = {
  sysadmin: '负责备份与恢复、系统设置和密钥；看不到台账内容。',
  secadmin: '负责创建、停用、解锁账户和密码策略；看不到台账内容。',
  auditor: '只查看、校验和导出审计日志；不能由系统管理员或安全保密管理员兼任。',
};

/** A labelled group per administrator, so that screen readers (and tests) can tell the three apart. */
function AdminGroup({ role, children }: { role: AdminRole; children: ReactNode }) {
  return (
    <fieldset className="admin-fieldset" aria-label={ROLE_LABELS[role]}>
      <legend>{ROLE_LABELS[role]}</legend>
      <Typography.Text type="secondary" className="admin-duty">
        {DUTIES[role]}
      </Typography.Text>
      {children}
    </fieldset>
  );
}

export function SetupAdminsStep() {
  return (
    <div>
      <Typography.Paragraph type="secondary">
        三员分立：三个管理员账户分别由三人持有，相互制约。请为每人设一个初始密码并当面交给本人；本人首次登录时必须改为只有自己知道的密码。
      </Typography.Paragraph>
      {ADMIN_ROLES.map((role) => (
        <AdminGroup key={role} role={role}>
          <div className="admin-fields">
            <Form.Item label="用户名" name={['admins', role, 'username']}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label="姓名" name={['admins', role, 'displayName']}>
              <Input />
            </Form.Item>
            <Form.Item label="初始密码" name={['admins', role, 'initialPassword']}>
              <PasswordInput autoComplete="new-password" />
            </Form.Item>
          </div>
        </AdminGroup>
      ))}
    </div>
  );
}
