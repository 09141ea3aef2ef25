// 因私出国（境）证照 from a sheet: each row through the register's own 交单位保管 (registerPassportInTx), the holder
// found by name among the 涉密人员; export → import a lossless round trip; values as clerks write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { newPerson, openDesk, type Desk } from '../persons/helpers';
import { readCells, writeSheet } from './sheets';

async function holders(desk: Desk) {
  const a = await newPerson(desk, { name: '张建华' });
  const b = await newPerson(desk, { name: '李丽' });
  return { a: a.id, b: b.id };
}

const rowsOf = async (path: string) =>
  (await readCells(path))
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.slice(1))
    .sort((x, y) => x.join('|').localeCompare(y.join('|')));

describe('import of the 因私出国（境）证照登记', () => {
  it('export → import into another desk with the same persons → export gives the same rows', async () => {
    const a = await openDesk();
    const h = await holders(a);
    await a.call('travel:registerPassport', {
      personId: h.a,
      kind: 'passport',
      number: 'E12345678',
      expiresOn: '2030-05-01',
      receivedOn: '2026-01-10',
    });
    await a.call('travel:registerPassport', {
      personId: h.b,
      kind: 'hk_macau',
      number: 'C87654321',
      receivedOn: '2026-02-01',
    });
    const dir = tempDir();
    const first = await a.call('xlsx:export', { register: 'passports', outPath: join(dir, 'a.xlsx') });
    expect(first.rows).toBe(2);

    const b = await openDesk();
    await holders(b);
    const imported = await b.call('xlsx:import', { register: 'passports', path: first.path });
    expect(imported.errors).toEqual([]);
    expect(imported.imported).toBe(2);
    const second = await b.call('xlsx:export', { register: 'passports', outPath: join(dir, 'b.xlsx') });
    expect(await rowsOf(second.path)).toEqual(await rowsOf(first.path));

    const again = await b.call('xlsx:import', { register: 'passports', path: first.path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(2);
  });

  it('reads kinds, numbers and dates as clerks write them; a bad row is named by row and column', async () => {
    const d = await openDesk();
    const h = await holders(d);
    const path = await writeSheet(
      tempDir(),
      'passports.xlsx',
      ['序号', '持证人', '证件类型', '证件号码', '有效期', '上交日期'],
      [
        [1, ' 张 建华 ', '因私护照', 'e 1234 5678', '2030年5月1日', '2026.1.10'],
        [2, '李丽', '往来港澳通行证', 'Ｃ８７６５４３２１', '', 20260201],
        [3, '李丽', '签证', 'X1', '', '2026-02-01'],
      ],
      { title: '因私出国（境）证照登记表' },
    );
    const bad = await d.call('xlsx:import', { register: 'passports', path });
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([[6, '证件类型']]);
    const ok = await d.call('xlsx:import', { register: 'passports', path, validOnly: true });
    expect(ok.imported).toBe(2);
    const list = await d.call('travel:passports', {});
    expect(list.map((p) => [p.personId, p.kind, p.number, p.expiresOn, p.receivedOn]).sort()).toEqual(
      [
        [h.a, 'passport', 'E12345678', '2030-05-01', '2026-01-10'],
        [h.b, 'hk_macau', 'C87654321', null, '2026-02-01'],
      ].sort(),
    );
  });

  it('passport_holder_known', async () => {
    const d = await openDesk();
    await holders(d);
    const path = await writeSheet(
      tempDir(),
      'p.xlsx',
      ['姓名', '证照类型', '证照号码', '交单位保管日期'],
      [['王不在', '护照', 'E1', '2026-01-10']],
    );
    const r = await d.call('xlsx:preview', { register: 'passports', path });
    expect(r.errors).toEqual([
      { row: 2, column: '姓名', reason: '“王不在”不在涉密人员名单中，请先登记此人。' },
    ]);
  });

  it('passport_holder_unique', async () => {
    const d = await openDesk();
    await holders(d);
    await newPerson(d, { name: '李丽', department: '档案科' });
    const path = await writeSheet(
      tempDir(),
      'p.xlsx',
      ['姓名', '证照类型', '证照号码', '交单位保管日期'],
      [['李丽', '护照', 'E2', '2026-01-10']],
    );
    const r = await d.call('xlsx:preview', { register: 'passports', path });
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '姓名', '涉密人员中有不止一位“李丽”，请在此人的档案中登记证照。'],
    ]);
  });
});
