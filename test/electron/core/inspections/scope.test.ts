// 检查范围（部门）(issue 15, point 1): a 联合检查 of several departments keeps each of them, shows their names,
// is found under each one's filter, and leaves the unit in the 保密检查台账 and in the supervisor's package.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { exportTo, pair } from '../exchange/helpers';
import { readCells } from '../xlsx/sheets';
import { answerAll, must, openDesk, type Desk } from './helpers';

const JOINT = {
  kind: 'joint' as const,
  title: '2026年第二季度保密联合检查',
  period: '2026-Q2',
  checkedOn: '2026-06-15',
  inspectors: '王丽、赵敏',
};

async function departments(desk: Pick<Desk, 'call'>, names: string[]) {
  const ids: number[] = [];
  for (const name of names) ids.push((await desk.call('departments:create', { name })).id);
  return ids;
}

describe('a check over several departments', () => {
  it('a 联合检查 of three departments is saved, shown by name, filtered by each, and exported', async () => {
    const { unit, sup } = await pair();
    const [office, secrecy, finance, other] = await departments(unit, [
      '办公室',
      '保密办',
      '财务处',
      '人事处',
    ]);
    const opened = await unit.call('inspections:open', {
      ...JOINT,
      departmentIds: [must(office), must(secrecy), must(finance)],
    });
    // Several departments: no single 被查部门 (a finding's department is chosen when it is assigned).
    expect(opened).toMatchObject({
      departmentId: null,
      department: null,
      departmentIds: [office, secrecy, finance],
      departments: ['办公室', '保密办', '财务处'],
    });
    const view = await unit.call('inspections:get', { inspectionId: opened.id });
    expect(view.departments).toEqual(['办公室', '保密办', '财务处']);
    for (const d of [office, secrecy, finance])
      expect((await unit.call('inspections:list', { departmentId: must(d) })).rows.map((r) => r.id)).toEqual([
        opened.id,
      ]);
    expect((await unit.call('inspections:list', { departmentId: must(other) })).total).toBe(0);
    // One department: the scope and the single 被查部门 agree, as a 部门自查 always had it.
    const one = await unit.call('inspections:open', {
      ...JOINT,
      kind: 'self_dept',
      title: '财务处6月自查',
      departmentIds: [must(finance)],
    });
    expect(one).toMatchObject({ departmentId: finance, department: '财务处', departments: ['财务处'] });
    const audit = unit.core
      .session()
      .db.$client.prepare(
        "SELECT detail FROM audit_log WHERE action = 'inspection_open' ORDER BY seq LIMIT 1",
      )
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ departmentIds: [office, secrecy, finance] });

    const sheet = await unit.call('xlsx:export', {
      register: 'inspections',
      outPath: join(tempDir(), '保密检查台账.xlsx'),
    });
    const cells = await readCells(sheet.path);
    const head = must(cells.find((r) => r.includes('检查范围（部门）')));
    const col = head.indexOf('检查范围（部门）');
    const joint = must(cells.find((r) => r.includes(JOINT.title)));
    expect(joint[col]).toBe('办公室、保密办、财务处');

    const pkg = await exportTo(unit, sup.code);
    await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    const got = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'inspections',
      pageSize: 50,
    });
    const row = must(got.rows.find((r) => r.data.title === JOINT.title));
    expect(row.data.departments).toBe('办公室、保密办、财务处');
  });

  it('scope_departments_known: a department not on the unit’s list is refused by name', async () => {
    const desk = await openDesk();
    const [office] = await departments(desk, ['办公室']);
    const e = await desk.refused('inspections:open', { ...JOINT, departmentIds: [must(office), 9999] });
    expect(e).toMatchObject({ code: 'RULE', rule: 'scope_departments_known' });
    expect(e.fields?.[0]?.path).toBe('departmentIds');
    expect((await desk.call('inspections:list', {})).total).toBe(0);
  });

  it('修改检查范围: the scope of a check still open is replaced whole, audited; a closed one stays', async () => {
    const desk = await openDesk();
    const [office, secrecy, finance] = await departments(desk, ['办公室', '保密办', '财务处']);
    const c = await desk.call('inspections:open', { ...JOINT, departmentIds: [must(office), must(secrecy)] });
    const wider = await desk.call('inspections:setScope', {
      inspectionId: c.id,
      departmentIds: [must(finance), must(office), must(secrecy)],
    });
    expect(wider).toMatchObject({ departmentId: null, departments: ['财务处', '办公室', '保密办'] });
    const narrowed = await desk.call('inspections:setScope', {
      inspectionId: c.id,
      departmentIds: [must(office)],
    });
    expect(narrowed).toMatchObject({ departmentId: office, department: '办公室', departments: ['办公室'] });
    const unit = await desk.call('inspections:setScope', { inspectionId: c.id, departmentIds: [] });
    expect(unit).toMatchObject({ departmentId: null, departments: [] });
    const audited = desk.core
      .session()
      .db.$client.prepare("SELECT count(*) FROM audit_log WHERE action = 'inspection_scope'")
      .pluck()
      .get();
    expect(audited).toBe(3);
    const unknown = await desk.refused('inspections:setScope', { inspectionId: c.id, departmentIds: [9999] });
    expect(unknown.rule).toBe('scope_departments_known');
    // A refused change leaves the scope as it was (one transaction).
    expect((await desk.call('inspections:get', { inspectionId: c.id })).departments).toEqual([]);
    await answerAll(desk, unit, []);
    await desk.call('inspections:close', { inspectionId: c.id, closedOn: '2026-06-15' });
    const closed = await desk.refused('inspections:setScope', {
      inspectionId: c.id,
      departmentIds: [must(office)],
    });
    expect(closed.rule).toBe('check_closed');
  });

  it('self_check_one_department: a 部门自查 keeps exactly one department', async () => {
    const desk = await openDesk();
    const [office, finance] = await departments(desk, ['办公室', '财务处']);
    const c = await desk.call('inspections:open', {
      ...JOINT,
      kind: 'self_dept',
      departmentIds: [must(office)],
    });
    for (const departmentIds of [[must(office), must(finance)], []]) {
      const e = await desk.refused('inspections:setScope', { inspectionId: c.id, departmentIds });
      expect(e).toMatchObject({ code: 'RULE', rule: 'self_check_one_department' });
    }
    const moved = await desk.call('inspections:setScope', {
      inspectionId: c.id,
      departmentIds: [must(finance)],
    });
    expect(moved).toMatchObject({ departmentId: finance, departments: ['财务处'] });
  });

  it('the form’s scope: each department once, and a 部门自查 is one department', async () => {
    const desk = await openDesk();
    const [office, finance] = await departments(desk, ['办公室', '财务处']);
    const twice = await desk.refused('inspections:open', {
      ...JOINT,
      departmentIds: [must(office), must(office)],
    });
    expect(twice.code).toBe('VALIDATION');
    expect(twice.fields?.[0]?.message).toBe('同一部门只能选一次');
    const self = await desk.refused('inspections:open', {
      ...JOINT,
      kind: 'self_dept',
      departmentIds: [must(office), must(finance)],
    });
    expect(self.fields?.[0]?.path).toBe('departmentIds');
  });
});
