// 安全设置 (安全保密管理员) and 系统设置 (系统管理员) on one page; each half is editable only by the role that
// holds it, and the other is shown read-only so both know the rules in force.
import { Card, Form, InputNumber, Radio, Typography, message } from 'antd';
import { useEffect } from 'react';
import type { ChannelInput, HostLevel, UnitSettings } from '../../electron/ipc/contract';
import { ChannelForm } from '../components/ChannelForm';
import { ErrorNote } from '../components/ErrorNote';
import { KeysPanel } from '../registers/exchange/KeysPanel';
import { LEVEL_LABELS } from '../../db/domain/labels';
import { useSettings } from '../stores/settings.store';
import { useCan, useSession } from '../stores/session.store';
import './admin.css';

/** The regulations' floors by the host's level (REFERENCE.md); the core enforces the same numbers. */
const FLOOR: Record<HostLevel, { minLength: number; maxAgeDays: number }> = {
  confidential: { minLength: 8, maxAgeDays: 30 },
  secret: { minLength: 10, maxAgeDays: 7 },
};

const num = (min: number, max: number, unit: string) => (
  <InputNumber min={min} max={max} precision={0} addonAfter={unit} style={{ width: 200 }} />
);

function SecurityCard({ value, hostLevel }: { value: UnitSettings; hostLevel: HostLevel }) {
  const [form] = Form.useForm<ChannelInput<'settings:updateSecurity'>>();
  const editable = useCan('account:manage');
  const setValue = useSettings((s) => s.set);
  const floor = FLOOR[hostLevel];
  return (
    <Card size="small" title="安全设置（安全保密管理员）">
      <Typography.Paragraph type="secondary">
        本机为{LEVEL_LABELS[hostLevel]}级：密码至少 {floor.minLength}{' '}
        位、须含大小写字母、数字和特殊字符，至少每 {floor.maxAgeDays}{' '}
        天更换一次。保密规定是下限，单位只能收紧，不能放宽。
      </Typography.Paragraph>
      <ChannelForm
        channel="settings:updateSecurity"
        form={form}
        initialValues={value}
        disabled={!editable}
        submitText="保存安全设置"
        onDone={(v) => {
          setValue(v);
          void message.success('安全设置已保存，下次登录和修改密码时生效。');
        }}
      >
        <Form.Item label="密码最小长度" name="passwordMinLength" extra={`不少于 ${floor.minLength} 位`}>
          {num(floor.minLength, 64, '位')}
        </Form.Item>
        <Form.Item label="密码有效天数" name="passwordMaxAgeDays" extra={`不超过 ${floor.maxAgeDays} 天`}>
          {num(1, floor.maxAgeDays, '天')}
        </Form.Item>
        <Form.Item
          label="不得重复使用的历史密码个数"
          name="passwordHistory"
          extra="修改密码时，不能使用最近这么多个用过的密码。"
        >
          {num(1, 24, '个')}
        </Form.Item>
        <Form.Item
          label="锁定前允许的连续失败次数"
          name="maxFailedLogins"
          extra="不超过 5 次；锁定后由安全保密管理员在“账户管理”中解锁，重启程序也不会解除。"
        >
          {num(1, 5, '次')}
        </Form.Item>
        <Form.Item label="空闲锁定时间" name="idleLockMinutes" extra="不超过 10 分钟；锁定后须重新输入密码。">
          {num(1, 10, '分钟')}
        </Form.Item>
      </ChannelForm>
    </Card>
  );
}

function SystemCard({ value }: { value: UnitSettings }) {
  const [form] = Form.useForm<{ backupReminderDays: number; keepAll: boolean; years: number | null }>();
  const editable = useCan('system:manage');
  const setValue = useSettings((s) => s.set);
  const keepAll = Form.useWatch('keepAll', form) as boolean | undefined;
  return (
    <Card size="small" title="系统设置（系统管理员）">
      <ChannelForm
        channel="settings:updateSystem"
        form={form}
        initialValues={{
          backupReminderDays: value.backupReminderDays,
          keepAll: value.auditRetentionYears === null,
          years: value.auditRetentionYears,
        }}
        toInput={(v) => ({
          backupReminderDays: v.backupReminderDays,
          auditRetentionYears: v.keepAll ? null : (v.years ?? 5),
        })}
        disabled={!editable}
        submitText="保存系统设置"
        onDone={(v) => {
          setValue(v);
          void message.success('系统设置已保存。');
        }}
      >
        <Form.Item
          label="备份提醒天数"
          name="backupReminderDays"
          extra="距上次备份超过这么多天，首页提醒备份。"
        >
          {num(1, 90, '天')}
        </Form.Item>
        <Form.Item label="审计日志保留" name="keepAll">
          <Radio.Group
            options={[
              { value: true, label: '全部保留（默认）' },
              { value: false, label: '保留一定年数' },
            ]}
          />
        </Form.Item>
        {keepAll === false ? (
          <Form.Item label="审计日志保留年数" name="years" extra="不少于 5 年。">
            {num(5, 100, '年')}
          </Form.Item>
        ) : null}
      </ChannelForm>
    </Card>
  );
}

export function SettingsPage() {
  const { value, error, load } = useSettings();
  const hostLevel = useSession((s) => s.unit?.hostLevel ?? 'confidential');
  // The unit's keys are the system administrator's: in the strict mode he has no registers to find them in.
  const keys = useCan('system:manage');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="page admin-page">
      <Typography.Title level={4} className="page-title">
        安全与系统设置
      </Typography.Title>
      <ErrorNote message={error} />
      {value ? (
        <div className="settings-columns">
          <SecurityCard value={value} hostLevel={hostLevel} />
          <div className="settings-column">
            <SystemCard value={value} />
            {keys && <KeysPanel />}
          </div>
        </div>
      ) : null}
    </div>
  );
}
