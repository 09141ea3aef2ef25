// 涉密人员 from a sheet: departments named in the file are matched by name or, on confirmation, created inside the
// import's own transaction before the rows that need them; each row runs the 登记拟任 form's schema and write.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { idNumber, openDesk } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

const HEADINGS = ['序号', '姓名', '性别', '身份证号', '部门', '岗位密级', '是否定密责任人'];

describe('import of the 涉密人员台账', () => {
  it('export → import into a fresh desk (its departments created on confirmation) → export gives the same rows', async () => {
    const a = await openDesk();
    const office = await a.call('departments:create', { name: '办公室' });
    const archive = await a.call('departments:create', { name: '档案管理科' });
    const people = [
      { name: '张建华', gender: 'male', seq: '123', departmentId: office.id, highestLevel: 'secret' },
      { name: '李丽', gender: 'female', seq: '224', departmentId: archive.id, isClassifier: true },
      { name: '王强', gender: 'male', seq: '335', departmentId: archive.id, isKeyDeptStaff: true },
    ] as const;
    for (const { seq, ...p } of people)
      await a.call('persons:create', { ...p, idNumber: idNumber('19850315', seq), proposedOn: '2026-06-15' });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'persons', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(3);

    const b = await openDesk();
    const preview = await b.call('xlsx:preview', { register: 'persons', path: first.path });
    expect(preview.newDepartments.sort()).toEqual(['办公室', '档案管理科']);
    // Without the confirmation the rows of unknown departments are errors, and nothing is written.
    const refused = await b.call('xlsx:import', { register: 'persons', path: first.path });
    expect(refused.written).toBe(false);
    expect(refused.errors.map((e) => e.column)).toEqual(['所属部门', '所属部门', '所属部门']);
    expect(await b.call('departments:list', {})).toHaveLength(0);

    const imported = await b.call('xlsx:import', {
      register: 'persons',
      path: first.path,
      createDepartments: true,
    });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(3);
    const second = await b.call('xlsx:export', { register: 'persons', outPath: join(dir, 'b.xlsx') });
    const rows = async (path: string) =>
      (await readCells(path))
        .slice(2)
        .map((r) => r.slice(1))
        .sort((x, y) => (x[2] ?? '').localeCompare(y[2] ?? ''));
    expect(await rows(second.path)).toEqual(await rows(first.path));

    // Importing the same sheet again adds nobody: persons are matched by 证件号码.
    const again = await b.call('xlsx:import', { register: 'persons', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(3);
  });

  it('names each bad row by row and column, matches existing departments by name, writes nothing', async () => {
    const d = await openDesk();
    await d.call('departments:create', { name: '办公室' });
    const path = await writeSheet(
      tempDir(),
      'persons.xlsx',
      HEADINGS,
      [
        [1, '赵敏', '女', idNumber('19900101', '224'), ' 办公室 ', '机密级', '否'],
        [2, '钱伟', '女', idNumber('19900101', '335'), '办公室', '秘密', '否'],
        [3, '孙亮', '男', '110101199001011234', '办公室', '', ''],
        [4, '', '男', idNumber('19900101', '447'), '办公室', '', ''],
        [5, '周杰', '男', idNumber('19900101', '559'), '办公室', '', '也许'],
        [6, '赵敏', '女', idNumber('19900101', '224'), '办公室', '', ''],
      ],
      { title: '涉密人员台账' },
    );
    const r = await d.call('xlsx:import', { register: 'persons', path });
    expect(r.written).toBe(false);
    expect(r.newDepartments).toEqual([]);
    const at = (row: number) => r.errors.filter((e) => e.row === row).map((e) => e.column);
    expect(at(4)).toEqual([]);
    expect(at(5)).toEqual(['性别']);
    expect(at(6)).toEqual(['身份证号']);
    expect(at(7)).toEqual(['姓名']);
    expect(at(8)).toEqual(['是否定密责任人']);
    expect(r.errors.find((e) => e.row === 9)?.reason).toMatch(/与第 4 行是同一条记录/);
    expect((await d.call('persons:list', {})).total).toBe(0);

    const valid = await d.call('xlsx:import', { register: 'persons', path, validOnly: true });
    expect(valid.imported).toBe(1);
    const [zhao] = (await d.call('persons:list', {})).rows;
    expect(zhao).toMatchObject({
      name: '赵敏',
      department: '办公室',
      highestLevel: 'secret',
      status: 'proposed',
    });
  });
});
