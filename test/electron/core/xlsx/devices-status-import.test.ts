// The 状态 of a device or medium brought in from a past ledger: 在用 (with its 责任人), 在库 (停用, without) or
// 已报废 through the form's own 报废 (retireDeviceInTx: a 涉密 item's approval from 报废审批人 and 报废审批日期);
// a state that is a step with its own record (维修中, 借出, 已销毁) is refused with what to do. The media sheet
// heads its number 保密编号, as the page does, and still reads 介质编号.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { approval, deviceDesk, laptop, usb } from '../devices/helpers';
import { readCells, writeSheet } from './sheets';

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(3)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

describe('the 状态 of devices and media imported', () => {
  it('export → import of retired, in-use and in-store items → export gives the same rows (报废 with its approval)', async () => {
    const a = await deviceDesk();
    await a.call('devices:register', laptop({ custodianId: a.zhou }));
    const old = await a.call(
      'devices:register',
      laptop({ deviceNo: 'BJ-009', serialNo: 'X9', mac: undefined }),
    );
    await a.call('devices:retire', {
      deviceId: old.id,
      retiredOn: '2026-06-10',
      reason: '主板损坏，无维修价值',
      approval: approval('2026-06-09'),
    });
    await a.call('devices:register', usb());
    const gone = await a.call('devices:register', usb({ deviceNo: 'U-001', serialNo: 'U1' }));
    await a.call('devices:retire', {
      deviceId: gone.id,
      retiredOn: '2026-06-12',
      reason: '接口损坏',
      approval: approval('2026-06-11'),
    });
    const dir = tempDir();
    const devices = await a.call('xlsx:export', { register: 'devices', outPath: join(dir, 'd.xlsx') });
    const media = await a.call('xlsx:export', { register: 'media', outPath: join(dir, 'm.xlsx') });
    expect((await readCells(media.path))[2]?.[1]).toBe('保密编号');

    const b = await deviceDesk();
    for (const [register, first] of [
      ['devices', devices],
      ['media', media],
    ] as const) {
      const imported = await b.call('xlsx:import', { register, path: first.path });
      expect(imported.errors, register).toEqual([]);
      const second = await b.call('xlsx:export', { register, outPath: join(dir, `${register}-b.xlsx`) });
      const rows = await rowsOf(second.path);
      expect(rows, register).toEqual(await rowsOf(first.path));
      expect(
        rows.some((r) => r.includes('已报废') && r.includes('李建国（办公室主任）')),
        register,
      ).toBe(true);
    }
    const all = await b.call('devices:list', { family: 'device' });
    expect(all.rows.filter((d) => d.status === 'retired').map((d) => [d.deviceNo, d.custodianId])).toEqual([
      ['BJ-009', null],
    ]);
  });

  it('维修中 is refused with what to do; 停用 reads as 在库; 介质编号 still names the number', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'm.xlsx',
      ['介质编号', '介质类型', '密级', '责任人', '使用状态'],
      [
        ['U-11', '优盘', '秘密', '', '停用'],
        ['U-12', '优盘', '秘密', '周杰', '维修中'],
      ],
    );
    const r = await d.call('xlsx:import', { register: 'media', path, validOnly: true });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, '使用状态']]);
    expect(r.errors[0]?.reason).toContain('请按“在用”或“在库”导入，再在设备页办理维修');
    const list = await d.call('devices:list', { family: 'medium' });
    expect(list.rows.map((x) => [x.deviceNo, x.status])).toEqual([['U-11', 'in_stock']]);
  });

  it('retire_needs_approval: a 涉密 item imported 已报废 carries the approval of its 报废', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'd.xlsx',
      ['设备编号', '类型', '密级', '状态', '报废日期', '报废原因'],
      [['BJ-1', '台式机', '秘密', '报废', '2026-06-01', '老化']],
    );
    const r = await d.call('xlsx:preview', { register: 'devices', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '报废审批人', '秘密级设备、介质报废须经审批。'],
    ]);
  });

  it('device_in_use_has_custodian', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'd.xlsx',
      ['设备编号', '类型', '密级', '责任人', '状态'],
      [['BJ-1', '台式机', '秘密', '', '在用']],
    );
    const r = await d.call('xlsx:preview', { register: 'devices', path });
    expect(r.errors).toEqual([{ row: 2, column: '责任人', reason: '“在用”的设备、介质须写明责任人。' }]);
  });

  it('device_in_stock_no_custodian', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'd.xlsx',
      ['设备编号', '类型', '密级', '责任人', '状态'],
      [['BJ-1', '台式机', '秘密', '周杰', '停用']],
    );
    const r = await d.call('xlsx:preview', { register: 'devices', path });
    expect(r.errors).toEqual([
      {
        row: 2,
        column: '责任人',
        reason: '“在库”的设备、介质没有责任人：请清空责任人“周杰”，或把状态改为“在用”。',
      },
    ]);
  });
});
