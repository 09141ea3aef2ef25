// Findings 4 and 6 of issue 25: the comparison table carries, per unit, what the core computes (carriers by
// level, loans overdue, …), and the figures are kept at import — reading them scans no unit's JSON.
import { describe, expect, it } from 'vitest';
import { lendCopy12, received } from '../carriers/helpers';
import { exportTo, pair, SUPERVISOR } from '../exchange/helpers';

describe('figures at the supervisor', () => {
  it('one row per unit with its carriers by level and loans overdue; a register not reported reads null', async () => {
    const { unit, sup } = await pair();
    const c = await unit.call('carriers:register', received());
    await unit.call('carriers:register', received({ level: 'confidential', docNo: '省保办〔2026〕13号' }));
    await unit.call('carriers:borrow', {
      ...lendCopy12(c.id),
      exception: { reason: '起草整改方案，经局长同意' },
    });
    const full = await exportTo(unit, SUPERVISOR.unitCode, 'full');
    await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    sup.clock.set('2026-07-02');
    const [row] = await sup.call('exchange:comparison', {});
    expect(row).toMatchObject({
      unitCode: unit.code,
      carriers: 2,
      carriersByLevel: { secret: 1, confidential: 1 },
      overdueLoans: 1,
      peopleByClearance: {},
      incidentsThisYear: null,
    });
    expect(row?.registers).toContain('carriers');
  });

  it('the figures are read from what the import kept, not from the records’ JSON', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const full = await exportTo(unit, SUPERVISOR.unitCode, 'full');
    await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    const before = await sup.call('exchange:figures', {});
    expect(before.carriersByLevel).toEqual({ secret: 1 });
    // Were the figures a scan of the JSON, blanking it would change them.
    sup.core.session().db.$client.prepare(`UPDATE imported_records SET data = '{}'`).run();
    expect(await sup.call('exchange:figures', {})).toEqual(before);
  });
});
