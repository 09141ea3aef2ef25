// Export → import is lossless: every register the registry can import, exported from one desk and imported
// into a fresh one, exports again to the same rows (the same headings are written and read).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { openDesk, produced, received } from '../carriers/helpers';
import { readCells } from './sheets';

describe('round trip of the 涉密载体台账', () => {
  it('export → import into a fresh desk → export gives the same rows, 份号 and 定密 records included', async () => {
    const a = await openDesk();
    await a.call('carriers:register', received());
    await a.call(
      'carriers:register',
      received({
        name: '会议纪要',
        docNo: '省保办〔2026〕13号',
        copyCount: 3,
        copyNos: [1, 2, 5],
        receipt: { fromUnit: '市委办', signedBy: '赵敏', countedCopies: 3 },
      }),
    );
    await a.call('carriers:register', produced());
    await a.call(
      'carriers:register',
      produced({
        name: '工程图纸',
        type: 'usb',
        pages: undefined,
        capacity: '16GB',
        term: { kind: 'condition', condition: '工程竣工验收后' },
        needToKnow: ['工程科'],
        secretPoints: '坐标',
      }),
    );
    await a.call(
      'carriers:register',
      received({
        name: '年度计划',
        level: 'confidential',
        term: { kind: 'until_date', until: '2030-12-31' },
        copyCount: 1,
        copyNos: [7],
        receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 1 },
        notes: '第7份',
      }),
    );
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'carriers', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(5);

    const b = await openDesk();
    const imported = await b.call('xlsx:import', {
      register: 'carriers',
      path: first.path,
      createDepartments: true,
    });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(5);
    const second = await b.call('xlsx:export', { register: 'carriers', outPath: join(dir, 'b.xlsx') });

    const before = await readCells(first.path);
    const after = await readCells(second.path);
    expect(before[0]?.[0]).toContain('某市档案局');
    expect(before[1]?.[0]).toMatch(/导出时间：2026-06-15/);
    // Same rows; the import registers them in the sheet's order, so rows with one 登记日期 may swap places.
    const byNo = (rows: string[][]) =>
      rows
        .slice(3)
        .map((r) => r.slice(1))
        .sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
    expect(after[2]).toEqual(before[2]);
    expect(byNo(after)).toEqual(byNo(before));
    const heads = before[2] ?? [];
    const row = (no: string) => after.slice(3).find((r) => r[heads.indexOf('名称')] === no) ?? [];
    expect(row('会议纪要')[heads.indexOf('份号')]).toBe('1-2、5');
    expect(row('工程图纸')[heads.indexOf('保密期限')]).toBe('解密条件：工程竣工验收后');
    expect(row('年度计划')[heads.indexOf('保密期限')]).toBe('至2030-12-31');
    expect(row('本单位2026年上半年保密工作自查报告')[heads.indexOf('定密责任人')]).toBe('陈局长');

    // Importing its own export again adds nothing.
    const again = await b.call('xlsx:import', { register: 'carriers', path: second.path });
    expect(again).toMatchObject({ imported: 0, duplicates: 5, errors: [] });
  });
});
