// The findings board's queries keep their indexes: by state, by department, by deadline.
import type { SQLWrapper } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/open';
import { seedInspections } from '../../../../electron/core/inspections';
import { findingPageQuery } from '../../../../electron/core/inspections/findings-views';
import { seedPersons } from '../../../../electron/core/persons';
import { FindingListInput } from '../../../../electron/ipc/schemas/inspections';
import { setUpCore } from '../../../helpers/temp';

let db: Db;
beforeAll(async () => {
  const { core } = await setUpCore();
  db = core.session().db;
  let seed = 9;
  const rng = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const now = new Date('2026-06-15T12:00:00');
  seedPersons(db, 'large', rng, now);
  expect(seedInspections(db, 'large', rng, now).findings).toBeGreaterThan(100);
  db.$client.exec('ANALYZE');
});

function plan(q: { toSQL(): { sql: string; params: unknown[] } } & SQLWrapper): string {
  const { sql, params } = q.toSQL();
  return (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');
}

const board = (input: Record<string, unknown>) =>
  plan(findingPageQuery(db, FindingListInput.parse({ page: 1, pageSize: 200, ...input }), '2026-06-15'));

describe('findings board query plans', () => {
  it('each column of the board reads its state from an index, not the whole table', () => {
    for (const state of ['pending', 'overdue', 'closed']) {
      const p = board({ state });
      expect(p, state).toMatch(/USING (COVERING )?INDEX findings_(status|deadline)_idx/);
      expect(p, state).not.toMatch(/SCAN findings(?! USING)/);
    }
  });

  it('the department filter uses the department index', () => {
    expect(board({ departmentId: 1, openOnly: true })).toMatch(/INDEX findings_department_idx/);
  });
});
