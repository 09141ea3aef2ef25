// 保密检查台账 from a sheet: a row per finding with its check's columns, each check recorded once and each finding
// at the step the sheet gives, through the inspections domain's history writes (recordCheckInTx,
// recordFindingInTx) and the forms' rules read as of the day each thing happened; export → import a lossless
// round trip; a clerk's ledger read with its own headings.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { answerAll, monthlySelfCheck, must, nth } from '../inspections/helpers';
import { newPerson, openDesk, type Desk } from '../persons/helpers';
import { readCells, writeSheet, type Row } from './sheets';

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(3)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

/** The unit's people: 刘洋 of 办公室 answers for findings, 王丽 verifies. */
async function people(desk: Desk) {
  const wang = await newPerson(desk, { name: '王丽', department: '保密办' });
  return { wang };
}

async function history(desk: Desk) {
  const { wang } = await people(desk);
  const { check, departmentId, liu } = await monthlySelfCheck(desk);
  const answered = await answerAll(desk, check, [0, 2]);
  const [f1, f2] = [0, 2].map((i) => must(nth(answered.checklist, i).findingId));
  await desk.call('inspections:assign', {
    findingId: must(f1),
    severity: 'serious',
    departmentId,
    responsiblePersonId: liu.id,
    requirement: '制定并印发保密管理制度',
    deadline: '2026-06-30',
  });
  await desk.call('inspections:start', { findingId: must(f1), startedOn: '2026-06-16' });
  await desk.call('inspections:submit', {
    findingId: must(f1),
    rectifiedOn: '2026-06-20',
    rectification: '已印发《保密管理制度》，组织学习',
    rectifiedById: liu.id,
  });
  await desk.call('inspections:verify', {
    findingId: must(f1),
    verifierId: wang.id,
    verifiedOn: '2026-06-22',
    passed: true,
    evidence: '查阅制度文本，合格',
  });
  await desk.call('inspections:assign', {
    findingId: must(f2),
    severity: 'minor',
    departmentId,
    responsiblePersonId: liu.id,
    requirement: '补登记',
  });
}

describe('import of the 保密检查台账', () => {
  it('export → import into another desk with the same people → export gives the same rows', async () => {
    const a = await openDesk('2026-06-15');
    await history(a);
    const sup = await a.call('inspections:open', {
      kind: 'superior',
      title: '市保密局2026年度保密检查',
      period: '2026',
      checkedOn: '2026-06-10',
      areas: ['carriers', 'systems'],
      inspectors: '市局检查组',
      authority: '市国家保密局',
      opinion: '发现问题，限期整改。',
    });
    await answerAll(a, sup, []);
    const late = await a.call('inspections:addFinding', {
      inspectionId: sup.id,
      area: 'carriers',
      what: '涉密载体清点不及时',
      severity: 'minor',
      requirement: '每季度清点',
      deadline: '2026-07-15',
    });
    await a.call('inspections:close', {
      inspectionId: sup.id,
      closedOn: '2026-06-15',
      carryOver: [{ findingId: late.id, reason: '须待下季度清点后验收' }],
    });
    // A 抽查 of two departments: its 检查范围（部门） comes back whole.
    const depts = await a.call('departments:list', {});
    const scope = ['保密办', '办公室'].map((n) => must(depts.find((d) => d.name === n)).id);
    await a.call('inspections:open', {
      kind: 'spot',
      title: '保密办6月抽查',
      period: '2026-06',
      checkedOn: '2026-06-12',
      departmentIds: scope,
      inspectors: '王丽',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'inspections', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(4);

    const b = await openDesk('2026-06-15');
    await people(b);
    await newPerson(b, { name: '刘洋', department: '办公室' });
    const imported = await b.call('xlsx:import', { register: 'inspections', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(4);
    const second = await b.call('xlsx:export', { register: 'inspections', outPath: join(dir, 'b.xlsx') });
    expect(await rowsOf(second.path)).toEqual(await rowsOf(first.path));
    const spot = (await b.call('inspections:list', { kind: 'spot' })).rows;
    expect(spot.map((c) => [c.department, c.departments])).toEqual([[null, ['保密办', '办公室']]]);
    const board = await b.call('inspections:findings', {});
    expect(board.rows.map((f) => [f.status, f.carryOverReason]).sort()).toEqual(
      [
        ['closed', null],
        ['pending', null],
        ['pending', '须待下季度清点后验收'],
      ].sort(),
    );

    const again = await b.call('xlsx:import', { register: 'inspections', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(4);
  });

  it('reads a clerk’s ledger; an open finding past its deadline comes in 逾期, a refused row names its column', async () => {
    const d = await openDesk('2026-06-15');
    await people(d);
    await newPerson(d, { name: '刘洋', department: '办公室' });
    const check: Row = ['办公室一季度保密自查', '部门自查', '2026.3.10', '办公室', '王丽、赵敏'];
    const path = await writeSheet(
      tempDir(),
      'checks.xlsx',
      [
        '序号',
        '检查事项',
        '检查形式',
        '检查时间',
        '被检查部门',
        '检查人',
        '办结日期',
        '发现问题',
        '责任人',
        '整改措施',
        '整改时限',
        '是否整改',
        '整改情况',
        '完成日期',
        '整改人',
        '验收人',
        '验收日期',
        '验收情况',
      ],
      [
        [
          1,
          ...check,
          '',
          '计算机未设置屏幕保护',
          '刘洋',
          '设置屏保',
          '2026.3.31',
          '整改中',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          2,
          ...check,
          '',
          '借阅登记不全',
          '刘 洋',
          '补登记',
          '2026-03-31',
          '已整改',
          '已补登记',
          '2026.3.20',
          '刘洋',
          '王丽',
          '2026年3月25日',
          '抽查合格',
        ],
        [
          3,
          '二季度抽查',
          '抽查',
          '2026-04-10',
          '',
          '王丽',
          '2026-04-30',
          '文件未按期清退',
          '',
          '',
          '',
          '待整改',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [4, ...check, '', '密码设置过简', '刘洋', '修改密码', '2026-03-01', '整改中', '', '', '', '', '', ''],
      ],
      { title: '2026年保密检查登记表' },
    );
    const bad = await d.call('xlsx:import', { register: 'inspections', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '是否整改'],
      [7, '整改时限'],
    ]);
    const ok = await d.call('xlsx:import', { register: 'inspections', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const board = (await d.call('inspections:findings', {})).rows;
    expect(board.map((f) => [f.what, f.state, f.deadline]).sort()).toEqual(
      [
        ['借阅登记不全', 'closed', '2026-03-31'],
        ['计算机未设置屏幕保护', 'overdue', '2026-03-31'],
      ].sort(),
    );
    const checks = (await d.call('inspections:list', {})).rows;
    expect(checks.map((c) => [c.title, c.kind, c.period, c.checkedOn, c.department, c.status])).toEqual([
      ['办公室一季度保密自查', 'self_dept', '2026', '2026-03-10', '办公室', 'open'],
    ]);
  });
});

/** One check, one finding row; the finding's cells by heading. */
async function oneRow(d: Desk, cells: Record<string, string>, check: Record<string, string> = {}) {
  const base: Record<string, string> = {
    检查名称: '办公室自查',
    检查类型: '部门自查',
    检查日期: '2026-06-01',
    受检部门: '办公室',
    检查人员: '王丽',
    存在问题: '借阅登记不全',
    ...check,
    ...cells,
  };
  const path = await writeSheet(tempDir(), 'c.xlsx', Object.keys(base), [Object.values(base)]);
  return d.call('xlsx:preview', { register: 'inspections', path });
}

async function desk() {
  const d = await openDesk('2026-06-15');
  await people(d);
  await newPerson(d, { name: '刘洋', department: '办公室' });
  return d;
}

describe('rules of a check’s history', () => {
  it('inspection_person_known', async () => {
    const r = await oneRow(await desk(), { 整改责任人: '王不在', 整改要求: '补登记', 整改状态: '整改中' });
    expect(r.errors).toEqual([
      { row: 2, column: '整改责任人', reason: '“王不在”不在涉密人员名单中，请先登记此人。' },
    ]);
  });

  it('inspection_person_unique', async () => {
    const d = await desk();
    await newPerson(d, { name: '刘洋', department: '档案科' });
    const r = await oneRow(d, { 整改责任人: '刘洋', 整改要求: '补登记', 整改状态: '整改中' });
    expect(r.errors.map((e) => [e.column, e.reason])).toEqual([
      ['整改责任人', '涉密人员中有不止一位“刘洋”，请在系统中逐条登记。'],
    ]);
  });

  it('finding_deadline_not_past', async () => {
    const r = await oneRow(await desk(), { 整改期限: '2026-05-31' });
    expect(r.errors.map((e) => [e.column, e.reason])).toEqual([
      ['整改期限', '整改期限 2026-05-31 早于检查日期 2026-06-01：期限应在发现问题之日或以后。'],
    ]);
  });

  it('finding_needs_assignment', async () => {
    const r = await oneRow(await desk(), { 整改状态: '整改中' });
    expect(r.errors.map((e) => [e.column, e.reason])).toEqual([
      ['整改责任人', '整改中及以后的问题须写明整改要求和整改责任人。'],
    ]);
  });

  it('finding_step_order', async () => {
    const r = await oneRow(await desk(), { 整改状态: '已结转', 结转理由: '下次检查复查' });
    expect(r.errors.map((e) => [e.column, e.reason])).toEqual([
      ['结转理由', '检查尚未结束，问题不能结转：结转在结束检查时写明理由。'],
    ]);
  });

  it('check_close_needs_carry_over', async () => {
    const r = await oneRow(await desk(), { 整改状态: '待整改', 办结日期: '2026-06-10' });
    expect(r.errors.map((e) => e.column)).toEqual(['整改状态']);
    expect(r.errors[0]?.reason).toContain('须验收或写明结转理由后才能结束检查');
  });

  it('finding_verifier_not_responsible and superior_finding_needs_deadline hold for history', async () => {
    const d = await desk();
    const closed = {
      整改责任人: '刘洋',
      整改要求: '补登记',
      整改状态: '已整改',
      整改情况: '已补登记',
      整改完成日期: '2026-06-05',
      整改人: '王丽',
      验收人: '刘洋',
      验收日期: '2026-06-06',
      验收意见: '合格',
    };
    expect((await oneRow(d, closed)).errors.map((e) => e.column)).toEqual(['验收人']);
    const sup = await oneRow(d, {}, { 检查类型: '上级检查', 检查机关: '市国家保密局', 受检部门: '' });
    expect(sup.errors.map((e) => [e.column, e.reason])).toEqual([
      ['整改期限', '上级检查发现的问题须写明整改期限（实施条例第五十九条）。'],
    ]);
    const noAuthority = await oneRow(d, { 整改期限: '2026-07-01' }, { 检查类型: '上级检查' });
    expect(noAuthority.errors.map((e) => [e.column, e.reason])).toEqual([
      ['检查机关', '上级检查须填写检查机关'],
    ]);
    const closedBare = await oneRow(d, { 整改状态: '已整改' });
    expect(closedBare.errors.map((e) => e.column).sort()).toEqual(
      ['整改情况', '整改完成日期', '整改人', '验收人', '验收日期', '验收意见'].sort(),
    );
  });
});

describe('检查范围（部门） from a sheet', () => {
  it('a 联合检查 of several departments is read by name; a 部门自查 names one department only', async () => {
    const d = await desk();
    const joint = await oneRow(
      d,
      {},
      { 检查类型: '联合检查', 受检部门: '', '检查范围（部门）': '办公室、保密办' },
    );
    expect(joint.errors).toEqual([]);
    const self = await oneRow(d, {}, { '检查范围（部门）': '办公室、保密办' });
    expect(self.errors.map((e) => [e.column, e.reason])).toEqual([
      // The column as the import names it (its heading read half-width).
      ['检查范围(部门)', '部门自查只查一个部门；查几个部门请填“抽查”或“联合检查”'],
    ]);
    const imported = await d.call('xlsx:import', {
      register: 'inspections',
      path: await writeSheet(
        tempDir(),
        'j.xlsx',
        ['检查名称', '检查类型', '检查日期', '检查范围（部门）', '检查人员'],
        [['二季度联合检查', '联合检查', '2026-06-01', '保密办、办公室', '王丽']],
      ),
    });
    expect(imported.errors).toEqual([]);
    const rows = (await d.call('inspections:list', {})).rows;
    expect(rows.map((c) => [c.title, c.departments])).toEqual([['二季度联合检查', ['保密办', '办公室']]]);
  });
});
