// First run: the unit profile, the first account, then the recovery code, shown exactly once.
import { Alert, Button, Checkbox, Form, Input, Radio, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { ChannelInput } from '../../electron/ipc/contract';
import { call } from '../api';
import { applyFieldErrors } from '../components/ChannelForm';
import { ErrorNote } from '../components/ErrorNote';
import { ADMIN_MODE_LABELS, HOST_LEVEL_LABELS, optionsOf, UNIT_KIND_LABELS } from '../i18n/labels';
import { useSession } from '../stores/session.store';
import { AuthFrame } from './AuthFrame';

type SetupValues = ChannelInput<'setup:create'> & { confirm: string };

const STEPS = [{ title: '单位信息' }, { title: '首个账户' }, { title: '恢复码' }];

export function SetupWizard() {
  const [form] = Form.useForm<SetupValues>();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [written, setWritten] = useState(false);
  const refresh = useSession((s) => s.refresh);

  const submit = async (v: SetupValues) => {
    if (step === 0) {
      setStep(1);
      return;
    }
    setBusy(true);
    setMessage(null);
    const r = await call('setup:create', { unit: v.unit, account: v.account });
    setBusy(false);
    if (r.ok) {
      setRecoveryCode(r.value.recoveryCode);
      setStep(2);
      return;
    }
    const unmatched = applyFieldErrors(form, r.error);
    // The core checks everything at once; go back to the step that holds the first problem.
    if (r.error.fields?.some((f) => f.path.startsWith('unit.'))) setStep(0);
    if (!r.error.fields?.length || unmatched.length) setMessage(r.error.message);
  };

  return (
    <AuthFrame title="首次使用：初始化本机" width={640}>
      <Steps size="small" current={step} items={STEPS} className="setup-steps" />
      {step < 2 ? (
        <Form<SetupValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={busy}
          onFinish={(v) => void submit(v)}
          initialValues={{
            unit: { name: '', kind: 'organ', unitCode: '', hostLevel: 'confidential', adminMode: 'strict' },
            account: { username: '', displayName: '', password: '' },
            confirm: '',
          }}
        >
          <ErrorNote message={message} />
          <div hidden={step !== 0}>
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
                options={optionsOf(HOST_LEVEL_LABELS).map((o) => ({ ...o, label: `${o.label}级` }))}
              />
            </Form.Item>
            <Form.Item label="管理模式" name={['unit', 'adminMode']}>
              <Radio.Group className="radio-column" options={optionsOf(ADMIN_MODE_LABELS)} />
            </Form.Item>
          </div>
          <div hidden={step !== 1}>
            <Typography.Paragraph type="secondary">
              首个账户是保密员账户。三员分立模式下，系统管理员、安全保密管理员和安全审计员账户之后在“账户管理”中创建。
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
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="再次输入密码"
              name="confirm"
              dependencies={[['account', 'password']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    step !== 1 || v === getFieldValue(['account', 'password'])
                      ? Promise.resolve()
                      : Promise.reject(new Error('两次输入的密码不一致')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </div>
          <Space className="form-actions">
            {step === 1 ? <Button onClick={() => setStep(0)}>上一步</Button> : null}
            <Button type="primary" htmlType="submit" loading={busy}>
              {step === 0 ? '下一步' : '完成初始化'}
            </Button>
          </Space>
        </Form>
      ) : (
        <RecoveryCode
          code={recoveryCode ?? ''}
          written={written}
          onWritten={setWritten}
          onEnter={() => void refresh()}
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
          进入工作台
        </Button>
      </div>
    </div>
  );
}
