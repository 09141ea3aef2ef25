// A person's file shows the trips and passports the travel register keeps (offered to persons by travel).
import { describe, expect, it } from 'vitest';
import { openDesk, postedPerson } from '../persons/helpers';

describe('travel in the person file', () => {
  it('the dossier lists the person’s trips and the passports the unit keeps for them', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '陈静' });
    const r = await desk.api.dispatch('travel:registerPassport', {
      personId: p.id,
      kind: 'passport',
      number: 'E12345678',
      receivedOn: '2026-01-20',
    });
    // The passport is the travel register's, the line in the history the person's.
    expect(r).toMatchObject({ ok: true, changes: expect.arrayContaining(['travel', 'persons']) });
    const t = await desk.call('travel:apply', {
      personId: p.id,
      destination: '新加坡',
      purpose: '旅游',
      appliedOn: '2026-06-20',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-15',
    });
    const d = await desk.call('persons:dossier', { id: p.id });
    expect(d.travel.map((x) => x.id)).toEqual([t.id]);
    expect(d.passports.map((x) => x.number)).toEqual(['E12345678']);
  });
});
