// The demo has a year of checks, findings in every state (逾期 among them, and some carried over, still open) and
// two incidents, one reported in time and closed, one reported late.
import { describe, expect, it } from 'vitest';
import { seedIncidents } from '../../../../electron/core/incidents/demo';
import { seedInspections } from '../../../../electron/core/inspections/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { FINDING_STATES } from '../../../../db/domain/vocab';
import { openDesk } from './helpers';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('inspections demo', () => {
  it('seeds a year of checks with findings in every state and two incidents', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', rngFrom(3), now);
    const r = seedInspections(db, 'small', rngFrom(5), now);
    expect(r.inspections).toBeGreaterThan(36);
    // `carried_over` is only read from older records: a carry-over now keeps the finding open, with its reason.
    for (const state of FINDING_STATES.filter((s) => s !== 'carried_over'))
      expect((await desk.call('inspections:findings', { state })).total, state).toBeGreaterThan(0);
    const open = (await desk.call('inspections:findings', { openOnly: true, pageSize: 500 })).rows;
    expect(open.some((f) => f.carryOverReason !== null && f.state === 'overdue')).toBe(true);
    const kinds = new Set((await desk.call('inspections:list', { pageSize: 500 })).rows.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['annual', 'self_dept', 'spot', 'superior']);
    // Each quarter's 抽查 covers two departments, named.
    const spots = (await desk.call('inspections:list', { kind: 'spot' })).rows;
    expect(spots.map((c) => c.departments.length)).toEqual([2, 2, 2, 2]);
    expect(seedIncidents(db, now).incidents).toBe(2);
    const incidents = (await desk.call('incidents:list', {})).rows;
    expect(incidents.map((i) => i.clock.state).sort()).toEqual(['late', 'on_time']);
    expect(incidents.find((i) => i.clock.state === 'on_time')?.status).toBe('closed');
  });
});
