// Only registered media (issue 21 point 3): a package, a backup or a register export written onto a removable
// drive is refused unless the drive is a registered 涉密移动存储介质 of at least the data's level, in service and
// not lent out; the unit may turn the refusal into a warning (recorded, with its reason); every write onto a
// medium lands in that medium's 使用登记. Each test is named after its rule and fails without it.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, devices } from '../../../../db/schema';
import type { Drive } from '../../../../electron/ipc/schemas/files';
import { received } from '../carriers/helpers';
import { MEDIA, pair, removeLongLived, type Site } from '../exchange/helpers';
import { postedPerson } from '../persons/helpers';
import { approval, usb } from './helpers';

let unit: Site;
let sup: Site;
let n = 0;
/** Every test gets its own mount folder and volume, so the tests share one pair of installations. */
const plugged: Drive[] = [];
function plug(volumeId: string | null, label = '涉密U盘'): string {
  const path = join(unit.dir, `usb-${++n}`);
  mkdirSync(path);
  plugged.push({ path, label, sizeBytes: 8e9, freeBytes: 7e9, volumeId, removable: true });
  return path;
}
const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });
const exportTo = (outPath: string) =>
  unit.call('exchange:export', { to: sup.code, profile: 'full', outPath, media: MEDIA });
const exportRefused = (outPath: string) =>
  unit.refused('exchange:export', { to: sup.code, profile: 'full', outPath, media: MEDIA });
const medium = (deviceNo: string, volumeId: string, level: 'confidential' | 'secret' = 'confidential') =>
  unit.call('devices:register', usb({ deviceNo, volumeId, level }));
const usageOf = async (deviceId: number) =>
  (await unit.call('devices:usage', { deviceId, page: 1, pageSize: 50 })).rows;

beforeAll(async () => {
  ({ unit, sup } = await pair(true));
  (unit.core as unknown as { drives: () => Promise<Drive[]> }).drives = () => Promise.resolve(plugged);
});
afterAll(() => removeLongLived([unit, sup]));

describe('writing onto removable media', () => {
  it('medium_registered_only: a drive that is no registered medium is refused and keeps no file', async () => {
    const stray = plug('9F8E7D6C', '个人U盘');
    expect(await exportRefused(stray)).toEqual(rule('medium_registered_only'));
    expect(readdirSync(stray)).toEqual([]);
    // A drive whose identifier cannot be read is no registered medium either.
    expect(await exportRefused(plug(null))).toEqual(rule('medium_registered_only'));
    // The PC's own disk is not a removable drive: nothing to check.
    const own = join(unit.dir, 'own');
    mkdirSync(own);
    expect((await exportTo(own)).verified).toBe(true);
  });

  it('medium_level_covers_data: a 秘密 medium takes a 秘密 package and refuses a 机密 one; the write is logged', async () => {
    const m = await medium('U-101', '1A2B-3C4D');
    expect(m.volumeId).toBe('1A2B3C4D');
    const path = plug('1A2B3C4D');
    const v = await exportTo(path);
    expect(existsSync(v.path)).toBe(true);
    const [entry] = await usageOf(m.id);
    expect(entry).toMatchObject({ maxLevel: 'confidential', exports: 1, userName: '王丽' });
    expect(entry?.purpose).toMatch(/^写入报送数据包 报送-.*\.bmx，\d+ KB，秘密$/);
    const { db } = unit.core.session();
    const row = db.select().from(devices).where(eq(devices.id, m.id)).get();
    expect(row?.maxWrittenRank).toBe(1);

    await unit.call('carriers:register', received({ docNo: '省保办〔2026〕31号' }));
    const before = readdirSync(path).length;
    expect(await exportRefused(path)).toEqual(rule('medium_level_covers_data'));
    expect(readdirSync(path).length).toBe(before);
    expect((await usageOf(m.id)).length).toBe(1);
    // A 机密 medium takes the 机密 package.
    await medium('U-102', '5E6F7A8B', 'secret');
    const v2 = await exportTo(plug('5E6F7A8B'));
    expect(existsSync(v2.path)).toBe(true);
  });

  it('medium_not_lent_out: a medium lent to someone else is not written to', async () => {
    const m = await medium('U-103', 'C0FFEE01', 'secret');
    const borrower = await postedPerson(unit, { name: '孙丽' });
    await unit.call('devices:borrow', {
      deviceId: m.id,
      borrowerId: borrower.id,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: approval(),
    });
    expect(await exportRefused(plug('C0FFEE01'))).toEqual(rule('medium_not_lent_out'));
  });

  it('medium_in_service: a retired medium is not written to', async () => {
    const m = await medium('U-104', 'C0FFEE02', 'secret');
    await unit.call('devices:retire', {
      deviceId: m.id,
      retiredOn: '2026-06-15',
      reason: '老化',
      approval: approval(),
    });
    expect(await exportRefused(plug('C0FFEE02'))).toEqual(rule('medium_in_service'));
  });

  it('a backup and a register export are checked and logged the same way', async () => {
    const stray = plug('DEAD0001');
    expect(await unit.refused('backup:create', { outDir: stray })).toEqual(rule('medium_registered_only'));
    expect(
      await unit.refused('xlsx:export', {
        register: 'carriers',
        query: {},
        outPath: stray,
      }),
    ).toEqual(rule('medium_registered_only'));
    expect(readdirSync(stray)).toEqual([]);
    const m = await medium('U-105', 'DEAD0002', 'secret');
    const path = plug('DEAD0002');
    await unit.call('backup:create', { outDir: path });
    const [b] = await usageOf(m.id);
    expect(b?.purpose).toMatch(/^写入数据库备份 .*\.bmbak/);
  });

  it('media_warning_needs_reason: the unit may let unregistered drives through with a recorded reason', async () => {
    expect(await unit.refused('devices:updateSettings', { mediaCheck: 'warn' })).toEqual(
      rule('media_warning_needs_reason'),
    );
    await unit.call('devices:updateSettings', {
      mediaCheck: 'warn',
      mediaCheckReason: '本单位介质尚未全部登记',
    });
    const stray = plug('77777777', '未登记U盘');
    const v = await exportTo(stray);
    expect(existsSync(v.path)).toBe(true);
    expect(v.mediumWarning).toMatch(/未登记U盘（卷标识 77777777）不是本单位登记的涉密存储介质/);
    const { db } = unit.core.session();
    const last = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'exchange_export'))
      .orderBy(desc(auditLog.seq))
      .limit(1)
      .get();
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({
      mediumWarning: { rule: 'medium_registered_only' },
    });
    await unit.call('devices:updateSettings', { mediaCheck: 'refuse' });
  });

  it('medium_volume_unique: one volume identifier is one medium', async () => {
    await medium('U-106', 'ABCD0001');
    expect(await unit.refused('devices:register', usb({ deviceNo: 'U-107', volumeId: 'abcd-0001' }))).toEqual(
      rule('medium_volume_unique'),
    );
    const other = await medium('U-108', 'ABCD0003');
    expect(await unit.refused('devices:bindVolume', { id: other.id, volumeId: 'ABCD0001' })).toEqual(
      rule('medium_volume_unique'),
    );
  });

  it('volume_only_on_media: first sight binds a plugged-in drive to a medium, never to a computer', async () => {
    const m = await unit.call('devices:register', usb({ deviceNo: 'U-109' }));
    expect(m.volumeId).toBeNull();
    const bound = await unit.call('devices:bindVolume', { id: m.id, volumeId: 'be-ef-0009' });
    expect(bound.volumeId).toBe('BE-EF-0009');
    const pc = await unit.call('devices:register', {
      family: 'device',
      deviceNo: 'BJ-109',
      kind: 'laptop',
      class: 'classified',
      level: 'confidential',
      registeredOn: '2026-06-01',
    });
    expect(await unit.refused('devices:bindVolume', { id: pc.id, volumeId: '12345678' })).toEqual(
      rule('volume_only_on_media'),
    );
  });
});
