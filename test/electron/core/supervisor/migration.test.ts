// Migrations 0026–0027: a supervisor that imported packages before issue 25 gets its units' data dates, own
// intervals and figures filled in, so the comparison table is right before the next package arrives.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../../db/migrate';
import { openDatabase } from '../../../../db/open';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';
import { gramQuery } from '../../../../electron/core/exchange/supervisor-search';

describe('supervision backfill', () => {
  it('units already reporting keep their data date, own interval and figures; record ids sort naturally', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0026_supervision'));
    const c = db.$client;
    c.prepare(
      `INSERT INTO counterparts (unit_code, name, role, sign_key_id, sign_public_key, enc_key_id, enc_public_key,
       fingerprint, report_interval_days, imported_at, updated_at)
       VALUES ('11110000MB0123456X', '某市档案局', 'subordinate', 's', x'00', 'e', x'00', 'FP', 60, 'x', 'x')`,
    ).run();
    const pkg = c.prepare(
      `INSERT INTO exchange_incoming (unit_code, seq, package_hash, profile, created_at, imported_at, counts, audit_head)
       VALUES ('11110000MB0123456X', ?, ?, ?, ?, 'x', '{}', '{}')`,
    );
    pkg.run(1, 'h1', 'full', '2026-05-01T09:00:00Z');
    pkg.run(2, 'h2', 'annual', '2026-06-01T09:00:00Z');
    const rec = c.prepare(
      `INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES ('11110000MB0123456X', ?, ?, ?, 1)`,
    );
    for (const id of [1, 2, 10]) rec.run('carriers', String(id), JSON.stringify({ id, level: 'secret' }));
    rec.run('annual_report', '2025', JSON.stringify({ year: 2025 }));

    migrateDatabase(db);

    expect(c.prepare('SELECT * FROM supervision_units').get()).toMatchObject({
      report_interval_days: 60,
      last_data_at: '2026-05-01T09:00:00Z',
      last_data_profile: 'full',
      last_annual_year: 2025,
    });
    expect(c.prepare("SELECT key, n FROM supervision_figures WHERE figure = 'carriers_level'").all()).toEqual(
      [{ key: 'secret', n: 3 }],
    );
    expect(
      c
        .prepare("SELECT record_id FROM imported_records WHERE register = 'carriers' ORDER BY record_no")
        .pluck()
        .all(),
    ).toEqual(['1', '2', '10']);
  });

  it('0033–0035: packages imported before the search index are found, and their new figures are filled in', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0033_supervision_search'));
    const c = db.$client;
    c.prepare(
      `INSERT INTO counterparts (unit_code, name, role, sign_key_id, sign_public_key, enc_key_id, enc_public_key,
       fingerprint, report_interval_days, imported_at, updated_at)
       VALUES ('11110000MB0123456X', '某市档案局', 'subordinate', 's', x'00', 'e', x'00', 'FP', 30, 'x', 'x')`,
    ).run();
    const rec = c.prepare(
      `INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES ('11110000MB0123456X', ?, ?, ?, 1)`,
    );
    rec.run(
      'carriers',
      '1',
      JSON.stringify({
        id: 1,
        carrier_no: '收2026-00001',
        name: '关于保密检查的通知',
        doc_no: 'X〔2026〕1号',
      }),
    );
    rec.run('persons', '7', JSON.stringify({ id: 7, name: '王芳', department: '办公室', status: 'in_post' }));
    rec.run(
      'devices',
      '3',
      JSON.stringify({ id: 3, family: 'device', class: 'classified', status: 'in_use' }),
    );
    rec.run('device_movements', '4', JSON.stringify({ id: 4, due_on: '2026-05-01', returned_on: null }));
    rec.run('device_movements', '5', JSON.stringify({ id: 5, due_on: '2026-07-01', returned_on: null }));
    rec.run(
      'annual_report',
      '2025',
      JSON.stringify({ year: 2025, figures: { peopleInPostForTraining: 10, peopleUnderTrainingFloor: 3 } }),
    );

    migrateDatabase(db);

    const search = (q: string) =>
      c
        .prepare(
          `SELECT s.register, s.record_id FROM supervision_search_grams g JOIN supervision_search s ON s.id = g.rowid
           WHERE supervision_search_grams MATCH ?`,
        )
        .raw(true)
        .all(gramQuery(q));
    expect(search('保密检查')).toEqual([['carriers', '1']]);
    expect(search('2026-0000')).toEqual([['carriers', '1']]);
    expect(search('王芳')).toEqual([['persons', '7']]);
    expect(
      c
        .prepare(
          "SELECT figure, key, n, cum FROM supervision_figures WHERE figure <> 'records' ORDER BY 1, 2",
        )
        .all(),
    ).toEqual([
      { figure: 'device_loans_due', key: '2026-05-01', n: 1, cum: 1 },
      { figure: 'device_loans_due', key: '2026-07-01', n: 1, cum: 2 },
      { figure: 'devices_live', key: 'device/classified', n: 1, cum: 1 },
      { figure: 'training_in_post', key: '2025', n: 10, cum: 10 },
      { figure: 'training_under_floor', key: '2025', n: 3, cum: 3 },
    ]);
  });
});
