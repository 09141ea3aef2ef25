// 因私出国（境）台账 from a sheet: each row replays the trip through the register's own steps (申请, 部门领导 and
// 保密委员会, 出境前教育, 承诺书, 出境, 返回), so a row meets the form's rules and a refusal is named by row and
// column; export → import a lossless round trip; values as clerks write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { approval, newPerson, openDesk, postedPerson, type Desk } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

/** 冯梅 in post (her trips need both approvals), 陈静 拟任 (hers do not). */
async function travellers(desk: Desk) {
  const a = await postedPerson(desk, { name: '冯梅' });
  const b = await newPerson(desk, { name: '陈静' });
  return { a: a.id, b: b.id };
}

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

async function fullTrip(desk: Desk, personId: number) {
  const t = await desk.call('travel:apply', {
    personId,
    destination: '日本',
    purpose: '探亲',
    appliedOn: '2026-03-01',
    plannedDepartOn: '2026-04-01',
    plannedReturnOn: '2026-04-10',
  });
  await desk.call('travel:decide', {
    travelId: t.id,
    step: 'dept_leader',
    approval: approval('2026-03-03', '赵敏', '办公室主任'),
  });
  await desk.call('travel:decide', { travelId: t.id, step: 'committee', approval: approval('2026-03-05') });
  await desk.call('travel:educate', { travelId: t.id, educatedOn: '2026-03-20', educatedBy: '王丽' });
  await desk.call('persons:pledge', { personId, kind: 'travel', signedOn: '2026-03-20', travelId: t.id });
  await desk.call('travel:depart', { travelId: t.id, departedOn: '2026-04-01' });
  await desk.call('travel:return', {
    travelId: t.id,
    returnedOn: '2026-04-10',
    report: '按期返回，无异常情况',
  });
}

describe('import of the 因私出国（境）台账', () => {
  it('export → import into another desk with the same persons → export gives the same rows', async () => {
    const a = await openDesk();
    const p = await travellers(a);
    await fullTrip(a, p.a);
    const refused = await a.call('travel:apply', {
      personId: p.a,
      destination: '美国',
      purpose: '旅游',
      appliedOn: '2026-05-01',
      plannedDepartOn: '2026-07-01',
      plannedReturnOn: '2026-07-20',
    });
    await a.call('travel:decide', {
      travelId: refused.id,
      step: 'dept_leader',
      approval: { ...approval('2026-05-03', '赵敏'), decision: 'rejected' },
    });
    await a.call('travel:apply', {
      personId: p.b,
      destination: '新加坡',
      purpose: '旅游',
      appliedOn: '2026-06-01',
      plannedDepartOn: '2026-08-01',
      plannedReturnOn: '2026-08-05',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'travel', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(3);

    const b = await openDesk();
    await travellers(b);
    const imported = await b.call('xlsx:import', { register: 'travel', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(3);
    const second = await b.call('xlsx:export', { register: 'travel', outPath: join(dir, 'b.xlsx') });
    const rows = await rowsOf(second.path);
    expect(rows).toEqual(await rowsOf(first.path));
    expect(rows.map((r) => r.at(-1)).sort()).toEqual(['已批准', '已返回', '未批准', '状态'].sort());

    const again = await b.call('xlsx:import', { register: 'travel', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(3);
  });

  it('reads a clerk’s ledger (title row, actual dates only, 2026.4.1 and 2026年4月10日); a trip the form refuses is named by row and column', async () => {
    const d = await openDesk();
    await travellers(d);
    const path = await writeSheet(
      tempDir(),
      'travel.xlsx',
      [
        '序号',
        '出国（境）人员',
        '前往国家（地区）',
        '出国（境）事由',
        '申请时间',
        '部门领导审批意见',
        '部门领导审批人',
        '部门领导审批日期',
        '保密委员会审批',
        '保密委员会审批人',
        '保密委员会审批日期',
        '出境前教育日期',
        '谈话人',
        '承诺书日期',
        '实际出境日期',
        '回国（境）日期',
        '返回报告',
      ],
      [
        [
          1,
          ' 冯 梅 ',
          '泰国',
          '旅游',
          '2026.2.1',
          '同意',
          '赵敏(办公室主任)',
          '2026.2.3',
          '批准',
          '李建国（局长）',
          '2026年2月5日',
          '2026-02-20',
          '王丽',
          '2026-02-20',
          '2026.3.1',
          '2026年3月8日',
          '无异常',
        ],
        [
          2,
          '陈静',
          '韩国',
          '探亲',
          20260301,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '2026-04-01',
          '2026-04-05',
          '按期返回',
        ],
        [
          3,
          '冯梅',
          '法国',
          '旅游',
          '2026-03-01',
          '同意',
          '赵敏',
          '2026-03-02',
          '',
          '',
          '',
          '',
          '',
          '',
          '2026-04-01',
          '2026-04-05',
          '按期返回',
        ],
      ],
      { title: '因私出国（境）登记表' },
    );
    const bad = await d.call('xlsx:import', { register: 'travel', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([[6, '实际出境日期']]);
    expect(bad.errors[0]?.reason).toContain('须经部门领导和保密委员会批准');
    const ok = await d.call('xlsx:import', { register: 'travel', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = (await d.call('travel:list', {})).rows;
    expect(
      list
        .map((t) => [
          t.personName,
          t.destination,
          t.plannedDepartOn,
          t.plannedReturnOn,
          t.status,
          t.steps.length,
          t.pledgeId !== null,
        ])
        .sort(),
    ).toEqual(
      [
        ['冯梅', '泰国', '2026-03-01', '2026-03-08', 'returned', 2, true],
        ['陈静', '韩国', '2026-04-01', '2026-04-05', 'returned', 0, false],
      ].sort(),
    );
    const thai = list.find((t) => t.destination === '泰国');
    expect(thai?.steps.map((s) => [s.step, s.approverName, s.approverTitle, s.decidedAt])).toEqual([
      ['dept_leader', '赵敏', '办公室主任', '2026-02-03'],
      ['committee', '李建国', '局长', '2026-02-05'],
    ]);
  });

  it('a committee decision after the department refused, and a return with no report, are refused under their columns', async () => {
    const d = await openDesk();
    await travellers(d);
    const path = await writeSheet(
      tempDir(),
      't.xlsx',
      [
        '姓名',
        '目的地',
        '事由',
        '申请日期',
        '拟出境日期',
        '拟返回日期',
        '部门领导意见',
        '部门领导审批人',
        '部门领导审批日期',
        '保密委员会意见',
        '保密委员会审批人',
        '保密委员会审批日期',
        '出境日期',
        '返回日期',
      ],
      [
        [
          '冯梅',
          '日本',
          '旅游',
          '2026-02-01',
          '2026-03-01',
          '2026-03-05',
          '不同意',
          '赵敏',
          '2026-02-02',
          '同意',
          '李建国',
          '2026-02-03',
          '',
          '',
        ],
        ['陈静', '日本', '旅游', '2026-02-01', '', '', '', '', '', '', '', '', '2026-03-01', '2026-03-05'],
      ],
    );
    const r = await d.call('xlsx:preview', { register: 'travel', path });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '保密委员会意见'],
      [3, '回国(境)报告'],
    ]);
  });

  it('travel_person_known', async () => {
    const d = await openDesk();
    await travellers(d);
    const path = await writeSheet(
      tempDir(),
      't.xlsx',
      ['姓名', '目的地', '事由', '申请日期', '拟出境日期', '拟返回日期'],
      [['王不在', '日本', '旅游', '2026-02-01', '2026-03-01', '2026-03-05']],
    );
    const r = await d.call('xlsx:preview', { register: 'travel', path });
    expect(r.errors).toEqual([
      { row: 2, column: '姓名', reason: '“王不在”不在涉密人员名单中，请先登记此人。' },
    ]);
  });

  it('travel_person_unique', async () => {
    const d = await openDesk();
    await travellers(d);
    await newPerson(d, { name: '陈静', department: '档案科' });
    const path = await writeSheet(
      tempDir(),
      't.xlsx',
      ['姓名', '目的地', '事由', '申请日期', '拟出境日期', '拟返回日期'],
      [['陈静', '日本', '旅游', '2026-02-01', '2026-03-01', '2026-03-05']],
    );
    const r = await d.call('xlsx:preview', { register: 'travel', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '姓名', '涉密人员中有不止一位“陈静”，请在此人的档案中登记出国(境)。'],
    ]);
  });
});
