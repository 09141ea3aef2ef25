// A registered unit that has never sent a package owes its first one an interval after it was registered: until
// then it is 待首次报送 and no alert; from the day after it is overdue (从未报送) like a unit whose data is too old —
// in the home alerts, in the comparison table's state and count, in the 汇总表's list of units not reported and
// in the consolidated figures.
import { describe, expect, it } from 'vitest';
import { pair, type Site } from '../exchange/helpers';

async function seen(sup: Site, unitCode: string) {
  const [row] = await sup.call('exchange:comparison', {});
  const alert = (await sup.call('reminders:list', {})).find((r) => r.id === `supervisor_overdue_${unitCode}`);
  const report = await sup.call('exchange:report', {});
  const figures = await sup.call('exchange:figures', {});
  const [unit] = await sup.call('exchange:units', {});
  return {
    state: row?.reportState,
    alert: alert?.title ?? null,
    notReported: report.notReported.map((u) => u.unitCode),
    unitsOverdue: figures.unitsOverdue,
    overdue: unit?.overdue,
  };
}

describe('a unit that never reported', () => {
  it('never_reported_overdue: past its interval from registration it is overdue (从未报送) everywhere, not before', async () => {
    // The supervisor registered the unit's key on 2026-06-15; the default interval is 30 days.
    const { unit, sup } = await pair();
    sup.clock.set('2026-07-15');
    expect(await seen(sup, unit.code)).toEqual({
      state: 'awaiting_first',
      alert: null,
      notReported: [],
      unitsOverdue: 0,
      overdue: false,
    });
    sup.clock.set('2026-07-16');
    expect(await seen(sup, unit.code)).toEqual({
      state: 'never',
      alert: '某市档案局逾期未报送（从未报送）',
      notReported: [unit.code],
      unitsOverdue: 1,
      overdue: true,
    });
    // The unit's own interval counts the same way from its registration.
    await sup.call('exchange:unitInterval', { unitCode: unit.code, days: 60 });
    expect((await seen(sup, unit.code)).state).toBe('awaiting_first');
  });
});
