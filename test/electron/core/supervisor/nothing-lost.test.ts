// Finding 1 of issue 25: an acknowledged annual package carries no register rows, so it must never become the
// base of the next incremental (the supervisor held 401 of the unit's 402 carriers, and nothing sent the rest).
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, pair, SUPERVISOR } from '../exchange/helpers';

describe('nothing lost between a unit and its supervisor', () => {
  it('full → annual → incremental: the carrier registered between the full and the annual package reaches the supervisor', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const full = await exportTo(unit, SUPERVISOR.unitCode, 'full');
    const r1 = await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    await unit.call('exchange:importReceipt', { path: r1.receiptPath });

    unit.clock.set('2026-06-20');
    const between = await unit.call(
      'carriers:register',
      received({ name: '关于保密宣传月的通知', docNo: '省保办〔2026〕20号' }),
    );
    const annual = await exportTo(unit, SUPERVISOR.unitCode, 'annual');
    const r2 = await sup.call('exchange:import', { path: annual.path, receiptOutPath: sup.dir });
    await unit.call('exchange:importReceipt', { path: r2.receiptPath });

    unit.clock.set('2026-06-25');
    // Every carrier the unit holds when the incremental is made (its own file carrier is registered after it).
    const atUnit = unit.core.session().db.$client.prepare('SELECT count(*) FROM carriers').pluck().get();
    const inc = await exportTo(unit, SUPERVISOR.unitCode, 'incremental');
    await sup.call('exchange:import', { path: inc.path, receiptOutPath: sup.dir });

    const held = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'carriers',
      pageSize: 500,
    });
    expect(held.total).toBe(atUnit);
    expect(held.rows.map((r) => r.data.name)).toContain(between.name);
  });
});
