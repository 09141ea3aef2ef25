// 离岗 (regulation art. 53: 清退涉密设备): the leaving procedure's devices step and its approval ask this
// register, and name what the person still holds.
import { describe, expect, it } from 'vitest';
import { approval as personsApproval, leavingReady } from '../persons/helpers';
import { approval, deviceDesk, laptop, usb } from './helpers';

describe('leaving and the device register', () => {
  it('leaving_devices_returned: a person’s 离岗 is refused while they hold a device or medium, naming it', async () => {
    const desk = await deviceDesk();
    const pc = await desk.call('devices:register', laptop({ custodianId: desk.sun }));
    const u = await desk.call('devices:register', usb());
    await desk.call('devices:borrow', {
      deviceId: u.id,
      borrowerId: desk.sun,
      reason: '拷贝会议材料',
      lentOn: '2026-06-01',
      dueOn: '2026-06-20',
      approval: approval('2026-06-01'),
    });
    const l = await desk.call('leaving:start', {
      personId: desk.sun,
      kind: 'off_post',
      startedOn: '2026-06-02',
      reason: '工作调整',
    });
    await desk.call('leaving:talk', {
      leavingId: l.id,
      talkOn: '2026-06-02',
      present: [{ name: '王丽' }, { name: '赵敏' }],
    });
    const e = await desk.refused('leaving:devices', {
      leavingId: l.id,
      returnedOn: '2026-06-03',
      devices: [],
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'leaving_devices_returned' });
    expect(e.message).toContain('BJ-012');
    expect(e.message).toContain('U-007');
    // The person's file and the leaving procedure name the same items.
    const file = await desk.call('persons:dossier', { id: desk.sun });
    expect(file.devices.map((h) => [h.deviceNo, h.how])).toEqual([
      ['BJ-012', 'custodian'],
      ['U-007', 'holder'],
    ]);
    const open = await desk.call('leaving:get', { leavingId: l.id });
    expect(open.devicesHeld.map((h) => h.deviceNo)).toEqual(['BJ-012', 'U-007']);

    // Handed back: the loan returns checked, the laptop goes back to the store.
    await desk.call('devices:return', {
      deviceId: u.id,
      returnedOn: '2026-06-03',
      checkerName: '王丽',
      checkResult: '已清除，无残留',
    });
    const e2 = await desk.refused('leaving:devices', {
      leavingId: l.id,
      returnedOn: '2026-06-03',
      devices: [],
    });
    expect(e2.message).not.toContain('U-007');
    await desk.call('devices:giveBack', {
      deviceIds: [pc.id],
      returnedOn: '2026-06-03',
      receiverName: '王丽',
    });
    const ok = await desk.call('leaving:devices', {
      leavingId: l.id,
      returnedOn: '2026-06-03',
      devices: ['BJ-012'],
    });
    expect(ok.devicesReturnedOn).toBe('2026-06-03');
  });

  it('the leaving approval checks the register again', async () => {
    const desk = await deviceDesk();
    const l = await leavingReady(desk, desk.zhou);
    // Issued after the devices step was recorded.
    const u = await desk.call('devices:register', usb({ deviceNo: 'U-100' }));
    await desk.call('devices:issue', { deviceId: u.id, custodianId: desk.zhou, issuedOn: '2026-06-04' });
    const e = await desk.refused('leaving:approve', {
      leavingId: l.id,
      approval: personsApproval('2026-06-05'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'leaving_devices_returned' });
    expect(e.message).toContain('U-100');
  });
});
