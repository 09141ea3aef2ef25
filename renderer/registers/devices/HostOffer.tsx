// This PC is one of the unit's devices: until it is registered, the devices page offers to register it with
// what the core read of it (computer name, operating system, MAC), 本机 ticked; the clerk adds the rest.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { DeviceDetail, HostFacts } from '../../../electron/ipc/contract';
import { useLoad } from '../../stores/load';
import { RegisterForm } from './RegisterForm';

/** What the core read of this PC, as the registration form's starting values (本机 ticked). */
export function hostInitial(host: HostFacts): Record<string, unknown> {
  return {
    isHost: true,
    os: host.os,
    ...(host.macs[0] ? { mac: host.macs[0] } : {}),
    purpose: '保密工作台（保密员工作机）',
  };
}

export function HostOffer({ onDone }: { onDone: (d: DeviceDetail) => void }) {
  const host = useLoad('devices:host', {}, ['devices']).value;
  const [open, setOpen] = useState(false);
  if (!host || host.registeredId !== null) return null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title={`本机（${host.hostName}，${host.os}）尚未在设备台账中登记`}
        description="运行保密工作台的这台计算机也应逐台登记：保密编号、密级、责任人、硬盘序列号等。"
        action={
          <Button type="primary" onClick={() => setOpen(true)}>
            登记本机
          </Button>
        }
      />
      {open ? (
        <RegisterForm
          family="device"
          initial={hostInitial(host)}
          onClose={() => setOpen(false)}
          onDone={onDone}
        />
      ) : null}
    </>
  );
}
