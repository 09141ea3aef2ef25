// Issue 19 point 1: lengthening one person's 脱密期 needs an approved decision, made while the period still
// runs (its last day included) and dated between the leaving's approval and today.
import { describe, expect, it } from 'vitest';
import { approval, leavingReady, openDesk, postedPerson } from './helpers';

/** A 一般 person whose 1-year period runs from 2026-06-10 to 2027-06-10 (desk today: 2026-06-15). */
async function inSeparation(name: string) {
  const desk = await openDesk();
  const p = await postedPerson(desk, { level: 'confidential', name });
  const l = await leavingReady(desk, p.id);
  await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
  return { desk, p };
}

const extend = (
  personId: number,
  a: ReturnType<typeof approval> & { decision?: 'approved' | 'rejected' },
) => ({
  personId,
  extraMonths: 6,
  reason: '掌握核心项目',
  approval: a,
});

describe('extending the 脱密期', () => {
  it('separation_extension_needs_approval: a 不同意 decision leaves the period as it was', async () => {
    const { desk, p } = await inSeparation('沈一');
    const e = await desk.refused(
      'persons:extendSeparation',
      extend(p.id, { ...approval('2026-06-12'), decision: 'rejected' }),
    );
    expect(e).toMatchObject({ code: 'RULE', rule: 'separation_extension_needs_approval' });
    expect(e.fields?.[0]?.path).toBe('approval.decision');
    const after = await desk.call('persons:dossier', { id: p.id });
    expect(after.person).toMatchObject({ separationEndsOn: '2027-06-10', separationExtraMonths: 0 });
    expect(after.history.some((h) => h.kind === 'separation_extend')).toBe(false);
  });

  it('separation_extension_before_end: allowed on the last day, refused the day after', async () => {
    const { desk, p } = await inSeparation('韩二');
    desk.clock.set('2027-06-10');
    const ext = await desk.call('persons:extendSeparation', extend(p.id, approval('2027-06-10')));
    expect(ext).toMatchObject({
      separationEndsOn: '2027-12-10',
      separationExtraMonths: 6,
      inSeparation: true,
    });
    desk.clock.set('2027-12-11');
    const e = await desk.refused('persons:extendSeparation', extend(p.id, approval('2027-12-11')));
    expect(e).toMatchObject({ code: 'RULE', rule: 'separation_extension_before_end' });
    expect(e.message).toContain('2027-12-10');
    expect(await desk.call('persons:get', { id: p.id })).toMatchObject({
      status: 'released',
      separationEndsOn: '2027-12-10',
    });
  });

  it('separation_extension_date: dated from the leaving approval to today, not before and not after', async () => {
    const { desk, p } = await inSeparation('杨三');
    for (const day of ['2026-06-09', '2026-06-16']) {
      const e = await desk.refused('persons:extendSeparation', extend(p.id, approval(day)));
      expect(e).toMatchObject({ code: 'RULE', rule: 'separation_extension_date' });
      expect(e.fields?.[0]?.path).toBe('approval.decidedAt');
      expect(e.message).toContain(day);
    }
    expect((await desk.call('persons:get', { id: p.id })).separationEndsOn).toBe('2027-06-10');
    const first = await desk.call('persons:extendSeparation', extend(p.id, approval('2026-06-10')));
    expect(first.separationEndsOn).toBe('2027-12-10');
    const second = await desk.call('persons:extendSeparation', extend(p.id, approval('2026-06-15')));
    expect(second.separationEndsOn).toBe('2028-06-10');
  });
});
