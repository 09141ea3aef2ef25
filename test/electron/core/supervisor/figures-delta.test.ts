// Issue 20, point 5: an incremental or annual package moves a unit's figures by the difference of the records it
// rewrites (before and after), instead of recounting the whole unit at every import. What it keeps must be what
// a recount gives, row for row, after every kind of change a package can carry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planTuning } from '../../../../electron/core/exchange/import-parts';
import { lendCopy12, received } from '../carriers/helpers';
import { newPerson } from '../persons/helpers';
import { pair } from '../exchange/helpers';
import { keptAndRecounted } from './figures-helpers';
import { send } from './notice-helpers';
import { unitLayoutSql } from '../../../../electron/core/exchange/record-layout';

describe('figures kept by difference', () => {
  it('figures_delta_equals_recount: after incrementals that lend, return, add, drop and re-level, the kept figures are a recount', async () => {
    const { unit, sup } = await pair();
    const a = await unit.call('carriers:register', received());
    await unit.call('carriers:register', received({ level: 'confidential', docNo: '省保办〔2026〕13号' }));
    await send(unit, sup);
    const check = () => {
      const { kept, recount } = keptAndRecounted(sup, unit.code);
      expect(kept).toEqual(recount);
      return kept;
    };
    const atFull = check();

    // A loan: the carrier's status and a movement with a due date (loans_due).
    await unit.call('carriers:borrow', {
      ...lendCopy12(a.id),
      exception: { reason: '起草整改方案，经局长同意' },
    });
    await unit.call('carriers:register', received({ level: 'top_secret', docNo: '省保办〔2026〕14号' }));
    await send(unit, sup, 'incremental');
    const lent = check();
    expect(lent).not.toEqual(atFull);
    expect(lent.find((r) => r.figure === 'carriers_level' && r.key === 'top_secret')?.n).toBe(1);
    expect(lent.some((r) => r.figure === 'loans_due')).toBe(true);

    // Returned: the loan's due date leaves the figures (a count fallen to nothing is no row).
    await unit.call('carriers:return', { carrierId: a.id, copyNos: [12], returnedOn: '2026-06-15' });
    await newPerson(unit, { name: '刘洋', level: 'secret' });
    await send(unit, sup, 'incremental');
    expect(check().some((r) => r.figure === 'loans_due')).toBe(false);

    // A record the unit no longer holds (dropped by the id lists) and a level changed in place.
    const client = unit.core.session().db.$client;
    client
      .prepare("UPDATE carriers SET level = 'secret', updated_at = ? WHERE id = ?")
      .run('2026-06-15T12:00:00.000Z', a.id);
    const item = await unit.call('classification:create', {
      name: '年度保密工作要点',
      level: 'confidential',
      term: { kind: 'period', years: 5 },
      classifierName: '李建国',
    });
    await send(unit, sup, 'incremental');
    check();
    client.prepare('DELETE FROM classification_items WHERE id = ?').run(item.id);
    await send(unit, sup, 'incremental');
    const last = check();
    expect(last.find((r) => r.figure === 'records' && r.key === 'classification_items')).toBeUndefined();
  });
});

describe.each([
  ['record by record', 5_000],
  ['the register at once', 0],
])('a full package that sends the records again, its digests read %s', (_, rowsReadAtOnce) => {
  beforeEach(() => {
    planTuning.rowsReadAtOnce = rowsReadAtOnce;
  });
  afterEach(() => {
    planTuning.rowsReadAtOnce = 5_000;
  });

  it('full_resend_skips_held_lines: a record sent again as it is keeps its package; the changed one moves the kept figures as a recount', async () => {
    const { unit, sup } = await pair();
    const a = await unit.call('carriers:register', received());
    const b = await unit.call('carriers:register', received({ docNo: '省保办〔2026〕13号' }));
    await newPerson(unit, { name: '刘洋' });
    await send(unit, sup);
    const held = () =>
      importedRows<{ record_id: string; seq: number; digest: string | null }>(
        sup,
        unit.code,
        "record_id, seq, digest FROM imported_records WHERE unit_code = ? AND register = 'carriers'",
      );
    const before = held();
    expect(before.every((r) => /^[A-Za-z0-9_-]{22}$/.test(r.digest ?? ''))).toBe(true);

    // One carrier re-levelled at the unit: a full package again changes that record and its figures only.
    unit.core
      .session()
      .db.$client.prepare("UPDATE carriers SET level = 'top_secret', updated_at = ? WHERE id = ?")
      .run('2026-06-15T12:00:00.000Z', a.id);
    await send(unit, sup);
    const after = held();
    const was = (id: number) => before.find((r) => r.record_id === String(id));
    const now = (id: number) => after.find((r) => r.record_id === String(id));
    expect(now(b.id)).toEqual(was(b.id));
    expect(now(a.id)?.seq).toBeGreaterThan(was(a.id)?.seq as number);
    expect(now(a.id)?.digest).not.toBe(was(a.id)?.digest);
    const { kept, recount } = keptAndRecounted(sup, unit.code);
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.figure === 'carriers_level' && r.key === 'top_secret')?.n).toBe(1);
  });

  it('records_without_digest_get_one: records kept before digests are sent again unchanged, keep their package and gain their digest', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    await newPerson(unit, { name: '刘洋' });
    await send(unit, sup);
    const s = sup.core.session().db.$client;
    const rows = () =>
      importedRows<{ register: string; record_id: string; seq: number; digest: string | null }>(
        sup,
        unit.code,
        'register, record_id, data, seq, digest FROM imported_records WHERE unit_code = ?',
      );
    const first = rows();
    s.prepare('UPDATE imported_records SET digest = NULL WHERE unit_code = ?').run(unit.code);
    await send(unit, sup);
    // The second package also carries what the first one's export registered (its file, a carrier): new records.
    const key = (r: { register: string; record_id: string }) => `${r.register}/${r.record_id}`;
    const again = new Set(first.map(key));
    const second = rows().filter((r) => again.has(key(r)));
    expect(second).toEqual(first);
    expect(second.length).toBeGreaterThan(2);
    const { kept, recount } = keptAndRecounted(sup, unit.code);
    expect(kept).toEqual(recount);
  });
});

/**
 * The import makes each carrier's and person's search row from the values it writes: every typed column is what
 * reading the written record back gives (the SELECT the migration filled them with).
 */
function expectSearchRowsAsWritten(sup: Awaited<ReturnType<typeof pair>>['sup'], unitCode: string): void {
  const s = sup.core.session().db.$client;
  const rows = (sql: string) => s.prepare(sql).raw(true).all(unitCode);
  const typed = rows(
    'SELECT register, record_id, record_no, no, name, detail FROM supervision_search WHERE unit_code = ? ORDER BY 1, 2',
  );
  expect(typed.length).toBeGreaterThan(2);
  // Each register read through its layout (record-layout.ts), carriers before persons as ORDER BY 1 has them.
  const read = (register: string, no: string) =>
    rows(
      unitLayoutSql(
        s,
        unitCode,
        `SELECT register, record_id, record_no, ${no}, coalesce(json_extract(data, '$.name'), ''),
          coalesce(json_extract(data, '$.department'), json_extract(data, '$.doc_no'), '')
        FROM imported_records WHERE unit_code = ? AND register = '${register}' ORDER BY 2`,
      ),
    );
  expect(typed).toEqual([
    ...read('carriers', "json_extract(data, '$.carrier_no')"),
    ...read('persons', 'NULL'),
  ]);
}

describe('search rows kept by what an incremental names', () => {
  it('search_rows_follow_incremental: renamed, added and dropped records are found as the unit holds them', async () => {
    const { unit, sup } = await pair();
    const a = await unit.call('carriers:register', received({ name: '关于档案数字化外包的请示' }));
    await unit.call('carriers:register', received({ docNo: '省保办〔2026〕13号' }));
    const liu = await newPerson(unit, { name: '刘洋' });
    await send(unit, sup);
    const u = unit.core.session().db.$client;
    u.prepare('UPDATE carriers SET name = ?, updated_at = ? WHERE id = ?').run(
      '关于整改落实情况的报告',
      '2026-06-15T12:00:00.000Z',
      a.id,
    );
    await unit.call('carriers:register', received({ name: '新收到的密件', docNo: '省保办〔2026〕14号' }));
    u.pragma('foreign_keys = OFF');
    u.prepare('DELETE FROM persons WHERE id = ?').run(liu.id);
    u.pragma('foreign_keys = ON');
    await send(unit, sup, 'incremental');

    expectSearchRowsAsWritten(sup, unit.code);
    const found = async (q: string) => (await sup.call('exchange:search', { q, limit: 10 })).length;
    expect(await found('整改落实')).toBe(1);
    expect(await found('数字化外包')).toBe(0);
    expect(await found('新收到')).toBe(1);
    expect(await found('刘洋')).toBe(0);
  });
});

describe('a full package over the records already held', () => {
  it('full_reimport_writes_changes_only: unchanged records keep their package, the changed and the gone are found as the unit holds them', async () => {
    const { unit, sup } = await pair();
    const a = await unit.call('carriers:register', received({ name: '关于档案数字化外包的请示' }));
    const b = await unit.call('carriers:register', received({ docNo: '省保办〔2026〕13号' }));
    const liu = await newPerson(unit, { name: '刘洋' });
    await send(unit, sup);
    const s = sup.core.session().db.$client;
    const seqOf = (register: string, id: number) =>
      s
        .prepare('SELECT seq FROM imported_records WHERE unit_code = ? AND register = ? AND record_id = ?')
        .pluck()
        .get(unit.code, register, String(id)) as number | undefined;
    const first = seqOf('carriers', b.id);
    expect(first).toBeDefined();

    // At the unit: one carrier renamed, one person gone, one carrier added; then a full package again.
    const u = unit.core.session().db.$client;
    u.prepare('UPDATE carriers SET name = ?, updated_at = ? WHERE id = ?').run(
      '关于整改落实情况的报告',
      '2026-06-15T12:00:00.000Z',
      a.id,
    );
    u.pragma('foreign_keys = OFF');
    u.prepare('DELETE FROM persons WHERE id = ?').run(liu.id);
    u.pragma('foreign_keys = ON');
    const c = await unit.call(
      'carriers:register',
      received({ name: '新收到的密件', docNo: '省保办〔2026〕14号' }),
    );
    await send(unit, sup);

    // The untouched carrier was not rewritten; the renamed and the new one carry the second package.
    const second = seqOf('carriers', c.id);
    expect(second).toBeGreaterThan(first as number);
    expect(seqOf('carriers', b.id)).toBe(first);
    expect(seqOf('carriers', a.id)).toBe(second);
    expect(seqOf('persons', liu.id)).toBeUndefined();
    const { kept, recount } = keptAndRecounted(sup, unit.code);
    expect(kept).toEqual(recount);
    expectSearchRowsAsWritten(sup, unit.code);
    const found = async (q: string) => (await sup.call('exchange:search', { q, limit: 10 })).length;
    expect(await found('整改落实')).toBe(1);
    expect(await found('数字化外包')).toBe(0);
    expect(await found('新收到')).toBe(1);
    expect(await found('刘洋')).toBe(0);
    // The import writes its records without the JSON check (they are JSON.stringify's); it is back on after.
    expect(() =>
      s
        .prepare(
          "INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES (?, 'carriers', 'x', '{', 9)",
        )
        .run(unit.code),
    ).toThrow(/CHECK constraint failed/);
  });
});

/** The unit's imported records as `SELECT <what> ORDER BY 1, 2` gives them at the supervisor. */
function importedRows<T>(sup: Awaited<ReturnType<typeof pair>>['sup'], unitCode: string, what: string): T[] {
  return sup.core.session().db.$client.prepare(`SELECT ${what} ORDER BY 1, 2`).all(unitCode) as T[];
}
