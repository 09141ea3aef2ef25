// Overdue loans and overdue periodic checks are reminders on the home page; the schedule is a unit setting and
// usage logs are kept five years at least.
import { describe, expect, it } from 'vitest';
import { approval, deviceDesk, laptop, usb } from './helpers';

describe('device reminders and settings', () => {
  it('an overdue loan and an overdue 病毒查杀 show on the home page, and go once done', async () => {
    const desk = await deviceDesk('2026-06-15');
    const d = await desk.call(
      'devices:register',
      laptop({ custodianId: desk.zhou, registeredOn: '2026-03-01' }),
    );
    const u = await desk.call('devices:register', usb());
    await desk.call('devices:borrow', {
      deviceId: u.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: approval(),
    });
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(await ids()).not.toContain('device_loans_overdue');
    desk.clock.set('2026-06-21');
    expect(await ids()).toContain('device_loans_overdue');
    const checks = (await desk.call('reminders:list', {})).find((r) => r.id === 'device_checks_overdue');
    expect(checks?.title).toContain('病毒查杀 1 台');
    for (const kind of ['secrecy', 'antivirus', 'audit_log'] as const) {
      await desk.call('devices:addCheck', {
        deviceId: d.id,
        kind,
        checkedOn: '2026-06-21',
        checkerName: '王丽',
        result: '合格',
      });
    }
    await desk.call('devices:return', {
      deviceId: u.id,
      returnedOn: '2026-06-21',
      checkerName: '王丽',
      checkResult: '已清除',
    });
    expect(await ids()).not.toContain('device_checks_overdue');
    expect(await ids()).not.toContain('device_loans_overdue');
  });

  it('the host PC is offered for registration until it is registered', async () => {
    const desk = await deviceDesk();
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(await ids()).toContain('device_host_unregistered');
    // What the core reads of this PC, offered for its registration.
    const before = await desk.call('devices:host', {});
    expect(before).toMatchObject({ registeredId: null, registeredNo: null });
    expect(before.hostName).not.toBe('');
    expect(before.os).not.toBe('');
    const host = await desk.call(
      'devices:register',
      laptop({ deviceNo: 'BJ-HOST', isHost: true, custodianId: desk.zhou }),
    );
    expect(await ids()).not.toContain('device_host_unregistered');
    expect(await desk.call('devices:host', {})).toMatchObject({
      registeredId: host.id,
      registeredNo: 'BJ-HOST',
    });
  });

  it('usage logs are kept five years at least: a shorter retention is refused', async () => {
    const desk = await deviceDesk();
    const e = await desk.refused('devices:updateSettings', { usageRetentionYears: 3 });
    expect(e.code).toBe('VALIDATION');
    const s = await desk.call('devices:updateSettings', {
      usageRetentionYears: 10,
      checkMonths: { secrecy: 6, antivirus: 1, audit_log: 3 },
    });
    expect(s).toMatchObject({ usageRetentionYears: 10, checkMonths: { secrecy: 6 } });
  });
});
