// Migrations 0026–0027: a supervisor that imported packages before issue 25 gets its units' data dates, own
// intervals and figures filled in, so the comparison table is right before the next package arrives.
import { randomBytes } from 'node:crypto';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder, readJournal } from '../../../../db/migrate';
import { openDatabase } from '../../../../db/open';
import { tempDir } from '../../../helpers/temp';

function foldersBefore(tag: string): string {
  const dir = join(tempDir(), 'migrations');
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journal = readJournal(dir);
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }),
  );
  return dir;
}

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
});
