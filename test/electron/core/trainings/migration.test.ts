// Migrations 0019–0020: the persons register's per-person training records become attendance of sessions, none
// lost, and the old table goes only after every row has moved.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { foldersBefore } from '../../../helpers/migrations';
import { tempDir } from '../../../helpers/temp';

describe('person_trainings → sessions and attendance', () => {
  it('every training record becomes one attendance; records of one sitting share one session', () => {
    const path = join(tempDir(), 'old.db');
    const db = openDatabase(path, new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0019_trainings_from_person_trainings'));
    const c = db.$client;
    c.exec(`INSERT INTO departments (id, name, created_at) VALUES (1, '办公室', 'x'), (2, '机要科', 'x')`);
    const person = c.prepare(
      `INSERT INTO persons (name, gender, id_number, department_id, status, proposed_on, created_at, updated_at)
       VALUES (?, 'male', ?, ?, 'in_post', '2025-01-01', 'x', 'x')`,
    );
    for (let i = 1; i <= 5; i++) person.run(`人员${i}`, `11010119850315${String(100 + i)}X`, (i % 2) + 1);
    const train = c.prepare(
      `INSERT INTO person_trainings (person_id, kind, trained_on, hours, content, recorder, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // One 岗前培训 sitting of three people, a yearly training of two, one person trained alone, and the same
    // person recorded twice for one sitting (kept: nothing is lost, even a duplicate).
    for (const p of [1, 2, 3])
      train.run(p, 'pre_post', '2025-03-02', 4, '保密法规、单位制度', '王丽', '2025-03-02T09:00');
    for (const p of [4, 5]) train.run(p, 'annual', '2025-06-10', 2, '年度保密形势', null, '2025-06-10T09:00');
    train.run(1, 'other', '2025-09-01', 1.5, '涉外活动前教育', null, '2025-09-01T09:00');
    train.run(4, 'annual', '2025-06-10', 2, '年度保密形势', null, '2025-06-11T09:00');
    const before = c.prepare('SELECT count(*) FROM person_trainings').pluck().get() as number;
    const hoursBefore = c.prepare('SELECT sum(hours) FROM person_trainings').pluck().get() as number;
    expect(before).toBe(7);

    migrateDatabase(db);

    expect(c.prepare('SELECT count(*) FROM training_attendance').pluck().get()).toBe(before);
    expect(c.prepare('SELECT sum(hours) FROM training_attendance').pluck().get()).toBe(hoursBefore);
    expect(c.prepare("SELECT count(*) FROM training_attendance WHERE status = 'present'").pluck().get()).toBe(
      7,
    );
    const sessions = c
      .prepare('SELECT purpose, held_on, status, year, topic FROM training_sessions ORDER BY id')
      .all();
    expect(sessions).toEqual([
      { purpose: 'pre_post', held_on: '2025-03-02', status: 'held', year: 2025, topic: '岗前保密教育培训' },
      { purpose: 'annual', held_on: '2025-06-10', status: 'held', year: 2025, topic: '年度保密培训' },
      { purpose: 'other', held_on: '2025-09-01', status: 'held', year: 2025, topic: '保密教育培训' },
    ]);
    // Each person keeps exactly the trainings they had.
    const perPerson = c
      .prepare(
        'SELECT person_id AS p, count(*) AS n FROM training_attendance GROUP BY person_id ORDER BY person_id',
      )
      .all();
    expect(perPerson).toEqual([
      { p: 1, n: 2 },
      { p: 2, n: 1 },
      { p: 3, n: 1 },
      { p: 4, n: 2 },
      { p: 5, n: 1 },
    ]);
    expect(
      c.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'person_trainings'").pluck().get(),
    ).toBe(0);
    closeDatabase(db);
  });
});
