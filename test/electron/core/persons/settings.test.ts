// Issue 19 point 3: the 脱密期 a unit sets by clearance is whole years, from one year to the top of the
// published range, never shorter for a higher clearance; a bad setting is refused on its field, not later.
import { describe, expect, it } from 'vitest';
import { approval, leavingReady, openDesk, postedPerson } from './helpers';

const years = (core: number, important: number, general: number) => ({
  separationYears: { core, important, general },
});

describe('personnel settings', () => {
  it('separation_years_in_bounds: 2.3, 0 or beyond the range is refused on its field, and 核心 leaving still works', async () => {
    const desk = await openDesk();
    for (const [bad, path] of [
      [years(2.3, 2, 1), 'separationYears.core'],
      [years(3, 2, 0), 'separationYears.general'],
      [years(6, 2, 1), 'separationYears.core'],
      [years(3, 2, 3), 'separationYears.general'],
    ] as const) {
      const e = await desk.refused('persons:updateSettings', bad);
      expect(e, path).toMatchObject({ code: 'RULE', rule: 'separation_years_in_bounds' });
      expect(e.fields?.[0]?.path).toBe(path);
    }
    expect((await desk.call('persons:settings', {})).separationYears).toEqual({
      core: 3,
      important: 2,
      general: 1,
    });
    // The refused 2.3 never reached the leaving: a 核心 leaving is approved with the 3 years still set.
    const p = await postedPerson(desk, { level: 'top_secret', name: '朱一' });
    const l = await leavingReady(desk, p.id);
    const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
    expect(v).toMatchObject({ separationYears: 3, separationEndsOn: '2029-06-10' });
    // The top of each range is accepted.
    expect((await desk.call('persons:updateSettings', years(5, 3, 2))).separationYears).toEqual({
      core: 5,
      important: 3,
      general: 2,
    });
    // 复审 intervals are whole months too (schema): 0 or 1.5 months is a field error.
    for (const m of [0, 1.5]) {
      const e = await desk.refused('persons:updateSettings', {
        revettingMonths: { core: m, important: 36, general: 60 },
      });
      expect(e.code).toBe('VALIDATION');
    }
  });

  it('separation_years_ordered: 核心 ≥ 重要 ≥ 一般, equal lengths allowed', async () => {
    const desk = await openDesk();
    for (const [bad, path] of [
      [years(2, 3, 1), 'separationYears.important'],
      [years(3, 1, 2), 'separationYears.general'],
    ] as const) {
      const e = await desk.refused('persons:updateSettings', bad);
      expect(e, path).toMatchObject({ code: 'RULE', rule: 'separation_years_ordered' });
      expect(e.fields?.[0]?.path).toBe(path);
    }
    for (const good of [years(3, 3, 2), years(2, 2, 2)]) {
      expect((await desk.call('persons:updateSettings', good)).separationYears).toEqual(good.separationYears);
    }
  });
});
