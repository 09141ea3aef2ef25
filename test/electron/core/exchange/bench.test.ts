// The bench functions run (numbers at scale are measured by the bench script; here a small register).
import { describe, expect, it } from 'vitest';
import { benchExport, benchRuns, benchVerify } from '../../../../electron/core/exchange/bench';
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

  it('imports every full package in turn at the supervisor, then incrementals carrying the changed carriers', async () => {
    const { unit, sup } = await pair();
    let s = 11;
    seedCarriers(unit.core.session().db, {
      count: 300,
      rng: () => (s = (s * 48271) % 2147483647) / 2147483647,
      now: unit.core.clock.now(),
    });
    const runs = await benchRuns(unit.core, sup.core, SUPERVISOR.unitCode, unit.dir, 2);
    expect(runs.importFull).toHaveLength(3);
    expect(runs.importIncremental).toHaveLength(2);
    const got = sup.core
      .session()
      .db.$client.prepare('SELECT seq, profile, counts FROM exchange_incoming ORDER BY seq')
      .raw(true)
      .all() as [number, string, string][];
    expect(got.map(([seq, profile]) => `${seq}:${profile}`)).toEqual([
      '1:full',
      '2:full',
      '3:full',
      '4:incremental',
      '5:incremental',
    ]);
    // Each incremental carried the carriers changed since the acknowledged package before it (the 200 edited,
    // and the package files registered as carriers since), not the whole register.
    const carried = (JSON.parse(got[4]?.[2] ?? '{}') as Record<string, number>).carriers ?? 0;
    expect(carried).toBeGreaterThanOrEqual(200);
    expect(carried).toBeLessThan(210);
  });
});
