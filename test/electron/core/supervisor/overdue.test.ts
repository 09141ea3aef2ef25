// Finding 5 of issue 25: "overdue" counts from the day a package's data was true (the unit's createdAt), not the
// day the supervisor imported it; an annual package does not reset the registers' clock and has its own due
// date (1 月 31 日 of the following year by default); the interval is set per unit or by default.
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, pair, SUPERVISOR } from '../exchange/helpers';

describe('reporting clock at the supervisor', () => {
  it('a package made long ago and imported today leaves the unit overdue; an annual package does not reset it', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    unit.clock.set('2026-06-01');
    const full = await exportTo(unit, SUPERVISOR.unitCode, 'full');
    sup.clock.set('2026-07-10');
    await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    const [u] = await sup.call('exchange:units', {});
    expect(u).toMatchObject({ overdue: true, daysSinceLast: 39 });

    unit.clock.set('2026-07-10');
    const annual = await exportTo(unit, SUPERVISOR.unitCode, 'annual');
    await sup.call('exchange:import', { path: annual.path, receiptOutPath: sup.dir });
    const [row] = await sup.call('exchange:comparison', {});
    expect(row).toMatchObject({ reportState: 'overdue', lastDataAt: expect.stringMatching(/^2026-06-01/) });
    expect(row?.lastAnnualYear).toBe(2026);
  });

  it('the interval is the unit’s own or the default; the 年度报告 is due on 1 月 31 日 of the next year unless changed', async () => {
    const { unit, sup } = await pair();
    const full = await exportTo(unit, SUPERVISOR.unitCode, 'full');
    await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    sup.clock.set('2026-07-10');
    expect((await sup.call('exchange:comparison', {}))[0]).toMatchObject({
      reportState: 'due_soon',
      intervalDays: 30,
      ownInterval: false,
    });
    await sup.call('exchange:setDefaults', { reportIntervalDays: 20 });
    expect((await sup.call('exchange:comparison', {}))[0]?.reportState).toBe('overdue');
    const own = await sup.call('exchange:unitInterval', { unitCode: unit.code, days: 90 });
    expect(own).toMatchObject({ reportState: 'on_time', intervalDays: 90, ownInterval: true });

    sup.clock.set('2027-01-20');
    expect((await sup.call('exchange:comparison', {}))[0]?.annualState).toBe('due_soon');
    sup.clock.set('2027-02-01');
    expect((await sup.call('exchange:comparison', {}))[0]?.annualState).toBe('overdue');
    await sup.call('exchange:setDefaults', { annualDue: '03-31' });
    expect((await sup.call('exchange:comparison', {}))[0]?.annualState).toBe('not_due');
    expect(await sup.call('exchange:defaults', {})).toEqual({
      reportIntervalDays: 20,
      annualDue: '03-31',
      dueSoonDays: 7,
      overdueLoanAlert: 5,
    });
  });
});
