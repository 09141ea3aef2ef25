import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReminderSeverity } from '../../electron/ipc/contract';
import { ErrorNote } from '../components/ErrorNote';
import { useOnChange } from '../stores/changes';
import { ADMIN_MODE_LABELS, LEVEL_LABELS, UNIT_KIND_LABELS } from '../../db/domain/labels';
import { useReminders } from '../stores/reminders.store';
import { useSession } from '../stores/session.store';
import { navigate } from './route';
import { openView } from './view';
import { HomeClock } from '../registers/incidents/HomeClock';

const SEVERITY: Record<ReminderSeverity, { color: string; label: string }> = {
  danger: { color: 'red', label: '紧急' },
  warning: { color: 'orange', label: '注意' },
  info: { color: 'blue', label: '提示' },
};

export function HomePage() {
  const { items, error, loading } = useReminders(
    useShallow((s) => ({ items: s.items, error: s.error, loading: s.loading })),
  );
  const load = useReminders((s) => s.load);
  const unit = useSession((s) => s.unit);
  useEffect(() => {
    void load();
  }, [load]);
  // Reminders summarise every register: any write may add or settle one.
  useOnChange('any', () => void load());

  return (
    <div className="page home">
      <Typography.Title level={4} className="page-title">
        首页
      </Typography.Title>
      <HomeClock />
      <Card title="待办提醒" size="small" className="home-card">
        <ErrorNote message={error} />
        <List
          loading={loading}
          dataSource={items}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="目前没有待办提醒。备份逾期、密码将到期等事项临近时会在这里提示。"
              />
            ),
          }}
          renderItem={(r) => {
            const target = r.target;
            return (
              <List.Item
                actions={
                  target
                    ? [
                        <Button key="go" size="small" onClick={() => openView(target, r.view)}>
                          前往处理
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <span>
                      <Tag color={SEVERITY[r.severity].color}>{SEVERITY[r.severity].label}</Tag>
                      {r.title}
                    </span>
                  }
                  description={r.detail}
                />
              </List.Item>
            );
          }}
        />
      </Card>
      {unit ? (
        <Card
          title="本单位"
          size="small"
          className="home-card"
          extra={
            <Button icon={<PrinterOutlined />} onClick={() => navigate('print/unit')}>
              打印单位基本情况表
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'n', label: '单位名称', children: unit.name },
              { key: 'c', label: '单位代码', children: unit.unitCode },
              { key: 'k', label: '单位性质', children: UNIT_KIND_LABELS[unit.kind] },
              { key: 'h', label: '本机密级', children: `${LEVEL_LABELS[unit.hostLevel]}级` },
              { key: 'm', label: '管理模式', children: ADMIN_MODE_LABELS[unit.adminMode], span: 2 },
            ]}
          />
        </Card>
      ) : null}
      <Card title="键盘操作" size="small" className="home-card">
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'l', label: 'Ctrl+L', children: '锁定' },
            { key: 'k', label: 'Ctrl+K', children: '快速跳转到台账' },
            { key: 'h', label: 'Alt+H', children: '回到首页' },
            { key: 't', label: 'Tab / Shift+Tab', children: '在按钮和输入框之间移动' },
            { key: 'e', label: 'Enter', children: '提交表单、打开选中的记录' },
            { key: 'x', label: 'Esc', children: '关闭对话框和详情' },
          ]}
        />
      </Card>
    </div>
  );
}
