// Migration 0057: a database of the previous version gains each statement's count of people, counted from the
// lines it already holds, so the register shows the same 人数 before and after (a statement of no lines: 0).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { listStatements } from '../../../../electron/core/allowance/allowance.service';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { AllowanceListInput } from '../../../../electron/ipc/schemas/allowance';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('migration 0057 allowance_people', () => {
  it('counts the people of every statement from its lines', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0057_allowance_people'));
    seedPersons(db, 'small', seededRng(20261124), new Date('2026-06-15T12:00:00'));
    const c = db.$client;
    const people = c.prepare('SELECT id, name FROM persons ORDER BY id LIMIT 3').all() as {
      id: number;
      name: string;
    }[];
    const statement = c.prepare(
      `INSERT INTO allowance_statements (period, department_id, status, rates, total_due, total_deducted, total_paid,
         created_at) VALUES (?, NULL, 'final', '{}', 0, 0, 0, '2026-06-15T04:00:00.000Z')`,
    );
    const full = Number(statement.run('2026-05').lastInsertRowid);
    statement.run('2026-04');
    for (const p of people)
      c.prepare(
        `INSERT INTO allowance_lines (statement_id, person_id, name, department, clearance, segments, due, deducted,
           paid) VALUES (?, ?, ?, '办公室', 'general', '[]', 30000, 0, 30000)`,
      ).run(full, p.id, p.name);

    migrateDatabase(db, migrationsFolder());
    const rows = listStatements(db, AllowanceListInput.parse({})).rows;
    expect(rows.map((r) => [r.period, r.people])).toEqual([
      ['2026-05', 3],
      ['2026-04', 0],
    ]);
    closeDatabase(db);
  });
});
