// The 定期检查 page: every classified device with its last check of each kind and the next due date by the
// unit's schedule; "overdue" reads as the home-page reminder does, and a signed check clears it.
import { describe, expect, it } from 'vitest';
import { deviceDesk, internetPc, laptop } from './helpers';

describe('periodic checks of classified devices', () => {
  it('lists each classified device with its last check and due date, and filters the overdue', async () => {
    const desk = await deviceDesk('2026-06-15');
    // The checked device is not the first registered: a check's id never stands in for its device's.
    await desk.call('devices:register', laptop({ deviceNo: 'BJ-002', registeredOn: '2026-06-01' }));
    const old = await desk.call(
      'devices:register',
      laptop({ deviceNo: 'BJ-001', registeredOn: '2026-01-10' }),
    );
    await desk.call('devices:register', internetPc({ deviceNo: 'HL-001' }));
    await desk.call('devices:addCheck', {
      deviceId: old.id,
      kind: 'secrecy',
      checkedOn: '2026-05-20',
      checkerName: '王丽',
      result: '合格',
    });
    const all = await desk.call('devices:checkSchedule', {});
    // The internet PC has no periodic secrecy checks.
    expect(all.rows.map((r) => r.deviceNo)).toEqual(['BJ-001', 'BJ-002']);
    const first = all.rows[0];
    expect(first?.checks).toEqual([
      { kind: 'secrecy', lastOn: '2026-05-20', dueOn: '2026-08-20', overdue: false },
      { kind: 'antivirus', lastOn: null, dueOn: '2026-02-10', overdue: true },
      { kind: 'audit_log', lastOn: null, dueOn: '2026-04-10', overdue: true },
    ]);
    const late = await desk.call('devices:checkSchedule', { overdueOnly: true });
    expect(late.rows.map((r) => r.deviceNo)).toEqual(['BJ-001']);
    for (const kind of ['antivirus', 'audit_log'] as const) {
      await desk.call('devices:addCheck', {
        deviceId: old.id,
        kind,
        checkedOn: '2026-06-15',
        checkerName: '王丽',
        result: '合格',
      });
    }
    expect((await desk.call('devices:checkSchedule', { overdueOnly: true })).total).toBe(0);
    const ids = (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(ids).not.toContain('device_checks_overdue');
  });

  it('follows the unit’s schedule', async () => {
    const desk = await deviceDesk('2026-06-15');
    await desk.call('devices:register', laptop({ deviceNo: 'BJ-001', registeredOn: '2026-04-01' }));
    expect((await desk.call('devices:checkSchedule', { overdueOnly: true })).total).toBe(1);
    await desk.call('devices:updateSettings', { checkMonths: { secrecy: 6, antivirus: 6, audit_log: 6 } });
    expect((await desk.call('devices:checkSchedule', { overdueOnly: true })).total).toBe(0);
  });
});
