// The persons register's hot queries keep their indexes (TOOLCHAIN.md trap 5: two-character names take the
// LIKE path over the narrow name index, never the table).
import type { SQLWrapper } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/open';
import { seedPersons } from '../../../../electron/core/persons';
import { personPageQuery, termQuery } from '../../../../electron/core/persons/register-query';
import { lettersDueQuery } from '../../../../electron/core/persons/reminders';
import { PersonListInput } from '../../../../electron/ipc/schemas/persons';
import { setUpCore } from '../../../helpers/temp';

let db: Db;
beforeAll(async () => {
  const { core } = await setUpCore();
  db = core.session().db;
  let seed = 5;
  const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  // The seeding's own CPU time, not the wall clock: a loaded CI machine stretches the latter (4.6–8.8 s at
  // load 12 for some 1.2 s of work, with each clearance's 密级审定 and its four approvals).
  const t = process.cpuUsage();
  const r = seedPersons(db, 'large', rng, new Date('2026-06-15T12:00:00'));
  const cpu = process.cpuUsage(t);
  expect((cpu.user + cpu.system) / 1000).toBeLessThan(5000);
  expect(r.persons).toBeGreaterThan(4900);
});

function plan(q: { toSQL(): { sql: string; params: unknown[] } } & SQLWrapper): string[] {
  const { sql, params } = q.toSQL();
  return (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

const page = (input: Record<string, unknown>) =>
  plan(
    personPageQuery(db, PersonListInput.parse({ page: 1, pageSize: 50, ...input }), null, '2026-06-15', 30),
  );

describe('persons register query plans', () => {
  it('a two-character name scans the narrow name index with LIKE, not the table, and finds the person', () => {
    // Any narrow index that holds the name covers the LIKE; SQLite picks the smallest.
    const p = plan(termQuery(db, '王丽'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^SCAN persons USING COVERING INDEX persons_(name|clearance|status|department)_idx$/,
    );
    expect(termQuery(db, '王丽').all().length).toBeGreaterThan(0);
  });

  it('an ID number searches the unique index by its beginning', () => {
    expect(plan(termQuery(db, '110101'))[0]).toBe(
      'SEARCH persons USING COVERING INDEX persons_id_number_uq (id_number>? AND id_number<?)',
    );
  });

  it('the default page walks the name index in order; filters read their own indexes', () => {
    expect(page({})).toContain('SCAN persons USING INDEX persons_name_idx');
    expect(page({ filters: { departmentId: 2 }, sort: { field: 'department' } })).toContain(
      'SEARCH persons USING INDEX persons_department_idx (department_id=?)',
    );
    expect(page({ filters: { due: 'in_separation' }, sort: { field: 'clearedOn' } }).join('\n')).toMatch(
      /persons_(separation|cleared)_idx/,
    );
    expect(page({ filters: { status: 'in_post' }, sort: { field: 'department' } }).join('\n')).toMatch(
      /SEARCH persons USING INDEX persons_status_department_idx \(status=\?\)/,
    );
    for (const p of [
      page({}),
      page({ sort: { field: 'clearance', order: 'desc' } }),
      page({ filters: { status: 'in_post' }, sort: { field: 'department' } }),
    ]) {
      expect(p.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('the home page counts the unsigned 保密责任书 of the year with its letters read once, not per person', () => {
    const q = lettersDueQuery(db, 2026);
    const p = plan(q).join('\n');
    expect(p).not.toMatch(/CORRELATED/);
    expect(p).toMatch(/LIST SUBQUERY/);
    // The same answer as asking person by person.
    const perPerson = db.$client
      .prepare(
        `SELECT count(*) FROM persons p WHERE p.status = 'in_post' AND NOT EXISTS (SELECT 1 FROM pledges l
         WHERE l.person_id = p.id AND l.kind = 'responsibility_letter' AND l.year = 2026)`,
      )
      .pluck()
      .get() as number;
    const signed = db.$client
      .prepare(`SELECT count(*) FROM pledges WHERE kind = 'responsibility_letter' AND year = 2026`)
      .pluck()
      .get() as number;
    expect(signed).toBeGreaterThan(0);
    expect(perPerson).toBeGreaterThan(0);
    expect(q.get()?.n).toBe(perPerson);
  });
});
