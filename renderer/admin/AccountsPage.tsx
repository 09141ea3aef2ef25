// 账户管理 (安全保密管理员, or the clerk in the small-unit mode): who may log in, with which role; create,
// disable, reset, unlock; and the recovery code.
import { Button, Card, Popconfirm, Space, Table, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AccountView, Channel } from '../../electron/ipc/contract';
import { call } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { tableDate, tableDateTime } from '../i18n/format';
import { ACCOUNT_STATUS_LABELS, ROLE_LABELS } from '../../db/domain/labels';
import { useAccounts } from '../stores/accounts.store';
import { useSession } from '../stores/session.store';
import './admin.css';
import { CreateAccountDialog, RecoveryRotation, ResetPasswordDialog } from './AccountForms';

export function AccountsPage() {
  const { rows, loading, error } = useAccounts(
    useShallow((s) => ({ rows: s.rows, loading: s.loading, error: s.error })),
  );
  const load = useAccounts((s) => s.load);
  const me = useSession((s) => s.account?.id);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (channel: Channel & `accounts:${'disable' | 'unlock'}`, a: AccountView, done: string) => {
    setActionError(null);
    const r = await call(channel, { accountId: a.id });
    if (r.ok) void message.success(done);
    else setActionError(r.error.message);
  };

  return (
    <div className="page admin-page">
      <Typography.Title level={4} className="page-title">
        账户管理
      </Typography.Title>
      <Card size="small">
        <div className="admin-toolbar">
          <Button type="primary" onClick={() => setCreating(true)}>
            新建账户
          </Button>
          <Button onClick={() => void load()}>刷新</Button>
        </div>
        <ErrorNote message={error ?? actionError} />
        <Table<AccountView>
          size="small"
          bordered
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: '用户名', dataIndex: 'username', width: 130 },
            { title: '姓名', dataIndex: 'displayName', width: 110 },
            { title: '角色', width: 130, render: (_, a) => ROLE_LABELS[a.role] },
            {
              title: '状态',
              width: 150,
              render: (_, a) => (
                <Space size={4}>
                  <Tag color={a.status === 'active' ? 'green' : undefined}>
                    {ACCOUNT_STATUS_LABELS[a.status]}
                  </Tag>
                  {a.lockedOut ? <Tag color="red">已锁定</Tag> : null}
                </Space>
              ),
            },
            {
              title: '上次登录',
              width: 150,
              render: (_, a) => (a.lastLoginAt ? tableDateTime(a.lastLoginAt) : '从未登录'),
            },
            { title: '密码修改于', width: 110, render: (_, a) => tableDate(a.passwordChangedAt) },
            {
              title: '操作',
              render: (_, a) =>
                a.status === 'active' ? (
                  <Space size={0} wrap>
                    <Button type="link" size="small" onClick={() => setResetting(a)}>
                      重置密码
                    </Button>
                    {a.lockedOut ? (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => void act('accounts:unlock', a, `已解除 ${a.displayName} 的锁定`)}
                      >
                        解锁
                      </Button>
                    ) : null}
                    {a.id !== me ? (
                      <Popconfirm
                        title={`停用 ${a.displayName}（${a.username}）？`}
                        description="停用会删除此账户的密钥槽，此后无法再用它登录，也不能恢复；需要时只能新建账户。"
                        okText="停用"
                        okButtonProps={{ danger: true }}
                        cancelText="取消"
                        onConfirm={() => void act('accounts:disable', a, `已停用 ${a.displayName}`)}
                      >
                        <Button type="link" size="small" danger>
                          停用
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card size="small" title="恢复码">
        <RecoveryRotation />
      </Card>
      <CreateAccountDialog
        open={creating}
        onClose={() => setCreating(false)}
        onDone={() => {
          setCreating(false);
          void message.success('账户已创建。请把初始密码当面交给本人。');
        }}
      />
      <ResetPasswordDialog
        account={resetting}
        onClose={() => setResetting(null)}
        onDone={() => {
          setResetting(null);
          void message.success('密码已重置。本人下次登录时须先修改密码。');
        }}
      />
    </div>
  );
}
