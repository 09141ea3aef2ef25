// The demo's 保密津贴 statements are the service's own: twelve months of the persons seeded, the past final and this
// month a draft that allowance:create regenerates to the same amounts; the register lists them with the people each
// pays; and the day walk behind every line keeps its edges (posted, left, a clearance change inside the month).
import { describe, expect, it } from 'vitest';
import type { Clearance } from '../../../../db/domain/vocab';
import { seedAllowance } from '../../../../electron/core/allowance/demo';
import { allowanceSegments } from '../../../../electron/core/allowance/allowance.service';
import { seedLeaving } from '../../../../electron/core/leaving/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { registerCounts } from '../../../../electron/core/stats/stats.service';
import { openDesk } from '../persons/helpers';

const TODAY = '2026-06-15';
const RATES = { core: 600, important: 450, general: 300 };

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

async function allowanceDemo(scale: 'small' | 'large') {
  const desk = await openDesk(TODAY);
  const db = desk.core.session().db;
  seedPersons(db, 'small', rngFrom(20261124), desk.clock.now());
  seedLeaving(db, rngFrom(20261208), TODAY, desk.core.now());
  const { account } = desk.core.session();
  const seeded = seedAllowance(db, scale, rngFrom(20261210), TODAY, desk.core.now(), account.id);
  return { desk, db, seeded };
}

describe('demo allowance', () => {
  it('twelve months for the whole unit, the past final, this month a draft the service rebuilds alike', async () => {
    const { desk, db, seeded } = await allowanceDemo('small');
    expect(seeded.statements).toBe(12);
    expect(registerCounts(db).allowance).toBe(12);
    const page = await desk.call('allowance:list', {});
    expect(page.total).toBe(12);
    expect(page.rows.map((s) => s.period)).toEqual([
      ...['2026-06', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01'],
      ...['2025-12', '2025-11', '2025-10', '2025-09', '2025-08', '2025-07'],
    ]);
    expect(page.rows.map((s) => s.status)).toEqual(['draft', ...Array(11).fill('final')]);
    expect(page.rows.every((s) => s.department === null)).toBe(true);
    for (const row of page.rows) {
      const s = await desk.call('allowance:get', { id: row.id });
      // The register's 人数 is the statement's lines; its totals are theirs.
      expect(row.people, s.period).toBe(s.lines.length);
      expect(s.lines.length).toBeGreaterThan(40);
      expect(s.totalDue).toBe(s.lines.reduce((a, l) => a + l.due, 0));
      expect(s.totalPaid).toBe(s.totalDue - s.totalDeducted);
      for (const l of s.lines)
        expect(l.deducted <= l.due && l.deducted > 0 === !!l.deductionReason).toBe(true);
      expect(s.createdAt <= `${TODAY}T23:59:59`).toBe(true);
    }
    // Some deductions, as a clerk makes them.
    const docked = db.$client
      .prepare('SELECT count(*) FROM allowance_lines WHERE deducted > 0')
      .pluck()
      .get();
    expect(docked).toBeGreaterThan(0);

    // This month's draft again through allowance:create, with its deductions: the same lines and totals.
    const draft = await desk.call('allowance:get', { id: page.rows[0]?.id ?? 0 });
    const deductions = draft.lines
      .filter((l) => l.deducted > 0)
      .map((l) => ({ personId: l.personId, amount: l.deducted / 100, reason: l.deductionReason ?? '' }));
    const again = await desk.call('allowance:create', { period: '2026-06', deductions });
    expect(again.id).toBe(draft.id);
    expect(again.lines).toEqual(draft.lines);
    expect([again.totalDue, again.totalPaid]).toEqual([draft.totalDue, draft.totalPaid]);
    // A final month is never rebuilt.
    expect((await desk.refused('allowance:create', { period: '2026-05' })).rule).toBe(
      'allowance_final_unchanged',
    );
  });

  it('a large unit has a statement per department and month, paged with the people each pays', async () => {
    const { desk, db, seeded } = await allowanceDemo('large');
    const departments = db.$client.prepare('SELECT count(*) FROM departments').pluck().get() as number;
    expect(seeded.statements).toBe(12 * departments);
    const page = await desk.call('allowance:list', { pageSize: 50 });
    expect([page.total, page.rows.length]).toEqual([12 * departments, 50]);
    const lines = db.$client.prepare('SELECT count(*) FROM allowance_lines WHERE statement_id = ?').pluck();
    for (const s of page.rows) expect(s.people, `${s.period} ${s.department}`).toBe(lines.get(s.id));
    expect(new Set(page.rows.map((s) => s.department)).size).toBe(departments);
  });

  it('the day walk pays from the posting to the day before the leaving, at the clearance of each day', () => {
    const general: { on: string; to: Clearance }[] = [{ on: '2020-01-01', to: 'general' }];
    const days = (p: { postedOn: string | null; leftOn: string | null }, t = general) =>
      allowanceSegments(p, t, '2026-02', RATES).map((s) => [s.from, s.to, s.clearance, s.days, s.amount]);
    expect(days({ postedOn: '2020-01-01', leftOn: null })).toEqual([
      ['2026-02-01', '2026-02-28', 'general', 28, 30000],
    ]);
    expect(days({ postedOn: '2026-02-15', leftOn: null })).toEqual([
      ['2026-02-15', '2026-02-28', 'general', 14, 15000],
    ]);
    expect(days({ postedOn: '2020-01-01', leftOn: '2026-02-08' })).toEqual([
      ['2026-02-01', '2026-02-07', 'general', 7, 7500],
    ]);
    // Left on the first: nothing that month; left after it: the whole month; posted after it: nothing.
    expect(days({ postedOn: '2020-01-01', leftOn: '2026-02-01' })).toEqual([]);
    expect(days({ postedOn: '2020-01-01', leftOn: '2026-03-02' })).toHaveLength(1);
    expect(days({ postedOn: '2026-03-01', leftOn: null })).toEqual([]);
    // The day a new clearance is approved pays the new rate.
    const raised: typeof general = [...general, { on: '2026-02-10', to: 'important' }];
    expect(days({ postedOn: '2020-01-01', leftOn: null }, raised)).toEqual([
      ['2026-02-01', '2026-02-09', 'general', 9, 9643],
      ['2026-02-10', '2026-02-28', 'important', 19, 30536],
    ]);
  });
});
