// Checks, findings and incidents go to the supervisor as far as it needs them — findings with their deadline
// and state, incidents with their report times — without the texts that stay at the unit.
import { describe, expect, it } from 'vitest';
import { seedIncidents } from '../../../../electron/core/incidents';
import { seedInspections } from '../../../../electron/core/inspections';
import { seedPersons } from '../../../../electron/core/persons';
import { exportTo, pair, SUPERVISOR } from './helpers';

describe('checks and incidents in a package', () => {
  it('the supervisor receives findings with deadlines and incidents with their reports, not their narratives', async () => {
    const { unit, sup } = await pair();
    let s = 7;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const { db } = unit.core.session();
    const now = new Date('2026-06-15T09:00:00');
    seedPersons(db, 30, rng, now);
    const seeded = seedInspections(db, 'small', rng, now);
    seedIncidents(db, now);
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    expect(pkg.counts.findings).toBe(seeded.findings);
    expect(pkg.counts.incidents).toBe(2);
    await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    const records = (register: string) =>
      sup.call('exchange:unitRecords', { unitCode: unit.code, register, pageSize: 500 });
    const findings = await records('findings');
    expect(findings.total).toBe(seeded.findings);
    for (const f of findings.rows) {
      expect(f.data).toHaveProperty('deadline');
      expect(f.data).toHaveProperty('status');
      for (const text of ['what', 'requirement', 'rectification', 'evidence'])
        expect(f.data).not.toHaveProperty(text);
    }
    const incidents = await records('incidents');
    expect(incidents.total).toBe(2);
    for (const i of incidents.rows) {
      expect(i.data).toHaveProperty('discovered_at');
      for (const text of ['summary', 'party', 'discovery_how']) expect(i.data).not.toHaveProperty(text);
    }
    expect((await records('incident_reports')).total).toBe(4);
    // Per unit: findings open past their deadline, incidents and those reported after the 24 hours.
    const figures = await sup.call('exchange:figures', {});
    expect(figures.overdueFindings).toBeGreaterThan(0);
    expect(figures).toMatchObject({ incidents: 2, lateIncidents: 1 });
    expect(figures.perUnit.find((u) => u.unitCode === unit.code)).toMatchObject({
      incidents: 2,
      lateIncidents: 1,
    });
  });
});
