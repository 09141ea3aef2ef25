// Issue 19 point 2 for the 脱密期: one day-count convention (README "Dates", 民法典 arts. 201–203) read alike by
// the person's status, the register's filters, the reminders, the counts, departure, travel and the annual
// report — on the day before the last day, the last day itself (still inside) and the day after (over).
import { describe, expect, it } from 'vitest';
import type { Desk } from './helpers';
import { approval, leavingReady, openDesk, postedPerson } from './helpers';

/** Everything that reads the period, as of the desk's today, for the person `id`. */
async function readings(desk: Desk, id: number) {
  const listed = async (filters: Record<string, string>) =>
    (await desk.call('persons:list', { filters })).rows.some((r) => r.id === id);
  const person = await desk.call('persons:get', { id });
  const reminders = (await desk.call('reminders:list', {})).map((r) => r.id);
  return {
    status: person.status,
    inSeparation: person.inSeparation,
    statusSeparation: await listed({ status: 'separation' }),
    statusReleased: await listed({ status: 'released' }),
    dueInSeparation: await listed({ due: 'in_separation' }),
    dueEnding: await listed({ due: 'separation_ending' }),
    reminderEnding: reminders.includes('person_separation_ending'),
    reminderEnded: reminders.includes('person_separation_ended'),
    counted: (await desk.call('persons:counts', {})).inSeparation,
  };
}

/** A private trip applied for and departing on `day`. */
const tripOn = (personId: number, day: string) => ({
  personId,
  destination: '日本',
  purpose: '探亲',
  appliedOn: day,
  plannedDepartOn: day,
  plannedReturnOn: '2027-06-20',
});

const INSIDE = {
  status: 'separation',
  inSeparation: true,
  statusSeparation: true,
  statusReleased: false,
  dueInSeparation: true,
  dueEnding: true,
  reminderEnding: true,
  reminderEnded: false,
  counted: 1,
};
const OVER = {
  status: 'released',
  inSeparation: false,
  statusSeparation: false,
  statusReleased: true,
  dueInSeparation: false,
  dueEnding: false,
  reminderEnding: false,
  reminderEnded: true,
  counted: 0,
};

describe('the 脱密期 counted as 民法典 arts. 201–203 say', () => {
  it('separation_last_day_inside: the day before and the last day are inside, the day after is over, everywhere', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { level: 'confidential', name: '冯一' });
    const l = await leavingReady(desk, p.id);
    const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
    expect(v.separationEndsOn).toBe('2027-06-10');

    desk.clock.set('2027-06-09');
    expect(await readings(desk, p.id)).toEqual(INSIDE);
    desk.clock.set('2027-06-10');
    expect(await readings(desk, p.id)).toEqual(INSIDE);
    // Travel departing on the last day still needs approval (law art. 46).
    const trip = await desk.call('travel:apply', tripOn(p.id, '2027-06-10'));
    expect(trip.needsApproval).toBe(true);
    desk.clock.set('2027-06-11');
    expect(await readings(desk, p.id)).toEqual(OVER);
    const later = await desk.call('travel:apply', tripOn(p.id, '2027-06-11'));
    expect(later.needsApproval).toBe(false);

    // A transfer dated on the last day is inside the period: it needs the leader's exception; the day after not.
    const e = await desk.refused('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2027-06-10',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'departure_in_separation_needs_exception' });
    expect(e.message).toContain('2027-06-10（含当日）');
    const gone = await desk.call('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2027-06-11',
    });
    expect(gone.status).toBe('transferred');
  });

  it('separation_last_day_inside: a period from 29 February ends on 28 February and still holds that day', async () => {
    const desk = await openDesk();
    const general = await postedPerson(desk, { level: 'confidential', name: '褚二' });
    const important = await postedPerson(desk, { level: 'secret', name: '卫三' });
    desk.clock.set('2028-02-29');
    const ends: string[] = [];
    for (const p of [general, important]) {
      const l = await leavingReady(desk, p.id);
      const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2028-02-29') });
      ends.push(v.separationEndsOn ?? '');
    }
    expect(ends).toEqual(['2029-02-28', '2030-02-28']);
    const history = (await desk.call('persons:dossier', { id: general.id })).history;
    expect(history[0]?.summary).toContain('自 2028-02-29 至 2029-02-28');

    for (const [day, inside] of [
      ['2029-02-27', true],
      ['2029-02-28', true],
      ['2029-03-01', false],
    ] as const) {
      desk.clock.set(day);
      const p = await desk.call('persons:get', { id: general.id });
      expect({ day, status: p.status, inSeparation: p.inSeparation }).toEqual({
        day,
        status: inside ? 'separation' : 'released',
        inSeparation: inside,
      });
    }
  });

  it('separation_last_day_inside: a period whose last day is 31 December is still running at year end', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { level: 'confidential', name: '蒋四' });
    const l = await leavingReady(desk, p.id);
    desk.clock.set('2026-12-31');
    const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-12-31') });
    expect(v.separationEndsOn).toBe('2027-12-31');
    desk.clock.set('2028-01-05');
    expect((await desk.call('persons:annualReport', { year: 2027 })).inSeparation.map((x) => x.name)).toEqual(
      ['蒋四'],
    );
    expect((await desk.call('persons:annualReport', { year: 2028 })).inSeparation).toEqual([]);
  });
});
