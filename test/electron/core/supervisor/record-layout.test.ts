// Imported records kept as their lines under the unit's layout of the register (record-layout.ts, migration 0059):
// a supervisor of the previous version keeps every record and every figure, its replaced chains' history too; a
// package with other columns puts the records it does not rewrite in its order; a figure's fields are placed by
// the layout, or NULL where the unit's register lacks the column.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import {
  adoptLayout,
  layoutOf,
  layoutSql,
  recordObject,
} from '../../../../electron/core/exchange/record-layout';
import { refreshUnitFigures } from '../../../../electron/core/exchange/supervisor-figures';
import { unitRecordsPage } from '../../../../electron/core/exchange/supervisor-history';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';
import { heldRecords } from './held-records';

const UNIT = '11110000MB0123456X';

const CARRIERS = [
  { id: 1, level: 'secret', status: 'in_store', name: '关于"保密"的\\通知', detail: { b: 2, a: [1, null] } },
  { id: 2, level: 'top_secret', status: null, name: '中文', flag: true },
  { id: 10, level: 'secret', status: 'on_loan', name: 'x', extra: 1.5 },
];

function oldSupervisor() {
  const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
  migrateDatabase(db, foldersBefore('0059_record_layouts'));
  const c = db.$client;
  const rec = c.prepare(
    'INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES (?, ?, ?, ?, 1)',
  );
  for (const r of CARRIERS) rec.run(UNIT, 'carriers', String(r.id), JSON.stringify(r));
  rec.run(
    UNIT,
    'annual_report',
    '2025',
    JSON.stringify({ year: 2025, figures: { peopleInPostForTraining: 7 } }),
  );
  c.prepare(
    `INSERT INTO supervision_replaced_records (unit_code, chain, register, record_id, data, seq)
     VALUES (?, 1, 'carriers', '5', ?, 3)`,
  ).run(UNIT, JSON.stringify({ id: 5, name: '旧链的载体', level: 'confidential' }));
  return db;
}

/** A record as the old object was, every column of its register's layout present (null where it had none). */
const asHeld = (o: Record<string, unknown>, columns: string[]) =>
  Object.fromEntries(columns.map((k) => [k, k in o ? o[k] : null]));

describe('record layouts', () => {
  it('migration 0059 record_layouts: every record, figure and replaced record reads as it did', () => {
    const db = oldSupervisor();
    const c = db.$client;
    migrateDatabase(db, migrationsFolder());
    const columns = layoutOf(c, UNIT, 'carriers') as string[];
    expect(columns).toEqual(['detail', 'extra', 'flag', 'id', 'level', 'name', 'status']);
    expect(c.prepare("SELECT data FROM imported_records WHERE record_id = '2'").pluck().get()).toBe(
      '[null,null,true,2,"top_secret","中文",null]',
    );
    const held = heldRecords(c).filter((r) => r.register === 'carriers');
    expect(held.map((r) => r.data)).toEqual(CARRIERS.map((o) => asHeld(o, columns)));
    expect(heldRecords(c).find((r) => r.register === 'annual_report')?.data).toEqual({
      figures: { peopleInPostForTraining: 7 },
      year: 2025,
    });
    refreshUnitFigures(c, UNIT);
    const figure = (f: string) =>
      c.prepare('SELECT key, n FROM supervision_figures WHERE figure = ? ORDER BY key').raw(true).all(f);
    expect(figure('carriers_level')).toEqual([
      ['secret', 2],
      ['top_secret', 1],
    ]);
    expect(figure('training_in_post')).toEqual([['2025', 7]]);
    const replaced = unitRecordsPage(db, {
      unitCode: UNIT,
      register: 'carriers',
      chain: 1,
      page: 1,
      pageSize: 10,
    });
    expect(replaced.rows.map((r) => r.data)).toEqual([{ id: 5, level: 'confidential', name: '旧链的载体' }]);
    closeDatabase(db);
  });

  it('layout_change_keeps_records: records held in another order are put in the new columns', () => {
    const db = oldSupervisor();
    const c = db.$client;
    migrateDatabase(db, migrationsFolder());
    const before = heldRecords(c);
    // The unit's app now sends carriers with `level` first, a new column, and without `extra`.
    const next = ['level', 'id', 'name', 'status', 'detail', 'flag', 'added'];
    c.transaction(() => adoptLayout(c, UNIT, 'carriers', next))();
    expect(layoutOf(c, UNIT, 'carriers')).toEqual(next);
    const after = heldRecords(c);
    for (const r of after.filter((x) => x.register === 'carriers')) {
      const was = before.find((b) => b.register === 'carriers' && b.id === r.id)?.data ?? {};
      expect(Object.keys(r.data)).toEqual(next);
      expect(r.data).toEqual({ ...asHeld(was, next), added: null });
    }
    // The annual report's layout is another register's: untouched.
    expect(after.find((r) => r.register === 'annual_report')).toEqual(
      before.find((r) => r.register === 'annual_report'),
    );
    // A column held twice gives its last place; a line shorter than its layout, null.
    c.prepare('INSERT INTO imported_layouts VALUES (?, \'x\', \'["a","b","a"]\')').run(UNIT);
    const put = c.prepare(`INSERT INTO imported_records (unit_code, register, record_id, data, seq)
      VALUES (?, 'x', ?, ?, 1)`);
    put.run(UNIT, '1', '[1,2,3]');
    put.run(UNIT, '2', '[4]');
    c.transaction(() => adoptLayout(c, UNIT, 'x', ['b', 'a', 'c']))();
    expect(
      c.prepare("SELECT data FROM imported_records WHERE register = 'x' ORDER BY record_id").pluck().all(),
    ).toEqual(['[2,3,null]', '[null,null,null]']);
    closeDatabase(db);
  });

  it('layout_sql_places_fields: a field is its place in the line, or NULL where the layout lacks it', () => {
    const sql = `SELECT json_extract(data, '$.level'), json_extract(data, '$.figures.inPost') FROM imported_records
      WHERE register = 'x' AND json_extract(data, '$.gone') IS NULL`;
    expect(layoutSql(sql, ['figures', 'id', 'level'])).toBe(
      `SELECT json_extract(data, '$[2]'), json_extract(data, '$[0].inPost') FROM imported_records
      WHERE register = 'x' AND NULL IS NULL`,
    );
    expect(layoutSql(sql, undefined)).toContain('SELECT NULL, NULL FROM');
    // A column named twice: its last place, as an object made from the row keeps the last value.
    expect(layoutSql("json_extract(data, '$.a')", ['a', 'b', 'a'])).toBe("json_extract(data, '$[2]')");
    expect(recordObject(['a', 'b', 'a'], '[1,2,3]')).toEqual({ a: 3, b: 2 });
    expect(recordObject(['a', 'b'], '[1]')).toEqual({ a: 1, b: null });
  });
});
