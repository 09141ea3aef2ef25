// 保密教育培训台账 from sheets: each row a session held through the register's own 举办 (holdSessionInTx) and its
// attendance sheet (attendInTx); export → import a lossless round trip; values as clerks write them; every name
// in 参加人员 found on the unit's lists, or the row refused by rule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { newPerson, openDesk, type Desk } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

async function dataRows(path: string): Promise<string[][]> {
  return (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));
}

async function staff(desk: Desk, name: string): Promise<void> {
  const all = await desk.call('departments:list', {});
  const office =
    all.find((d) => d.name === '办公室') ?? (await desk.call('departments:create', { name: '办公室' }));
  await desk.call('trainings:addStaff', { name, departmentId: office.id });
}

async function people(desk: Desk): Promise<void> {
  await newPerson(desk, { name: '李明' });
  await newPerson(desk, { name: '张华' });
  await staff(desk, '刘洋');
}

describe('import of the 保密教育培训台账', () => {
  it('export → import into another desk with the same people → export gives the same rows', async () => {
    const a = await openDesk();
    await people(a);
    const ids = Object.fromEntries(
      (await a.call('persons:list', {})).rows.map((p: { id: number; name: string }) => [p.name, p.id]),
    );
    const held = await a.call('trainings:hold', {
      purpose: 'annual',
      form: 'lecture',
      topic: '新修订保密法解读',
      content: '法律条文与案例',
      hours: 2,
      heldOn: '2026-03-10',
      organizer: '保密办',
      speaker: '王丽',
      scope: '全体涉密人员',
    });
    await a.call('trainings:attend', {
      sessionId: held.id,
      lines: [
        { personId: ids['李明'], status: 'present' },
        { personId: ids['张华'], status: 'present' },
      ],
    });
    await a.call('trainings:hold', {
      purpose: 'other',
      form: 'warning',
      topic: '警示教育片',
      content: '泄密案例',
      hours: 1.5,
      heldOn: '2026-04-02',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'trainings', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(2);

    const b = await openDesk();
    await people(b);
    const imported = await b.call('xlsx:import', { register: 'trainings', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(2);
    const second = await b.call('xlsx:export', { register: 'trainings', outPath: join(dir, 'b.xlsx') });
    expect(await dataRows(second.path)).toEqual(await dataRows(first.path));
    expect((await dataRows(second.path)).flat()).toContain('李明、张华');
    const again = await b.call('xlsx:import', { register: 'trainings', path: first.path });
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('reads a clerk’s sheet: other headings, dates and hours as written, a 在职人员 among the attendees', async () => {
    const d = await openDesk();
    await people(d);
    const path = await writeSheet(
      tempDir(),
      'trainings.xlsx',
      ['序号', '时间', '主题', '形式', '主讲人', '课时', '参训人员'],
      [
        [1, '2026.3.10', '保密法学习', '集中学习', '王丽', '２学时', '李明、张华，刘洋'],
        [2, '2026年4月2日', '警示教育', '观看警示教育片', '', '半天', ''],
        [3, '2026/5/6', '专题培训', '讲座', '', '很久', '李明'],
        [4, '2026-06-01', '', '讲座', '', '2', ''],
      ],
      { title: '2026年度保密教育培训台账' },
    );
    const bad = await d.call('xlsx:import', { register: 'trainings', path });
    expect(bad.written).toBe(false);
    // Each reason under the sheet's own heading.
    expect(bad.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [6, '课时', '“很久”不是学时数'],
      [7, '主题', '请填写培训主题'],
    ]);
    const ok = await d.call('xlsx:import', { register: 'trainings', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const sessions = (await d.call('trainings:list', {})).rows;
    expect(
      sessions
        .map((s: { topic: string; hours: number; present: number }) => [s.topic, s.hours, s.present])
        .sort(),
    ).toEqual([
      ['保密法学习', 2, 3],
      ['警示教育', 4, 0],
    ]);
  });

  it('training_attendee_known and training_attendee_unique: a name on no list, or on it twice, refuses the row', async () => {
    const d = await openDesk();
    await people(d);
    await staff(d, '李明');
    const path = await writeSheet(
      tempDir(),
      'names.xlsx',
      ['培训主题', '培训形式', '培训时间', '学时', '参加人员'],
      [
        ['甲', '讲座', '2026-03-01', 1, '赵六'],
        ['乙', '讲座', '2026-03-02', 1, '刘洋'],
      ],
    );
    const r = await d.call('xlsx:import', { register: 'trainings', path });
    expect(r.written).toBe(false);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([[2, expect.stringContaining('赵六')]]);
    // 李明 is a 涉密人员 and an 在职人员 of the same name: the 涉密人员 is taken first, one of each is not twice.
    await staff(d, '刘洋');
    const twice = await d.call('xlsx:import', { register: 'trainings', path });
    expect(twice.errors.map((e) => [e.row, e.reason])).toEqual([
      [2, expect.stringContaining('赵六')],
      [3, expect.stringContaining('不止一位')],
    ]);
  });
});
