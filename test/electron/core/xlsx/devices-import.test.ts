// 涉密计算机和设备台账 and 涉密存储介质台账 from a sheet: each row through the register's own 登记
// (registerDeviceInTx), the 责任人 found by name among the 涉密人员; export → import a lossless round trip for
// both registers; values as clerks write them (机密★, 2023.5.6, full-width digits).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { deviceDesk, internetPc, laptop, usb } from '../devices/helpers';
import { newPerson } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

describe('import of the 涉密计算机和设备台账 and the 涉密存储介质台账', () => {
  it('export → import into another desk with the same persons → export gives the same rows', async () => {
    const a = await deviceDesk();
    const office = (await a.call('departments:list', {})).find((d) => d.name === '办公室');
    await a.call('devices:register', laptop({ custodianId: a.zhou }));
    await a.call(
      'devices:register',
      laptop({ deviceNo: 'BJ-013', diskSerials: ['D1', 'D2'], mac: undefined }),
    );
    await a.call('devices:register', internetPc({ departmentId: office?.id, location: '101' }));
    await a.call('devices:register', usb({ custodianId: a.sun, volumeId: '1A2B-3C4D' }));
    await a.call('devices:register', usb({ deviceNo: 'U-008', kind: 'optical', level: 'confidential' }));
    const dir = tempDir();
    const devices = await a.call('xlsx:export', { register: 'devices', outPath: join(dir, 'd.xlsx') });
    const media = await a.call('xlsx:export', { register: 'media', outPath: join(dir, 'm.xlsx') });
    expect([devices.rows, media.rows]).toEqual([3, 2]);

    const b = await deviceDesk();
    for (const [register, first] of [
      ['devices', devices],
      ['media', media],
    ] as const) {
      const imported = await b.call('xlsx:import', { register, path: first.path });
      expect(imported.errors).toEqual([]);
      expect(imported.imported).toBe(first.rows);
      const second = await b.call('xlsx:export', { register, outPath: join(dir, `${register}-b.xlsx`) });
      expect(await rowsOf(second.path)).toEqual(await rowsOf(first.path));
      const again = await b.call('xlsx:import', { register, path: first.path });
      expect([again.imported, again.duplicates]).toEqual([0, first.rows]);
    }
  });

  it('reads a clerk’s 设备台账: 机密★, 秘密级, 2023.5.6, 2023年5月6日, full-width digits; bad rows by row and column', async () => {
    const d = await deviceDesk();
    const headings = [
      '序号',
      '保密编号',
      '类型',
      '品牌型号',
      '序列号',
      '硬盘序列号',
      'MAC',
      '密级',
      '责任人',
    ];
    const path = await writeSheet(
      tempDir(),
      'devices.xlsx',
      [...headings, '使用部门', '位置', '用途', '操作系统', '启用日期', '状态'],
      [
        [
          1,
          'ＢＪ－０２１',
          '台式机',
          '联想 M430',
          'ＰＣ１',
          'S1、S2',
          '3c:52:82:1a:2b:3c',
          '机密★',
          ' 周  杰 ',
        ].concat(['办公室', '302室', '文件处理', '银河麒麟V10', '2023.5.6', '在用']),
        [2, 'BJ-022', '笔记本', '', '', '', '', '秘密级', '', '', '', '', '', '2023年5月6日', '在库'],
        [3, 'BJ-023', '台式机', '', '', '', '', '内部', '', '', '', '', '', '20230506', ''],
        [4, 'BJ-024', '台式机', '', '', '', '', '秘密', '王不在', '', '', '', '', '', ''],
      ],
      { title: '涉密计算机台账' },
    );
    const bad = await d.call('xlsx:import', { register: 'devices', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '密级'],
      [7, '责任人'],
    ]);
    const ok = await d.call('xlsx:import', { register: 'devices', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = await d.call('devices:list', {
      family: 'device',
      sort: { field: 'deviceNo', order: 'asc' },
    });
    expect(
      list.rows
        .map((x) => [x.deviceNo, x.kind, x.class, x.level, x.serialNo, x.diskSerials, x.mac, x.custodianId])
        .concat(
          list.rows.map((x) => [x.department, x.location, x.os, x.enabledOn, x.registeredOn, x.status]),
        ),
    ).toEqual([
      ['BJ-021', 'desktop', 'classified', 'secret', 'PC1', ['S1', 'S2'], '3C:52:82:1A:2B:3C', d.zhou],
      ['BJ-022', 'laptop', 'classified', 'confidential', null, [], null, null],
      ['办公室', '302室', '银河麒麟V10', '2023-05-06', '2023-05-06', 'in_use'],
      [null, null, null, '2023-05-06', '2023-05-06', 'in_stock'],
    ]);
  });

  it('reads a clerk’s 介质台账: 保密编号, 序列号, 类型, 容量, 密级 with a term, 部门; a computer is no medium', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'media.xlsx',
      ['保密编号', '序列号', '类型', '容量', '密级', '责任人', '部门'],
      [
        ['Ｕ－０１', 'ａａ１２', '优盘', '６４Ｇ', '机密★10年', '孙丽', '办公室'],
        ['GP-02', '', '光盘', '4.7G', '秘密*', '', ''],
        ['U-03', '', '台式机', '', '秘密', '', ''],
      ],
    );
    const bad = await d.call('xlsx:preview', { register: 'media', path });
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([[4, '类型']]);
    const ok = await d.call('xlsx:import', { register: 'media', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = await d.call('devices:list', {
      family: 'medium',
      sort: { field: 'deviceNo', order: 'asc' },
    });
    expect(
      list.rows.map((x) => [x.deviceNo, x.kind, x.level, x.serialNo, x.capacity, x.custodianId]),
    ).toEqual([
      ['GP-02', 'optical', 'confidential', null, '4.7G', null],
      ['U-01', 'usb', 'secret', 'aa12', '64G', d.sun],
    ]);
  });

  it('device_custodian_known', async () => {
    const d = await deviceDesk();
    const path = await writeSheet(
      tempDir(),
      'd.xlsx',
      ['设备编号', '类型', '密级', '责任人'],
      [['BJ-1', '台式机', '秘密', '王不在']],
    );
    const r = await d.call('xlsx:preview', { register: 'devices', path });
    expect(r.errors).toEqual([
      { row: 2, column: '责任人', reason: '责任人“王不在”不在涉密人员名单中，请先登记此人。' },
    ]);
  });

  it('device_custodian_unique', async () => {
    const d = await deviceDesk();
    await newPerson(d, { name: '周杰', department: '档案科' });
    const path = await writeSheet(
      tempDir(),
      'd.xlsx',
      ['设备编号', '类型', '密级', '责任人'],
      [['BJ-1', '台式机', '秘密', '周杰']],
    );
    const r = await d.call('xlsx:preview', { register: 'devices', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '责任人', '涉密人员中有不止一位“周杰”，请在登记后变更责任人。'],
    ]);
  });
});
