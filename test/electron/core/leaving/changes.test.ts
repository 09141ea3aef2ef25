// A leaving step changes more than the procedure: each write names every register it touched, so the pages
// showing them refetch.
import { describe, expect, it } from 'vitest';
import { approval, leavingReady, openDesk, postedPerson } from '../persons/helpers';

describe('leaving changes', () => {
  it('the approval reports the leaving, the person (now 离岗脱密期) and the approval it rests on', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '孙伟' });
    const l = await leavingReady(desk, p.id);
    const r = await desk.api.dispatch('leaving:approve', {
      leavingId: l.id,
      approval: approval('2026-06-10'),
    });
    if (!r.ok) throw new Error(r.error.message);
    expect([...(r.changes ?? [])].sort()).toEqual(['approvals', 'audit', 'leaving', 'persons']);
  });
});
