// The bench functions run (numbers at scale are measured by the bench script; here a small register).
import { describe, expect, it } from 'vitest';
import { benchExport, benchVerify } from '../../../../electron/core/exchange/bench';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { pair, SUPERVISOR } from './helpers';

describe('exchange bench', () => {
  it('times a full export of a seeded register and its verification at the supervisor', async () => {
    const { unit, sup } = await pair();
    let s = 7;
    seedCarriers(unit.core.session().db, {
      count: 2000,
      rng: () => (s = (s * 48271) % 2147483647) / 2147483647,
      now: new Date('2026-06-15T12:00:00'),
    });
    const e = benchExport(unit.core, SUPERVISOR.unitCode, unit.dir);
    expect(e.records).toBeGreaterThan(2000);
    const v = benchVerify(sup.core, e.path);
    expect(v.ok).toBe(true);
    console.log(
      `bench (2000 carriers): export ${e.ms.toFixed(0)} ms, ${e.bytes} bytes; verify ${v.ms.toFixed(0)} ms`,
    );
  });
});
