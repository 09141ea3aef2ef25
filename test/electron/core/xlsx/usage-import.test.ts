// 涉密计算机使用登记 from a sheet: each row through the register's own write (addUsageInTx), the device found by
// 保密编号 and the user by name; export → import a lossless round trip; times as clerks write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { deviceDesk, laptop, usb } from '../devices/helpers';
import { newPerson } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

const HEADINGS = ['设备编号', '使用人', '开始时间', '用途'];

async function withLaptop() {
  const d = await deviceDesk();
  await d.call('devices:register', laptop({ custodianId: d.zhou }));
  return d;
}

describe('import of the 涉密计算机使用登记', () => {
  it('export → import into another desk with the same persons and devices → export gives the same rows', async () => {
    const a = await withLaptop();
    const bj = (await a.call('devices:list', { family: 'device' })).rows[0]?.id ?? 0;
    const u = await a.call('devices:register', usb());
    await a.call('devices:addUsage', {
      deviceId: bj,
      userId: a.zhou,
      startedAt: '2026-06-15 09:00',
      endedAt: '2026-06-15 11:00',
      purpose: '起草通知',
      maxLevel: 'secret',
      prints: 3,
    });
    await a.call('devices:addUsage', {
      deviceId: bj,
      userId: a.sun,
      startedAt: '2026-06-16',
      purpose: '校对',
    });
    await a.call('devices:addUsage', {
      deviceId: u.id,
      userId: a.sun,
      startedAt: '2026-06-16 14:30',
      purpose: '拷贝文件',
      maxLevel: 'confidential',
      exports: 2,
    });
    const dir = tempDir();
    const devices = await a.call('xlsx:export', { register: 'devices', outPath: join(dir, 'd.xlsx') });
    const media = await a.call('xlsx:export', { register: 'media', outPath: join(dir, 'm.xlsx') });
    const first = await a.call('xlsx:export', { register: 'usage', outPath: join(dir, 'u.xlsx') });
    expect(first.rows).toBe(3);

    const b = await deviceDesk();
    await b.call('xlsx:import', { register: 'devices', path: devices.path });
    await b.call('xlsx:import', { register: 'media', path: media.path });
    const imported = await b.call('xlsx:import', { register: 'usage', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(3);
    const second = await b.call('xlsx:export', { register: 'usage', outPath: join(dir, 'u-b.xlsx') });
    expect(await rowsOf(second.path)).toEqual(await rowsOf(first.path));
    const again = await b.call('xlsx:import', { register: 'usage', path: first.path });
    expect([again.imported, again.duplicates]).toEqual([0, 3]);
  });

  it('reads times as clerks write them; a level above the device’s is refused under its column', async () => {
    const d = await withLaptop();
    const path = await writeSheet(
      tempDir(),
      'usage.xlsx',
      ['序号', '计算机编号', '使用人员', '使用时间', '关机时间', '工作内容', '最高密级', '打印'],
      [
        [1, 'ＢＪ－０１２', '周 杰', '2026.6.15 9:00', '2026年6月15日11时30分', '起草通知', '机密★', '３'],
        [2, 'BJ-012', '孙丽', '2026/6/16', '', '校对', '', ''],
        [3, 'BJ-012', '孙丽', '2026-06-17 25:00', '', '校对', '', ''],
        [4, 'BJ-012', '孙丽', '2026-06-18 08:00', '', '处理绝密文件', '绝密', ''],
      ],
      { title: '涉密计算机使用登记簿' },
    );
    const bad = await d.call('xlsx:import', { register: 'usage', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '使用时间'],
      [7, '最高密级'],
    ]);
    const ok = await d.call('xlsx:import', { register: 'usage', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = await d.call('devices:usage', {});
    expect(list.rows.map((u) => [u.userName, u.startedAt, u.endedAt, u.maxLevel, u.prints]).sort()).toEqual([
      ['周杰', '2026-06-15 09:00', '2026-06-15 11:30', 'secret', 3],
      ['孙丽', '2026-06-16', null, null, 0],
    ]);
  });

  it('usage_device_known', async () => {
    const d = await withLaptop();
    const path = await writeSheet(tempDir(), 'u.xlsx', HEADINGS, [['BJ-999', '周杰', '2026-06-15', '起草']]);
    const r = await d.call('xlsx:preview', { register: 'usage', path });
    expect(r.errors).toEqual([
      { row: 2, column: '设备编号', reason: '设备 BJ-999 不在设备或介质台账中，请先登记。' },
    ]);
  });

  it('usage_user_known', async () => {
    const d = await withLaptop();
    const path = await writeSheet(tempDir(), 'u.xlsx', HEADINGS, [
      ['BJ-012', '王不在', '2026-06-15', '起草'],
    ]);
    const r = await d.call('xlsx:preview', { register: 'usage', path });
    expect(r.errors).toEqual([{ row: 2, column: '使用人', reason: '使用人“王不在”不在涉密人员名单中。' }]);
  });

  it('usage_user_unique', async () => {
    const d = await withLaptop();
    await newPerson(d, { name: '孙丽', department: '档案科' });
    const path = await writeSheet(tempDir(), 'u.xlsx', HEADINGS, [['BJ-012', '孙丽', '2026-06-15', '起草']]);
    const r = await d.call('xlsx:preview', { register: 'usage', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '使用人', '涉密人员中有不止一位“孙丽”，请在设备页逐条登记。'],
    ]);
  });
});
