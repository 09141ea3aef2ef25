// The device register and the usage log at the demo's large scale (2,000 devices, 5,000 media, 200,000 usage
// entries): each filter of the register page answers, and reads its index in order (no temp b-tree for the
// sort). How fast is the bench's business (`devices_page`, `device_usage_page`), not a timed test's.
import { beforeAll, describe, expect, it } from 'vitest';
import { devicePageQueries, listDevices } from '../../../../electron/core/devices/register-query';
import { hostQuery } from '../../../../electron/core/devices/host';
import { listUsage } from '../../../../electron/core/devices/usage';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { DeviceListInput } from '../../../../electron/ipc/schemas/devices';
import { DeviceUsageListInput } from '../../../../electron/ipc/schemas/devices-usage';
import type { Db } from '../../../../db/open';
import { openDesk } from './helpers';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

let db: Db;
let person: number;
let department: number;
let device: number;
beforeAll(async () => {
  const desk = await openDesk('2026-06-15');
  db = desk.core.session().db;
  const now = new Date('2026-06-15T12:00:00');
  seedPersons(db, 200, rngFrom(3), now);
  const r = seedDevices(db, 'large', rngFrom(7), now);
  expect(r).toEqual({ devices: 2000, media: 5000, usage: 200_000 });
  const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
  person = q(`SELECT custodian_person_id FROM devices WHERE custodian_person_id IS NOT NULL LIMIT 1`);
  department = q(`SELECT department_id FROM devices WHERE department_id IS NOT NULL LIMIT 1`);
  device = q(`SELECT device_id FROM device_usage LIMIT 1`);
  db.$client.exec('ANALYZE');
}, 120_000);

const FILTERS = () => [
  { family: 'device' },
  { family: 'medium', filters: { status: 'in_use' } },
  { family: 'device', filters: { kind: 'desktop' } },
  { family: 'device', filters: { class: 'internet' } },
  { family: 'medium', filters: { level: 'secret' } },
  { family: 'device', filters: { departmentId: department } },
  { family: 'medium', filters: { custodianId: person } },
  { family: 'device', sort: { field: 'levelRank', order: 'desc' } },
  { family: 'medium', sort: { field: 'deviceNo', order: 'asc' } },
];

describe('device register at large scale', () => {
  it('each filter of the device and media registers gives a full page', () => {
    for (const f of FILTERS()) {
      const input = DeviceListInput.parse({ ...f, pageSize: 100 });
      expect(listDevices(db, input, '2026-06-15').rows.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });

  it('the sorted pages need no temporary b-tree (their index gives the order)', () => {
    const plan = (where: string, order: string) =>
      (
        db.$client
          .prepare(`EXPLAIN QUERY PLAN SELECT * FROM devices WHERE ${where} ORDER BY ${order} LIMIT 100`)
          .all() as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    for (const [where, order] of [
      ["family = 'device'", 'registered_on DESC, id DESC'],
      ["family = 'medium' AND status = 'in_use'", 'registered_on DESC, id DESC'],
      ["family = 'device' AND kind = 'laptop'", 'registered_on DESC, id DESC'],
      ["family = 'medium' AND level_rank = 2", 'registered_on DESC, id DESC'],
      ["family = 'device'", 'level_rank DESC, registered_on DESC, id DESC'],
    ] as const) {
      expect(plan(where, order), where).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('the usage log pages (all, one device, one year) are read from an index in their order', () => {
    for (const f of [{}, { deviceId: device }, { from: '2025-01-01', to: '2025-12-31' }]) {
      const input = DeviceUsageListInput.parse({ ...f, pageSize: 100 });
      expect(listUsage(db, input).rows.length).toBeGreaterThan(0);
    }
    for (const where of [
      '1',
      `device_id = ${device}`,
      "started_at BETWEEN '2025-01-01' AND '2025-12-31T99'",
    ]) {
      const plan = (
        db.$client
          .prepare(
            `EXPLAIN QUERY PLAN SELECT * FROM device_usage WHERE ${where} ORDER BY started_at DESC, id DESC LIMIT 100`,
          )
          .all() as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
      expect(plan, where).toMatch(/USING INDEX device_usage_(started|device)_idx/);
    }
  });

  it('a search (alone or with a filter, in any sort) counts and pages from the search index, not the rows', () => {
    const planOf = (q: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = q.toSQL();
      return (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    };
    for (const f of [
      { family: 'medium', search: 'U-0001' },
      { family: 'device', search: '王' },
      { family: 'medium', search: 'U-00', filters: { status: 'in_use' } },
      { family: 'medium', search: 'U-00', sort: { field: 'deviceNo', order: 'asc' } },
      { family: 'device', search: 'SN', sort: { field: 'levelRank', order: 'desc' } },
    ]) {
      const input = DeviceListInput.parse({ ...f, pageSize: 100 });
      const q = devicePageQueries(db, input, '2026-06-15');
      const count = planOf(q.count);
      expect(count, JSON.stringify(f)).toContain('devices_search_idx');
      expect(count, JSON.stringify(f)).not.toMatch(/devices_(registered|status|family_no|level_rank)_idx/);
      const page = planOf(q.page);
      // Covering for the 登记日期 sort; another sort reads the rows the index found, and only those.
      expect(page, JSON.stringify(f)).toContain('INDEX devices_search_idx');
      if (!f.sort) expect(page, JSON.stringify(f)).toContain('COVERING INDEX devices_search_idx');
      expect(page, JSON.stringify(f)).not.toMatch(/devices_(registered|status|family_no|level_rank)_idx/);
    }
    // And it finds what the seven fields hold: a medium by its 编号.
    const one = listDevices(db, DeviceListInput.parse({ family: 'medium', search: 'U-0001' }), '2026-06-15');
    expect(one.total).toBeGreaterThan(0);
    expect(one.rows.every((r) => r.deviceNo.includes('U-0001'))).toBe(true);
  });

  it('本机 is looked up through its partial index, not by reading every device', () => {
    const { sql, params } = hostQuery(db).toSQL();
    const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(/USING (COVERING )?INDEX devices_host_idx/);
    expect(hostQuery(db).get()).toBeUndefined();
    db.$client.prepare('UPDATE devices SET is_host = 1 WHERE id = ?').run(device);
    try {
      expect(hostQuery(db).get()?.id).toBe(device);
    } finally {
      db.$client.prepare('UPDATE devices SET is_host = 0 WHERE id = ?').run(device);
    }
  });
});
