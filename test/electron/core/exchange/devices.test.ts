// Devices and media go to the supervisor in the full and incremental profiles (issue 14): each with its level,
// state and holder, its loans and repairs — and not what stays at the unit (MAC, disk serials, notes, faults).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDevices } from '../../../../electron/core/devices';
import { seedPersons } from '../../../../electron/core/persons';
import { exportTo, pair, SUPERVISOR } from './helpers';

describe('devices in a package', () => {
  it('devices_reach_the_supervisor: the register, its loans and repairs, without the unit-only columns', async () => {
    const { unit, sup } = await pair();
    let s = 11;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const { db } = unit.core.session();
    const now = new Date('2026-06-15T09:00:00');
    seedPersons(db, 30, rng, now);
    const seeded = seedDevices(db, 'small', rng, now);
    const count = (t: string) => db.$client.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    expect(pkg.counts.devices).toBe(seeded.devices + seeded.media);
    await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    const records = (register: string) =>
      sup.call('exchange:unitRecords', { unitCode: unit.code, register, pageSize: 500 });
    const devices = await records('devices');
    expect(devices.total).toBe(count('devices'));
    for (const d of devices.rows) {
      expect(d.data).toHaveProperty('status');
      expect(d.data).toHaveProperty('level');
      for (const kept of ['mac', 'disk_serials', 'notes']) expect(d.data).not.toHaveProperty(kept);
    }
    expect((await records('device_movements')).total).toBe(count('device_movements'));
    const repairs = await records('device_repairs');
    expect(repairs.total).toBe(count('device_repairs'));
    for (const r of repairs.rows) expect(r.data).not.toHaveProperty('fault');

    // Once the receipt is back, an incremental carries only what changed: the one device moved.
    const receipt = readdirSync(sup.dir).find((f) => f.endsWith('.bmr'));
    await unit.call('exchange:importReceipt', { path: join(sup.dir, receipt ?? '') });
    const moved = devices.rows[0]?.data as { id: number };
    await unit.call('devices:change', {
      deviceId: moved.id,
      changedOn: '2026-06-15',
      reason: '调整办公室',
      location: '机要室2号',
    });
    const inc = await exportTo(unit, SUPERVISOR.unitCode, 'incremental');
    expect(inc.counts.devices).toBe(1);
  });
  it('the supervisor reads each unit’s devices, media and overdue device loans as figures', async () => {
    const { unit, sup } = await pair();
    expect(await sup.call('exchange:figures', {})).toMatchObject({ devicesByClass: null, media: null });
    let s = 7;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const { db } = unit.core.session();
    const now = new Date('2026-06-15T09:00:00');
    seedPersons(db, 30, rng, now);
    seedDevices(db, 'small', rng, now);
    const count = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    const classified = count(
      "SELECT count(*) FROM devices WHERE family = 'device' AND class = 'classified' AND status <> 'destroyed'",
    );
    const media = count("SELECT count(*) FROM devices WHERE family = 'medium' AND status <> 'destroyed'");
    const overdue = count(
      "SELECT count(*) FROM device_movements WHERE returned_on IS NULL AND due_on < '2026-06-15'",
    );
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    const f = await sup.call('exchange:figures', {});
    expect(f.devicesByClass?.classified).toBe(classified);
    expect(f.media).toBe(media);
    expect(f.overdueDeviceLoans).toBe(overdue);
    expect(f.perUnit.find((u) => u.unitCode === unit.code)).toMatchObject({
      media,
      overdueDeviceLoans: overdue,
    });
  });
});
