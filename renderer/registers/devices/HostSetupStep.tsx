// The last step of the first run (issue 14 point 1): this PC is one of the unit's devices, so the wizard offers
// to register it at once with what the core read of it — the same form as the devices page's offer. It can
// wait: the devices page keeps offering it until it is done.
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../stores/load';
import { hostInitial } from './HostOffer';
import { RegisterForm } from './RegisterForm';

export function HostSetupStep({ onEnter }: { onEnter: () => void }) {
  const { value: host, error } = useLoad('devices:host', {}, ['devices']);
  const [open, setOpen] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  const offer = host && host.registeredId === null && registered === null;
  return (
    <div className="host-setup">
      {host ? (
        <Typography.Paragraph>
          {`本机（${host.hostName}，${host.os}）也是本单位的一台设备，应在设备台账中逐台登记：保密编号、密级、责任人、硬盘序列号等。计算机名、操作系统和网卡地址已读出，其余由您补充。`}
        </Typography.Paragraph>
      ) : null}
      {registered ? <Alert type="success" showIcon title={`本机已登记为 ${registered}。`} /> : null}
      {error ? (
        <Alert
          type="info"
          showIcon
          title="本账户不能登记设备；可稍后由保密员在“涉密计算机及设备”中登记本机。"
        />
      ) : null}
      <Space className="form-actions">
        {offer ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            登记本机
          </Button>
        ) : null}
        <Button type={offer ? 'default' : 'primary'} onClick={onEnter}>
          {offer ? '以后再登记，进入工作台' : '进入工作台'}
        </Button>
      </Space>
      {open && host ? (
        <RegisterForm
          family="device"
          initial={hostInitial(host)}
          onClose={() => setOpen(false)}
          onDone={(d) => setRegistered(d.deviceNo)}
        />
      ) : null}
    </div>
  );
}
