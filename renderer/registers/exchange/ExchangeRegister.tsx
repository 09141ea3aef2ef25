// 报送与接收: keys and counterparts, packages to the supervisor, and — in supervisor mode — what the
// subordinate units reported.
import { Tabs, Typography } from 'antd';
import { CounterpartsPanel } from './CounterpartsPanel';
import { KeysPanel } from './KeysPanel';
import { OutgoingPanel } from './OutgoingPanel';
import { NoticesPanel } from './NoticesPanel';
import { SupervisorPanel } from './SupervisorPanel';
import { useSession } from '../../stores/session.store';

export function ExchangeRegister() {
  const supervisor = useSession((s) => s.unit?.mode === 'supervisor');
  const tabs = [
    ...(supervisor ? [{ key: 'supervisor', label: '下级单位报送', children: <SupervisorPanel /> }] : []),
    { key: 'outgoing', label: '向上级报送', children: <OutgoingPanel /> },
    { key: 'notices', label: '上级单位通知', children: <NoticesPanel /> },
    { key: 'counterparts', label: '对方单位公钥', children: <CounterpartsPanel supervisor={supervisor} /> },
    { key: 'keys', label: '本单位密钥', children: <KeysPanel /> },
  ];
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">
        报送与接收
      </Typography.Title>
      <Tabs items={tabs} destroyOnHidden />
    </div>
  );
}
