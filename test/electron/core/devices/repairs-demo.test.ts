// The demo's 维修登记 keeps repair.ts's rules (a classified device only on an approval dated before the repair,
// on site under a 旁站陪同人, sent out only with its storage removed and kept, outside vendors qualified and bound),
// its device stands 维修中 exactly while a repair is open, and the clerk finishes an open one as any other.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedRepairs } from '../../../../electron/core/devices/demo-repairs';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { registerCounts } from '../../../../electron/core/stats/stats.service';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { approval, openDesk } from './helpers';

describe('demo repairs', () => {
  it('seeds repairs that keep the repair rules, and an open one is finished as the clerk would', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', seededRng(20261124), now);
    seedDevices(db, 'small', seededRng(20261125), now);
    const audit = verifyAuditChain(db).count;
    const r = seedRepairs(db, seededRng(20261208), now);
    expect(r.repairs).toBeGreaterThan(30);
    expect(r.open).toBeGreaterThan(0);
    expect(r.outside).toBeGreaterThan(0);
    const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    const none = (what: string, sql: string) => expect(q(sql), what).toBe(0);

    none(
      'repair_needs_approval (dated on or before the repair)',
      `SELECT count(*) FROM device_repairs r JOIN devices d ON d.id = r.device_id
       LEFT JOIN approvals a ON a.id = r.approval_id AND a.kind = 'repair' AND a.subject_type = 'device'
         AND a.subject_id = CAST(d.id AS TEXT) AND a.decision = 'approved'
       WHERE d.class = 'classified' AND (a.id IS NULL OR a.decided_at > r.started_on)`,
    );
    none(
      'outside_repair_needs_storage_removed',
      `SELECT count(*) FROM device_repairs r JOIN devices d ON d.id = r.device_id WHERE d.class = 'classified'
       AND r.mode = 'outside' AND (r.storage_removed = 0 OR r.storage_kept_by IS NULL)`,
    );
    none(
      'outside_vendor_qualified_and_bound',
      `SELECT count(*) FROM device_repairs WHERE vendor IS NOT NULL AND (vendor_qualified = 0 OR agreement_signed = 0)`,
    );
    none(
      'onsite_repair_needs_escort',
      `SELECT count(*) FROM device_repairs WHERE mode = 'onsite' AND escort_name IS NULL`,
    );
    none(
      'a repair ends on or after its start, after the registration, and no two of a device overlap',
      `SELECT count(*) FROM device_repairs r JOIN devices d ON d.id = r.device_id WHERE r.returned_on < r.started_on
       OR r.started_on < d.registered_on OR EXISTS (SELECT 1 FROM device_repairs o WHERE o.device_id = r.device_id
       AND o.id <> r.id AND o.started_on >= r.started_on AND (r.returned_on IS NULL OR o.started_on <= r.returned_on))`,
    );
    none(
      'a device stands 维修中 exactly while one of its repairs is open',
      `SELECT count(*) FROM devices d WHERE (d.status = 'in_repair') <>
       EXISTS (SELECT 1 FROM device_repairs r WHERE r.device_id = d.id AND r.returned_on IS NULL)`,
    );
    none(
      'a swapped disk is handed over by name and is the disk the next repair finds',
      `SELECT count(*) FROM device_repairs r WHERE r.new_disk_serials IS NOT NULL AND (r.handed_over_by IS NULL
       OR r.received_by IS NULL OR r.new_disk_serials <> coalesce((SELECT n.old_disk_serials FROM device_repairs n
       WHERE n.device_id = r.device_id AND n.started_on > r.started_on ORDER BY n.started_on LIMIT 1),
       (SELECT disk_serials FROM devices WHERE id = r.device_id)))`,
    );
    expect(q(`SELECT count(*) FROM device_events WHERE kind = 'repair'`)).toBe(r.repairs);
    expect(q(`SELECT count(*) FROM device_events WHERE kind = 'repair_done'`)).toBe(r.repairs - r.open);
    expect(registerCounts(db).repairs).toBe(r.repairs);
    expect(verifyAuditChain(db).count).toBe(audit);

    // The register's page, and its 只看维修中.
    expect((await desk.call('devices:repairs', { pageSize: 50 })).total).toBe(r.repairs);
    const open = await desk.call('devices:repairs', { pageSize: 50, open: true });
    expect(open.total).toBe(r.open);
    const o = open.rows[0];
    if (!o) throw new Error('no open repair');
    const prev = q(`SELECT prev_status FROM device_repairs WHERE id = ${o.id}`) as unknown as string;
    expect((await desk.call('devices:get', { id: o.deviceId })).status).toBe('in_repair');
    const done = await desk.call('devices:repairDone', {
      deviceId: o.deviceId,
      returnedOn: '2026-06-15',
      result: '更换电源模块，恢复正常',
    });
    expect(done.status).toBe(prev);
    // …and the device goes into repair again through the form's rules.
    const again = await desk.call('devices:repair', {
      deviceId: o.deviceId,
      mode: 'onsite',
      fault: '无法开机',
      startedOn: '2026-06-15',
      escortName: '王丽',
      approval: approval(),
    });
    expect(again.status).toBe('in_repair');
  });
});
