// First run: the unit profile, the first account, in the strict 三员 mode the three administrators, then the
// recovery code, shown exactly once.
import { Alert, Button, Checkbox, Form, Input, Radio, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { AdminMode, ChannelInput, UnitKind } from '../../electron/ipc/contract';
import '../admin/admin.css';
import { SetupAdminsStep } from '../admin/SetupAdminsStep';
import { HostSetupStep } from '../registers/devices/HostSetupStep';
import { call } from '../api';
import { applyFieldErrors } from '../components/ChannelForm';
import { ErrorNote } from '../components/ErrorNote';
import { PasswordInput } from '../components/forms/keyboard';
import { ADMIN_MODE_LABELS, APP_MODE_LABELS, LEVEL_LABELS, UNIT_KIND_LABELS } from '../../db/domain/labels';
import { HOST_LEVELS } from '../../db/domain/vocab';
import { optionsOf } from '../i18n/labels';
import { useSession } from '../stores/session.store';
import { AuthFrame } from './AuthFrame';

type SetupValues = ChannelInput<'session:setup'> & { confirm: string };

type StepKey = 'unit' | 'account' | 'admins' | 'code' | 'host';
const STEP_TITLES: Record<StepKey, string> = {
  unit: '单位信息',
  account: '保密员账户',
  admins: '三员账户',
  code: '恢复码',
  host: '登记本机',
};

// not labels: what choosing each mode means, shown under the choice.
const ADMIN_MODE_HINTS: Record<AdminMode, string> = {
  strict:
    '机关默认。系统管理员管备份与系统设置，安全保密管理员管账户与密码策略，安全审计员只看审计日志；三人互不兼任，管理员看不到台账内容。下一步设立这三个账户。',
  small: '人员少的单位可选。保密员兼任系统管理员和安全保密管理员，但不能审计自己；审计日志照常记录。',
};

/** 秘密 first, as the setup form has always offered them. */
const HOST_LEVELS_LOWEST_FIRST = [...HOST_LEVELS].reverse();

/** 三员分立 is the default for 机关 (DOMAIN.md); other units usually have too few people for it. */
const defaultAdminMode = (kind: UnitKind): AdminMode => (kind === 'organ' ? 'strict' : 'small');

export function SetupWizard() {
  const [form] = Form.useForm<SetupValues>();
  const [stepKey, setStep] = useState<StepKey>('unit');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [written, setWritten] = useState(false);
  const refresh = useSession((s) => s.refresh);
  // After setup the form is gone and its watch reads nothing: the mode set up keeps the steps it had.
  const [setUpMode, setSetUpMode] = useState<AdminMode | null>(null);
  const watched = Form.useWatch(['unit', 'adminMode'], form) as AdminMode | undefined;
  const adminMode = setUpMode ?? watched ?? 'strict';
  const keys: StepKey[] =
    adminMode === 'strict'
      ? ['unit', 'account', 'admins', 'code', 'host']
      : ['unit', 'account', 'code', 'host'];
  const step = keys.indexOf(stepKey);
  const lastInput = keys[keys.length - 3];

  const submit = async (v: SetupValues) => {
    if (stepKey !== lastInput) {
      setStep(keys[step + 1] as StepKey);
      return;
    }
    setBusy(true);
    setMessage(null);
    const strict = v.unit.adminMode === 'strict';
    const r = await call('session:setup', {
      unit: v.unit,
      account: v.account,
      mode: v.mode,
      ...(strict ? { admins: v.admins } : {}),
    });
    setBusy(false);
    if (r.ok) {
      setSetUpMode(v.unit.adminMode);
      setRecoveryCode(r.value.recoveryCode);
      setStep('code');
      return;
    }
    const unmatched = applyFieldErrors(form, r.error);
    // The core checks everything at once; go back to the step that holds the first problem.
    const paths = r.error.fields?.map((f) => f.path) ?? [];
    if (paths.some((p) => p.startsWith('unit.') || p === 'mode')) setStep('unit');
    else if (paths.some((p) => p.startsWith('account.'))) setStep('account');
    if (!paths.length || unmatched.length) setMessage(r.error.message);
  };

  return (
    <AuthFrame title="首次使用：初始化本机" width={640}>
      <Steps
        size="small"
        current={step}
        items={keys.map((k) => ({ title: STEP_TITLES[k] }))}
        className="setup-steps"
      />
      {stepKey === 'host' ? (
        <HostSetupStep onEnter={() => void refresh()} />
      ) : stepKey !== 'code' ? (
        <Form<SetupValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={busy}
          onFinish={(v) => void submit(v)}
          onValuesChange={(changed: Partial<SetupValues>) => {
            if (changed.unit?.kind)
              form.setFieldValue(['unit', 'adminMode'], defaultAdminMode(changed.unit.kind));
          }}
          initialValues={{
            unit: { name: '', kind: 'organ', unitCode: '', hostLevel: 'confidential', adminMode: 'strict' },
            account: { username: '', displayName: '', password: '' },
            mode: 'unit',
            confirm: '',
          }}
        >
          <ErrorNote message={message} />
          <div hidden={stepKey !== 'unit'}>
            <Form.Item label="单位名称" name={['unit', 'name']}>
              <Input autoFocus placeholder="如：某市档案局" />
            </Form.Item>
            <Form.Item label="单位性质" name={['unit', 'kind']}>
              <Radio.Group options={optionsOf(UNIT_KIND_LABELS)} />
            </Form.Item>
            <Form.Item
              label="单位代码"
              name={['unit', 'unitCode']}
              extra="统一社会信用代码或上级规定的单位代码，报送时用来标明本单位。"
            >
              <Input />
            </Form.Item>
            <Form.Item
              label="本机密级"
              name={['unit', 'hostLevel']}
              extra="本机可处理信息的最高密级；机密级本机的密码要求更严。"
            >
              <Radio.Group
                options={optionsOf(LEVEL_LABELS, HOST_LEVELS_LOWEST_FIRST).map((o) => ({
                  ...o,
                  label: `${o.label}级`,
                }))}
              />
            </Form.Item>
            <Form.Item
              label="本机用途"
              name="mode"
              extra="保密局等上级单位的本机还可以导入下级单位报送的数据包；以后也可以再开启。"
            >
              <Radio.Group options={optionsOf(APP_MODE_LABELS)} />
            </Form.Item>
            <Form.Item label="管理模式" name={['unit', 'adminMode']}>
              <Radio.Group className="radio-column" options={optionsOf(ADMIN_MODE_LABELS)} />
            </Form.Item>
            <Typography.Paragraph type="secondary" className="mode-hint">
              {ADMIN_MODE_HINTS[adminMode]}
            </Typography.Paragraph>
          </div>
          <div hidden={stepKey !== 'account'}>
            <Typography.Paragraph type="secondary">
              {adminMode === 'strict'
                ? '首个账户是保密员账户，用于登记和管理台账。'
                : '首个账户是保密员账户；小单位模式下，保密员也在“账户管理”中为单位领导等人创建账户。'}
            </Typography.Paragraph>
            <Form.Item
              label="用户名"
              name={['account', 'username']}
              extra="2–32 位英文字母、数字或 _ . -，登录时使用。"
            >
              <Input autoComplete="username" />
            </Form.Item>
            <Form.Item label="姓名" name={['account', 'displayName']}>
              <Input />
            </Form.Item>
            <Form.Item label="密码" name={['account', 'password']}>
              <PasswordInput autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="再次输入密码"
              name="confirm"
              dependencies={[['account', 'password']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    stepKey !== 'account' || v === getFieldValue(['account', 'password'])
                      ? Promise.resolve()
                      : Promise.reject(new Error('两次输入的密码不一致')),
                }),
              ]}
            >
              <PasswordInput autoComplete="new-password" />
            </Form.Item>
          </div>
          {/* Mounted only on its step: its fields' labels repeat those of the clerk's account. */}
          {stepKey === 'admins' ? <SetupAdminsStep /> : null}
          <Space className="form-actions">
            {step > 0 ? <Button onClick={() => setStep(keys[step - 1] as StepKey)}>上一步</Button> : null}
            <Button type="primary" htmlType="submit" loading={busy}>
              {stepKey === lastInput ? '完成初始化' : '下一步'}
            </Button>
          </Space>
        </Form>
      ) : (
        <RecoveryCode
          code={recoveryCode ?? ''}
          written={written}
          onWritten={setWritten}
          onEnter={() => setStep('host')}
        />
      )}
    </AuthFrame>
  );
}

function RecoveryCode(props: {
  code: string;
  written: boolean;
  onWritten: (v: boolean) => void;
  onEnter: () => void;
}) {
  return (
    <div className="recovery">
      <Alert
        type="warning"
        showIcon
        title="恢复码只显示这一次"
        description="所有账户的密码都遗忘时，只能用恢复码打开数据。请用笔抄写在纸上，核对无误后放入单位保密柜保管；不要拍照，不要存入任何电子设备。"
      />
      <div className="recovery-code" aria-label="恢复码" data-testid="recovery-code">
        {props.code}
      </div>
      <Checkbox checked={props.written} onChange={(e) => props.onWritten(e.target.checked)}>
        我已将恢复码抄写在纸上并核对无误，将交保密柜保管
      </Checkbox>
      <div className="form-actions">
        <Button type="primary" disabled={!props.written} onClick={props.onEnter}>
          下一步
        </Button>
      </div>
    </div>
  );
}
