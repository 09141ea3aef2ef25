// The rules of the lifecycle that rest on an approval, a state or a unique number (issue 14 point 3), each test named
// after its rule: it fails when the rule is removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { approval, deviceDesk, internetPc, laptop, usb, type DeviceDesk } from './helpers';

let desk: DeviceDesk;
let n = 0;
/** A fresh 保密编号 per test, so the tests share one desk. */
const no = (prefix: string) => `${prefix}-A${String(++n).padStart(3, '0')}`;
beforeAll(async () => {
  desk = await deviceDesk();
});

const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });
const retired = async () => {
  const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
  await desk.call('devices:retire', {
    deviceId: d.id,
    retiredOn: '2026-06-15',
    reason: '老化',
    approval: approval(),
  });
  return d;
};
const destroyInput = (deviceId: number) => ({
  deviceId,
  destroyedOn: '2026-06-15',
  place: '市保密局指定销毁中心',
  method: '硬盘物理粉碎',
  witnesses: [{ name: '张伟' }, { name: '刘芳' }],
});

describe('approvals, states and numbers of the device lifecycle', () => {
  it('carry_out_needs_approval: a 涉密 item is carried out only on an approval; a 非涉密 one needs none', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    const out = {
      deviceId: d.id,
      carrierId: desk.zhou,
      destination: '省保密局',
      reason: '汇报工作',
      startedOn: '2026-06-15',
      dueOn: '2026-06-16',
    };
    expect(await desk.refused('devices:carryOut', out)).toEqual(rule('carry_out_needs_approval'));
    expect((await desk.call('devices:carryOut', { ...out, approval: approval() })).status).toBe(
      'carried_out',
    );
    const pc = await desk.call('devices:register', internetPc({ deviceNo: no('HL') }));
    expect((await desk.call('devices:carryOut', { ...out, deviceId: pc.id })).status).toBe('carried_out');
  });

  it('retire_needs_approval: a 涉密 item is retired only on an approval', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    const retire = { deviceId: d.id, retiredOn: '2026-06-15', reason: '老化' };
    expect(await desk.refused('devices:retire', retire)).toEqual(rule('retire_needs_approval'));
    expect((await desk.call('devices:retire', { ...retire, approval: approval() })).status).toBe('retired');
  });

  it('destroy_needs_approval: a 涉密 item is destroyed only on an approval', async () => {
    const d = await retired();
    expect(await desk.refused('devices:destroy', destroyInput(d.id))).toEqual(rule('destroy_needs_approval'));
    const done = await desk.call('devices:destroy', { ...destroyInput(d.id), approval: approval() });
    expect(done.status).toBe('destroyed');
  });

  it('downgrade_needs_approval: 转为非涉密 rests on an approval, even with the storage replaced', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-15',
      reason: '更换硬盘',
      diskSerials: ['WD-NEW-A1'],
    });
    const down = {
      deviceId: d.id,
      downgradedOn: '2026-06-15',
      toClass: 'office' as const,
      reason: '不再处理涉密信息',
    };
    expect(await desk.refused('devices:downgrade', down)).toEqual(rule('downgrade_needs_approval'));
    expect((await desk.call('devices:downgrade', { ...down, approval: approval() })).class).toBe('office');
  });

  it('approval_not_granted: an approval that was refused does not let the item go', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    const e = await desk.refused('devices:borrow', {
      deviceId: m.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: { ...approval(), decision: 'rejected' },
    });
    expect(e).toEqual(rule('approval_not_granted'));
    expect((await desk.call('devices:get', { id: m.id })).status).toBe('in_stock');
  });

  it('kind_matches_family: a medium is a U盘, 移动硬盘, 光盘 or 存储卡, and a device is none of them', async () => {
    expect(await desk.refused('devices:register', usb({ deviceNo: no('U'), kind: 'laptop' }))).toEqual(
      rule('kind_matches_family'),
    );
    expect(await desk.refused('devices:register', laptop({ deviceNo: no('BJ'), kind: 'usb' }))).toEqual(
      rule('kind_matches_family'),
    );
  });

  it('device_no_unique: one 保密编号 is one item', async () => {
    const deviceNo = no('BJ');
    await desk.call('devices:register', laptop({ deviceNo }));
    expect(await desk.refused('devices:register', laptop({ deviceNo, serialNo: 'OTHER-1' }))).toEqual(
      rule('device_no_unique'),
    );
  });

  it('due_after_start: a loan or a trip out is due back no earlier than it starts', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    expect(
      await desk.refused('devices:borrow', {
        deviceId: m.id,
        borrowerId: desk.sun,
        reason: '拷贝文件',
        lentOn: '2026-06-15',
        dueOn: '2026-06-14',
        approval: approval(),
      }),
    ).toEqual(rule('due_after_start'));
  });

  it('device_state: an action needs the state it starts from (no 销毁 before 报废, no return of what is home)', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    expect(await desk.refused('devices:destroy', { ...destroyInput(d.id), approval: approval() })).toEqual(
      rule('device_state'),
    );
    expect(
      await desk.refused('devices:return', {
        deviceId: d.id,
        returnedOn: '2026-06-15',
        checkerName: '王丽',
        checkResult: '正常',
      }),
    ).toEqual(rule('device_state'));
    expect(
      await desk.refused('devices:repairDone', { deviceId: d.id, returnedOn: '2026-06-15', result: '修好' }),
    ).toEqual(rule('device_state'));
    expect(
      await desk.refused('devices:giveBack', {
        deviceIds: [d.id],
        returnedOn: '2026-06-15',
        receiverName: '王丽',
      }),
    ).toEqual(rule('device_state'));
  });
});
