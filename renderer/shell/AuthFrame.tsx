import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of the screens before the main layout: setup, unlock, forced password change. */
export function AuthFrame({
  title,
  width = 460,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <main className="auth-frame">
      <div className="auth-brand">
        <div className="auth-brand-name">保密工作台</div>
        <Typography.Text type="secondary">单机离线运行 · 数据加密存储</Typography.Text>
      </div>
      <Card title={title} style={{ width }} className="auth-card">
        {children}
      </Card>
    </main>
  );
}
