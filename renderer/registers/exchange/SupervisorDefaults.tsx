// The bureau's defaults (issue 25, points 4 and 8): the reporting interval of a unit without its own, the 年度报告's
// due day, how early a unit shows 即将到期, and how many loans past due make a unit an alert on the home page.
// The bounds are the channel's, so the page and `baomi supervisor interval` refuse the same values.
import { Alert, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import type { SupervisionDefaults } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../stores/load';
import { useChannel } from './useChannel';

export function SupervisorDefaults() {
  const current = useLoad('exchange:defaults', {}, ['exchange']);
  // Kept here: a save reloads the saved values and so starts the form again.
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card size="small" title="报送周期与提醒">
      <ErrorNote message={current.error} />
      {/* Keyed by what is saved, so the form starts again from the saved values after a save elsewhere. */}
      {current.value && (
        <DefaultsForm key={JSON.stringify(current.value)} saved={current.value} onDone={setDone} />
      )}
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
    </Card>
  );
}

function DefaultsForm({
  saved,
  onDone: setDone,
}: {
  saved: SupervisionDefaults;
  onDone: (s: string | null) => void;
}) {
  const set = useChannel('exchange:setDefaults');
  const [v, setV] = useState<SupervisionDefaults>(saved);
  const put = (patch: Partial<SupervisionDefaults>) => {
    setDone(null);
    setV((o) => ({ ...o, ...patch }));
  };
  return (
    <>
      <Form layout="inline">
        <Form.Item label="默认报送周期">
          <InputNumber
            aria-label="默认报送周期（天）"
            value={v.reportIntervalDays}
            onChange={(d) => put({ reportIntervalDays: d ?? 0 })}
            addonAfter="天"
          />
        </Form.Item>
        <Form.Item label="年度报告截止（次年 月-日）">
          <Input
            aria-label="年度报告截止日期"
            style={{ width: 90 }}
            value={v.annualDue}
            onChange={(e) => put({ annualDue: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="提前提醒">
          <InputNumber
            aria-label="到期前提醒天数"
            value={v.dueSoonDays}
            onChange={(d) => put({ dueSoonDays: d ?? 0 })}
            addonAfter="天"
          />
        </Form.Item>
        <Form.Item label="逾期未归还提醒阈值">
          <InputNumber
            aria-label="逾期未归还提醒阈值（件）"
            value={v.overdueLoanAlert}
            onChange={(d) => put({ overdueLoanAlert: d ?? 0 })}
            addonAfter="件"
          />
        </Form.Item>
        <Space>
          <Button
            loading={set.busy}
            onClick={async () => {
              const r = await set.run(v);
              if (r)
                setDone(
                  `已保存：默认报送周期 ${r.reportIntervalDays} 天，逾期未归还 ${r.overdueLoanAlert} 件以上提醒。`,
                );
            }}
          >
            保存
          </Button>
        </Space>
      </Form>
      <ErrorNote message={set.error?.message} />
    </>
  );
}
