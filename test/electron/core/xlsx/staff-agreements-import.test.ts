// 在职人员 and 保密协议 from sheets: each row through the register's own write (addStaffInTx,
// recordAgreementInTx), export → import a lossless round trip, values as clerks write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { newPerson, openDesk, type Desk } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

/** Data rows of an exported sheet (title and heading rows dropped), sorted, for comparing two exports. */
async function dataRows(path: string): Promise<string[][]> {
  return (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));
}

async function dept(desk: Desk, name: string): Promise<number> {
  const all = await desk.call('departments:list', {});
  return (all.find((d) => d.name === name) ?? (await desk.call('departments:create', { name }))).id;
}

describe('import of the 在职人员名单', () => {
  it('export → import into a fresh desk (departments created on confirmation) → export gives the same rows', async () => {
    const a = await openDesk();
    const office = await dept(a, '办公室');
    const archive = await dept(a, '档案管理科');
    await a.call('trainings:addStaff', {
      name: '刘洋',
      departmentId: office,
      post: '文秘',
      joinedOn: '2025-03-01',
    });
    await a.call('trainings:addStaff', { name: '陈静', departmentId: archive, joinedOn: '2024-09-10' });
    await a.call('trainings:addStaff', { name: '黄磊', departmentId: archive, post: '档案员' });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'staff', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(3);

    const b = await openDesk();
    const preview = await b.call('xlsx:preview', { register: 'staff', path: first.path });
    expect(preview.newDepartments.sort()).toEqual(['办公室', '档案管理科']);
    const imported = await b.call('xlsx:import', {
      register: 'staff',
      path: first.path,
      createDepartments: true,
    });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(3);
    const second = await b.call('xlsx:export', { register: 'staff', outPath: join(dir, 'b.xlsx') });
    expect(await dataRows(second.path)).toEqual(await dataRows(first.path));

    const again = await b.call('xlsx:import', { register: 'staff', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(3);
  });

  it('reads a clerk’s sheet: a merged title, other headings, stray spaces, dates in every form, full-width digits', async () => {
    const d = await openDesk();
    await dept(d, '办公室');
    const path = await writeSheet(
      tempDir(),
      'staff.xlsx',
      ['序号', '姓名', '所属部门', '职务', '入职时间'],
      [
        [1, ' 刘 洋 ', ' 办公室 ', '文秘', '2023.5.6'],
        [2, '陈静', '办公室', '', '2023年5月6日'],
        [3, '黄磊', '办公室', '司机', 20230506],
        [4, '周敏', '办公室', '', '２０２３－０５－０６'],
        [5, '吴刚', '办公室', '', '2023/5/6'],
        [6, '郑伟', '办公室', '', '去年春天'],
        [7, '', '办公室', '', ''],
      ],
      { title: '某市档案局在职人员名单' },
    );
    const bad = await d.call('xlsx:import', { register: 'staff', path });
    expect(bad.written).toBe(false);
    // Title on row 1, a blank row, the headings on row 3: 去年春天 is row 9, the nameless row 10.
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [9, '入职时间'],
      [10, '姓名'],
    ]);
    expect((await d.call('trainings:staff', { page: 1, pageSize: 50 })).total).toBe(0);

    const ok = await d.call('xlsx:import', { register: 'staff', path, validOnly: true });
    expect(ok.imported).toBe(5);
    const rows = (await d.call('trainings:staff', { page: 1, pageSize: 50 })).rows;
    expect(rows.map((r) => [r.name, r.department, r.joinedOn]).sort()).toEqual(
      [
        ['刘洋', '办公室', '2023-05-06'],
        ['吴刚', '办公室', '2023-05-06'],
        ['周敏', '办公室', '2023-05-06'],
        ['陈静', '办公室', '2023-05-06'],
        ['黄磊', '办公室', '2023-05-06'],
      ].sort(),
    );
  });
});

describe('import of the 保密协议台账', () => {
  async function signers(desk: Desk) {
    const p = await newPerson(desk, { name: '张建华' });
    const staff = await desk.call('trainings:addStaff', {
      name: '刘洋',
      departmentId: await dept(desk, '办公室'),
    });
    return { personId: p.id, staffId: staff.id };
  }

  it('export → import gives the same rows; signers found among 涉密人员 and 在职人员 by name', async () => {
    const a = await openDesk();
    const s = await signers(a);
    await a.call('trainings:agree', { kind: 'tech_secrecy', personId: s.personId, signedOn: '2026-01-05' });
    await a.call('trainings:agree', {
      kind: 'non_compete',
      personId: s.personId,
      signedOn: '2026-02-01',
      nonCompeteFrom: '2026-02-02',
      nonCompeteEndsOn: '2028-02-01',
    });
    await a.call('trainings:agree', {
      kind: 'ip_protection',
      staffId: s.staffId,
      signedOn: '2025-11-20',
      notes: '入职时签订',
    });
    await a.call('trainings:agree', {
      kind: 'partner',
      partner: '某印刷厂',
      signedOn: '2026-03-01',
      termEndsOn: '2027-02-28',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'agreements', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(4);

    const b = await openDesk();
    await signers(b);
    const imported = await b.call('xlsx:import', { register: 'agreements', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(4);
    const second = await b.call('xlsx:export', { register: 'agreements', outPath: join(dir, 'b.xlsx') });
    expect(await dataRows(second.path)).toEqual(await dataRows(first.path));
    const rows = (await b.call('trainings:agreements', { page: 1, pageSize: 50 })).rows;
    expect(rows.find((r) => r.kind === 'ip_protection')?.staffId).not.toBeNull();
    expect(rows.find((r) => r.kind === 'tech_secrecy')?.personId).not.toBeNull();

    const again = await b.call('xlsx:import', { register: 'agreements', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(4);
  });

  it('reads kinds and dates as clerks write them and runs the 竞业限制 cap of the form', async () => {
    const d = await openDesk();
    await signers(d);
    const path = await writeSheet(
      tempDir(),
      'agreements.xlsx',
      ['序号', '协议类别', '姓名', '签订时间', '竞业限制起始日期', '竞业限制截止日期'],
      [
        [1, '保密协议', '张建华', '2026年1月5日', '', ''],
        [2, '竞业限制', ' 刘 洋 ', '2026.2.1', '2026.2.2', '2030.2.1'],
        [3, '口头约定', '张建华', '2026-01-05', '', ''],
      ],
      { title: '保密协议签订情况' },
    );
    const r = await d.call('xlsx:import', { register: 'agreements', path });
    expect(r.written).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [5, '竞业限制截止日期'],
      [6, '协议类别'],
    ]);
    expect(r.valid).toBe(1);
  });

  it('agreement_signer_known', async () => {
    const d = await openDesk();
    await signers(d);
    const path = await writeSheet(
      tempDir(),
      'a.xlsx',
      ['协议类型', '签订人', '签订日期'],
      [['技术保密协议', '王不在', '2026-01-05']],
    );
    const r = await d.call('xlsx:preview', { register: 'agreements', path });
    expect(r.errors).toEqual([
      { row: 2, column: '签订人', reason: '“王不在”不在涉密人员或在职人员名单中，请先登记此人。' },
    ]);
  });

  it('agreement_signer_unique', async () => {
    const d = await openDesk();
    await signers(d);
    await d.call('trainings:addStaff', { name: '刘洋', departmentId: await dept(d, '档案科') });
    const path = await writeSheet(
      tempDir(),
      'a.xlsx',
      ['协议类型', '签订人', '签订日期'],
      [['技术保密协议', '刘洋', '2026-01-05']],
    );
    const r = await d.call('xlsx:preview', { register: 'agreements', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '签订人', '名单中有不止一位“刘洋”，请在系统中逐条登记此协议。'],
    ]);
  });
});
