// Demo devices and media agree with the register rules, and the clerk can keep working on top of them.
import { describe, expect, it } from 'vitest';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { registerCounts } from '../../../../electron/core/stats/stats.service';
import { approval, openDesk } from './helpers';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe('demo devices', () => {
  it('seeds devices, media, checks and usage that keep the rules', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', rngFrom(3), now);
    const r = seedDevices(db, 'small', rngFrom(5), now);
    expect(r).toMatchObject({ devices: 60, media: 150, usage: 2000 });
    const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    // classified_never_online, unclassified_no_level, classified_has_level.
    expect(
      q(`SELECT count(*) FROM devices WHERE class = 'classified' AND (on_internet = 1 OR level IS NULL)`),
    ).toBe(0);
    expect(q(`SELECT count(*) FROM devices WHERE class <> 'classified' AND level IS NOT NULL`)).toBe(0);
    expect(q(`SELECT count(*) FROM devices WHERE family = 'medium' AND level_rank < max_written_rank`)).toBe(
      0,
    );
    expect(q(`SELECT count(*) FROM device_events WHERE kind = 'register'`)).toBe(210);
    // stats --json counts them (a number, no longer null).
    expect(registerCounts(db)).toMatchObject({
      classified_devices: 60,
      classified_media: 150,
      usage_logs: 2000,
      repairs: q(`SELECT count(*) FROM device_repairs`),
    });
    expect((await desk.call('devices:list', { family: 'medium' })).total).toBe(150);
    // A seeded medium in store can be lent as any other.
    const inStock = await desk.call('devices:list', {
      family: 'medium',
      filters: { status: 'in_stock', class: 'classified' },
    });
    const m = inStock.rows[0];
    const someone = q(`SELECT id FROM persons WHERE status = 'in_post' LIMIT 1`);
    if (m) {
      const d = await desk.call('devices:borrow', {
        deviceId: m.id,
        borrowerId: someone,
        reason: '拷贝文件',
        lentOn: '2026-06-15',
        dueOn: '2026-06-20',
        approval: approval(),
      });
      expect(d.status).toBe('on_loan');
    }
  });
});
