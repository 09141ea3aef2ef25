// The demo's trips and passports keep the rules of 因私出国(境): each trip stands where travel.service.ts could have
// left it, the passports out are those of trips under way, and the register, the counts and the home page read
// them as they read the clerk's own; a seeded trip goes on through the channels like any other.
import { describe, expect, it } from 'vitest';
import { TRAVEL_STEPS } from '../../../../db/domain/vocab';
import { seedLeaving } from '../../../../electron/core/leaving/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { partCounts, registerCounts } from '../../../../electron/core/stats/stats.service';
import { seedTravel } from '../../../../electron/core/travel/demo';
import { approval, openDesk } from '../persons/helpers';

const TODAY = '2026-06-15';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

async function travelDemo() {
  const desk = await openDesk(TODAY);
  const db = desk.core.session().db;
  seedPersons(db, 'small', rngFrom(20261124), desk.clock.now());
  seedLeaving(db, rngFrom(20261208), TODAY, desk.core.now());
  const seeded = seedTravel(db, rngFrom(20261209), TODAY, desk.core.now());
  const trips = (await desk.call('travel:list', { pageSize: 500 })).rows;
  return { desk, db, seeded, trips };
}

describe('demo travel', () => {
  it('every trip is where the approval chain could have left it, as of today', async () => {
    const { desk, db, seeded, trips } = await travelDemo();
    expect(seeded.trips).toBeGreaterThan(15);
    expect(trips).toHaveLength(seeded.trips);
    expect(registerCounts(db).private_travel).toBe(seeded.trips);
    expect(partCounts(db).passports).toBe(seeded.passports);
    const person = db.$client.prepare('SELECT status, separation_ends_on AS ends FROM persons WHERE id = ?');
    for (const t of trips) {
      const at = `${t.id} ${t.status}`;
      const p = person.get(t.personId) as { status: string; ends: string | null };
      // In post, or in the separation period on the day of applying: approval needed (law art. 45/46).
      expect(t.needsApproval, at).toBe(p.status === 'in_post' || (p.ends !== null && t.appliedOn <= p.ends));
      expect(
        t.steps.map((s) => s.step),
        at,
      ).toEqual(TRAVEL_STEPS.slice(0, t.steps.length));
      const decisions = t.steps.map((s) => s.decision);
      const gone = t.status === 'departed' || t.status === 'returned';
      if (t.needsApproval) {
        const expected = {
          applied: [],
          dept_approved: ['approved'],
          approved: ['approved', 'approved'],
          departed: ['approved', 'approved'],
          returned: ['approved', 'approved'],
        }[t.status as string];
        if (t.status === 'refused') expect(decisions.at(-1), at).toBe('rejected');
        else expect(decisions, at).toEqual(expected);
        // 出境前保密教育 and the 出国(境)承诺书 before leaving (regulation art. 52).
        if (gone) expect(t.educatedOn !== null && t.pledgeId !== null, at).toBe(true);
      } else {
        expect(decisions, at).toEqual([]);
        expect(['approved', 'departed', 'returned'], at).toContain(t.status);
      }
      for (const s of t.steps) expect(s.decidedAt >= t.appliedOn && s.decidedAt <= TODAY, at).toBe(true);
      if (t.educatedOn) expect(t.educatedOn <= t.plannedDepartOn, at).toBe(true);
      expect(gone, at).toBe(t.departedOn !== null && t.departedOn <= TODAY);
      expect(t.status === 'returned', at).toBe(t.returnedOn !== null && t.returnReport !== null);
      if (t.returnedOn) expect(t.returnedOn <= TODAY, at).toBe(true);
    }
    // Some of every kind a clerk meets: back, refused, waiting for a step or about to leave, abroad now.
    const statuses = new Set(trips.map((t) => t.status));
    for (const s of ['returned', 'refused', 'departed'] as const) expect(statuses, s).toContain(s);
    expect(trips.some((t) => t.status === 'applied' || t.status === 'dept_approved')).toBe(true);

    // The passports out are exactly those of trips under way or just back, each due back after the trip.
    const passports = await desk.call('travel:passports', {});
    expect(passports).toHaveLength(seeded.passports);
    for (const pp of passports) {
      expect(pp.inCustody, pp.number).toBe(pp.handedOutOn === null);
      if (pp.expiresOn) expect(pp.expiresOn > TODAY, pp.number).toBe(true);
    }
    const out = passports.filter((pp) => !pp.inCustody);
    expect(out.length).toBeGreaterThan(0);
    for (const pp of out) {
      const mine = trips.filter((t) => t.personId === pp.personId && t.departedOn !== null);
      expect(mine.some((t) => t.departedOn === pp.handedOutOn)).toBe(true);
    }

    // The home page counts them as the register shows them.
    const reminders = await desk.call('reminders:list', {});
    const counted = (id: string) => Number(/\d+/.exec(reminders.find((r) => r.id === id)?.title ?? '0')?.[0]);
    expect(counted('travel_return_overdue')).toBe(trips.filter((t) => t.returnOverdue).length);
    expect(counted('passport_not_returned')).toBe(passports.filter((pp) => pp.overdue).length);
  });

  it('a seeded trip goes on through the channels: decided, then back with its passport', async () => {
    const { desk, trips } = await travelDemo();
    const waiting = trips.find((t) => t.status === 'applied' || t.status === 'dept_approved');
    if (!waiting) throw new Error('the demo has a trip waiting for a step');
    const step = waiting.status === 'applied' ? 'dept_leader' : 'committee';
    const decided = await desk.call('travel:decide', {
      travelId: waiting.id,
      step,
      approval: approval(TODAY, '赵敏', '科长'),
    });
    expect(decided.status).toBe(step === 'dept_leader' ? 'dept_approved' : 'approved');

    const abroad = trips.find((t) => t.status === 'departed');
    if (!abroad) throw new Error('the demo has a trip abroad');
    const back = await desk.call('travel:return', {
      travelId: abroad.id,
      returnedOn: TODAY,
      report: '按期返回，无需要报告的情况。',
      passportReturnedOn: TODAY,
    });
    expect(back.status).toBe('returned');
    const held = await desk.call('travel:passports', { personId: abroad.personId });
    expect(held.every((pp) => pp.inCustody)).toBe(true);
  });
});
