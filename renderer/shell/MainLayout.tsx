// The main layout: top bar (unit, user, lock), the register navigation by role, and the page of the route.
import { LockOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Tag, Tooltip, type MenuProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LEVEL_LABELS, ROLE_LABELS } from '../../db/domain/labels';
import { useBackup } from '../stores/backup.store';
import { useSession } from '../stores/session.store';
import { JumpDialog } from './JumpDialog';
import { DropRouter } from './DropRouter';
import { navItems, type NavItem } from './nav';
import { PageOf } from './pages';
import { navigate, useRoute } from './route';
import { StyleWarmup } from './StyleWarmup';

/** How often the UI asks whether the core locked itself for idleness (session:state does not count as activity). */
const IDLE_POLL_MS = 15_000;

function menuItems(items: NavItem[]): MenuProps['items'] {
  const out: NonNullable<MenuProps['items']> = [];
  const groups = new Map<string, { key: string; label: string }[]>();
  for (const i of items) {
    if (!i.group) {
      out.push({ key: i.route, label: i.label });
      continue;
    }
    if (!groups.has(i.group)) groups.set(i.group, []);
    groups.get(i.group)?.push({ key: i.route, label: i.label });
  }
  for (const [label, children] of groups) out.push({ type: 'group', key: `g-${label}`, label, children });
  return out;
}

export function MainLayout() {
  const { account, unit, actions } = useSession(
    useShallow((s) => ({ account: s.account, unit: s.unit, actions: s.actions })),
  );
  const lock = useSession((s) => s.lock);
  const lockedByCore = useSession((s) => s.lockedByCore);
  const route = useRoute();
  const [jump, setJump] = useState(false);
  const items = useMemo(() => navItems(actions), [actions]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if (e.ctrlKey && !e.altKey && key === 'l') {
        e.preventDefault();
        void lock();
      } else if (e.ctrlKey && !e.altKey && key === 'k') {
        e.preventDefault();
        setJump(true);
      } else if (e.altKey && !e.ctrlKey && key === 'h') {
        e.preventDefault();
        navigate('home');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  useEffect(() => {
    const t = window.setInterval(() => {
      if (useBackup.getState().restoring) return;
      void window.api?.session.state({}).then((r) => {
        if (r.ok && r.value.phase !== 'unlocked' && !useBackup.getState().restoring)
          lockedByCore('因长时间未操作，程序已自动锁定，请输入密码解锁。');
      });
    }, IDLE_POLL_MS);
    return () => window.clearInterval(t);
  }, [lockedByCore]);

  if (!account || !unit) return null;
  if (route.startsWith('print/')) return <PageOf route={route} actions={actions} />;
  // `reg/persons/12`: a record's own page lives under its register's route.
  const base = route.split('/').slice(0, 2).join('/');
  const selected = items.some((i) => i.route === base) ? base : 'home';

  return (
    <Layout className="main-layout">
      <Layout.Header className="top-bar">
        <div className="top-left">
          <span className="product">保密工作台</span>
          <span className="unit-name" data-testid="unit-name">
            {unit.name}
          </span>
          <Tag className="host-level">本机 {LEVEL_LABELS[unit.hostLevel]}级</Tag>
        </div>
        <div className="top-right">
          <Tooltip title="快速跳转（Ctrl+K）">
            <Button
              type="text"
              className="top-button"
              icon={<SearchOutlined />}
              onClick={() => setJump(true)}
            >
              跳转
            </Button>
          </Tooltip>
          <span className="user" data-testid="current-user">
            {account.displayName}
            <span className="role">{ROLE_LABELS[account.role]}</span>
          </span>
          <Tooltip title="锁定（Ctrl+L）：离开座位时使用，数据库随即关闭">
            <Button className="top-button lock-button" icon={<LockOutlined />} onClick={() => void lock()}>
              锁定
            </Button>
          </Tooltip>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} className="side-nav" theme="light">
          <nav aria-label="台账导航">
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={menuItems(items)}
              onClick={(e) => navigate(e.key)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="content">
          {items.some((i) => i.route === base) || route === 'home' ? (
            <PageOf route={route} actions={actions} />
          ) : (
            <Result status="403" title="无此页面或无权访问" subTitle="请从左侧导航选择。" />
          )}
        </Layout.Content>
      </Layout>
      <JumpDialog open={jump} items={items} onClose={() => setJump(false)} />
      <DropRouter />
      <StyleWarmup />
    </Layout>
  );
}
