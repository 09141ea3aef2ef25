// The persons demo sets each clearance through a 密级审定 as clearance.ts records one: the dossier of a demo
// person shows the filed decision, its four steps in order with their approvals, and the clearance line.
import { describe, expect, it } from 'vitest';
import { CLEARANCE_STEPS } from '../../../../db/domain/vocab';
import { seedPersons } from '../../../../electron/core/persons';
import { openDesk } from './helpers';

describe('persons demo: 密级审定', () => {
  it('every cleared demo person has one filed decision, its steps in order, and the clearance it set', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    let s = 11;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    seedPersons(db, 'small', rng, new Date('2026-06-15T12:00:00'));
    const cleared = db.$client
      .prepare('SELECT id, clearance, cleared_on FROM persons WHERE clearance IS NOT NULL')
      .all() as { id: number; clearance: string; cleared_on: string }[];
    expect(cleared.length).toBeGreaterThan(40);
    for (const p of cleared.slice(0, 12)) {
      const d = await desk.call('persons:dossier', { id: p.id });
      expect(d.clearanceDecisions).toHaveLength(1);
      const [decision] = d.clearanceDecisions;
      expect(decision).toMatchObject({
        toClearance: p.clearance,
        fromClearance: null,
        status: 'filed',
        nextStep: null,
        approvedOn: p.cleared_on,
      });
      expect(decision?.steps.map((x) => x.step)).toEqual([...CLEARANCE_STEPS]);
      const dates = decision?.steps.map((x) => x.decidedAt) ?? [];
      expect([...dates].sort()).toEqual(dates);
      expect(d.clearanceHistory).toEqual([
        expect.objectContaining({ on: p.cleared_on, from: null, to: p.clearance, decisionId: decision?.id }),
      ]);
    }
    // Not one is left open: a new nomination of a demo person is not refused as a second open decision.
    const open = db.$client
      .prepare("SELECT count(*) FROM clearance_decisions WHERE status = 'open'")
      .pluck()
      .get();
    expect(open).toBe(0);
  });
});
