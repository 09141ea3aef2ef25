// The home page's banner while an incident's 24-hour clock runs (or has run out without both reports).
import { Alert, Button, Space } from 'antd';
import { useLoad } from '../../stores/load';
import { useSession } from '../../stores/session.store';
import { navigate } from '../../shell/route';
import { ClockText } from './ReportClock';

export function HomeClock() {
  // Only a role that reads the registers asks (an administrator's home page must not be refused and audited).
  const reads = useSession((s) => s.actions.includes('register:read'));
  const r = useLoad('incidents:unreported', reads ? {} : null, ['incidents']);
  const rows = r.value ?? [];
  if (rows.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {rows.map((i) => (
        <Alert
          key={i.id}
          type="error"
          showIcon
          message={<strong>泄密事件“{i.title}”须在24小时内报告</strong>}
          description={<ClockText clock={i.clock} />}
          action={
            <Button size="small" danger onClick={() => navigate('reg/incidents')}>
              前往报告
            </Button>
          }
        />
      ))}
    </Space>
  );
}
