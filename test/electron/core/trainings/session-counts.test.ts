// Migration 0048 and the sessions register's counts: each session's 出席 and 缺席 are read from
// training_attendance_session_status_idx alone, and they are what its attendance lines say.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../../db/migrate';
import { closeDatabase, openDatabase } from '../../../../db/open';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { seedTrainings } from '../../../../electron/core/trainings/demo';
import { listSessions } from '../../../../electron/core/trainings/views';
import { SessionListInput } from '../../../../electron/ipc/schemas/trainings';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { foldersBefore } from '../../../helpers/migrations';
import { setUpCore, tempDir } from '../../../helpers/temp';

/** A unit of `people` persons with the demo's year of sessions and their attendance. */
async function withSessions(people: number) {
  const { core } = await setUpCore();
  const db = core.session().db;
  const now = new Date('2026-06-15T12:00:00');
  seedPersons(db, people, seededRng(3), now);
  seedTrainings(db, seededRng(5), now);
  return db;
}

describe('the sessions register counts attendance from an index', () => {
  it('migration 0048 adds the (session, status) index', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0048_attendance_session_status'));
    const names = () =>
      (db.$client.prepare('PRAGMA index_list(training_attendance)').all() as { name: string }[]).map(
        (r) => r.name,
      );
    expect(names()).not.toContain('training_attendance_session_status_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names()).toContain('training_attendance_session_status_idx');
    closeDatabase(db);
  });

  it('each session of the page shows as present every line but the absent ones, counted from the index', async () => {
    const db = await withSessions(80);
    const page = listSessions(db, SessionListInput.parse({ pageSize: 100 }));
    expect(page.rows.length).toBeGreaterThan(0);
    const tally = db.$client.prepare(
      `SELECT sum(status <> 'absent') present, sum(status = 'absent') absent FROM training_attendance
       WHERE session_id = ?`,
    );
    let seen = 0;
    for (const r of page.rows) {
      const t = tally.get(r.id) as { present: number | null; absent: number | null };
      expect([r.present, r.absent]).toEqual([t.present ?? 0, t.absent ?? 0]);
      seen += r.present + r.absent;
    }
    expect(seen).toBeGreaterThan(0);
    const plan = (
      db.$client
        .prepare(
          `EXPLAIN QUERY PLAN SELECT (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id),
           (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id AND a.status = 'absent')
           FROM training_sessions s`,
        )
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(
      /COVERING INDEX training_attendance_session_status_idx \(session_id=\? AND status=\?\)/,
    );
    expect(plan.join(' | ')).toMatch(
      /COVERING INDEX training_attendance_session_(status_)?idx \(session_id=\?\)/,
    );
  });

  it('the counts kept between views follow every change of the attendance', async () => {
    const db = await withSessions(40);
    const rowOf = (id: number) =>
      listSessions(db, SessionListInput.parse({ pageSize: 100 })).rows.find((r) => r.id === id);
    const line = db.$client
      .prepare(`SELECT id, session_id sessionId FROM training_attendance WHERE status <> 'absent' LIMIT 1`)
      .get() as { id: number; sessionId: number };
    const before = rowOf(line.sessionId) ?? { present: -1, absent: -1 };
    // Asked again with nothing written: the same answer.
    expect(rowOf(line.sessionId)).toEqual(before);
    db.$client.prepare(`UPDATE training_attendance SET status = 'absent' WHERE id = ?`).run(line.id);
    expect(rowOf(line.sessionId)).toMatchObject({ present: before.present - 1, absent: before.absent + 1 });
    db.$client.prepare('DELETE FROM training_attendance WHERE id = ?').run(line.id);
    expect(rowOf(line.sessionId)).toMatchObject({ present: before.present - 1, absent: before.absent });
    // All sessions' counts in one pass over the (session, status) index, no table read.
    const plan = db.$client
      .prepare(
        `EXPLAIN QUERY PLAN SELECT session_id, count(*), count(*) FILTER (WHERE status = 'absent')
         FROM training_attendance GROUP BY session_id`,
      )
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' | ')).toMatch(
      /COVERING INDEX training_attendance_session_status_idx/,
    );
  });
});
