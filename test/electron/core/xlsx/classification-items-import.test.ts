// 国家秘密事项一览表 from a sheet: each row through the register's own 新增 (createItemInTx), so a term above its
// level's cap or a 解密日期 is refused as on the form, named by row and column; export → import lossless.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { openDesk } from '../carriers/helpers';
import { readCells, writeSheet } from './sheets';

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(3)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1));

describe('import of the 国家秘密事项一览表', () => {
  it('export → import into another desk → export gives the same rows; a second import adds nothing', async () => {
    const a = await openDesk();
    await a.call('classification:create', {
      name: '本单位年度保密工作要点（未公开部分）',
      level: 'secret',
      term: { kind: 'period', years: 10 },
      classifierName: '李建国',
      department: '办公室',
      basis: '档案工作国家秘密范围的规定，第三条（二）',
      keyDepartment: true,
      notes: '每年复核',
    });
    await a.call('classification:create', {
      name: '涉密档案数字化加工项目方案',
      level: 'confidential',
      term: { kind: 'condition', condition: '项目验收后解密' },
      classifierName: '李建国',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', {
      register: 'classification_items',
      outPath: join(dir, 'a.xlsx'),
    });
    expect(first.rows).toBe(2);
    const b = await openDesk();
    const imported = await b.call('xlsx:import', { register: 'classification_items', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(2);
    const second = await b.call('xlsx:export', {
      register: 'classification_items',
      outPath: join(dir, 'b.xlsx'),
    });
    expect(await rowsOf(second.path)).toEqual(await rowsOf(first.path));
    const again = await b.call('xlsx:import', { register: 'classification_items', path: first.path });
    expect([again.imported, again.duplicates]).toEqual([0, 2]);
  });

  it('reads 机密★10年 in one cell and 十年; a term above the cap and a 解密日期 are refused by row and column', async () => {
    const d = await openDesk();
    const path = await writeSheet(
      tempDir(),
      'items.xlsx',
      ['序号', '国家秘密事项名称', '密级', '保密期限', '定密人', '部门', '是否要害部门'],
      [
        [1, '年度工作要点', '机密★10年', '', '李建国', '办公室', '是'],
        [2, '核心技术方案', '秘密', '十年', '李建国', '', '否'],
        [3, '人事调整方案', '秘密', '15年', '李建国', '', ''],
        [4, '专项经费安排', '秘密', '至2030年12月31日', '李建国', '', ''],
      ],
      { title: '国家秘密事项一览表' },
    );
    const bad = await d.call('xlsx:import', { register: 'classification_items', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '保密期限'],
      [7, '保密期限'],
    ]);
    const ok = await d.call('xlsx:import', { register: 'classification_items', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = (await d.call('classification:list', {})).rows;
    expect(list.map((i) => [i.name, i.level, i.term, i.department, i.keyDepartment])).toEqual([
      ['年度工作要点', 'secret', expect.objectContaining({ kind: 'period', years: 10 }), '办公室', true],
      ['核心技术方案', 'confidential', expect.objectContaining({ kind: 'period', years: 10 }), null, false],
    ]);
  });
});
