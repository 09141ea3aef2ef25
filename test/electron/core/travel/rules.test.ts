// Each rule of DOMAIN.md on 因私出国(境) and the passports the unit keeps has a test named after it that fails
// if the rule is removed.
import { describe, expect, it } from 'vitest';
import { approval, openDesk, postedPerson } from '../persons/helpers';

describe('travel rules', () => {
  it('travel without approval is refused for a person in post; a refusal is recorded', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '冯梅' });
    const t = await desk.call('travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: '2026-06-20',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-20',
    });
    expect(t).toMatchObject({ status: 'applied', needsApproval: true });
    const e = await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' });
    expect(e).toMatchObject({ code: 'RULE', rule: 'travel_needs_approval' });
    expect(
      (
        await desk.refused('travel:decide', {
          travelId: t.id,
          step: 'committee',
          approval: approval('2026-06-25'),
        })
      ).rule,
    ).toBe('travel_approval_order');
    await desk.call('travel:decide', {
      travelId: t.id,
      step: 'dept_leader',
      approval: approval('2026-06-22', '赵敏'),
    });
    const refused = await desk.call('travel:decide', {
      travelId: t.id,
      step: 'committee',
      approval: {
        ...approval('2026-06-25', '保密委员会'),
        decision: 'rejected',
        opinion: '近期承担核心项目',
      },
    });
    expect(refused.status).toBe('refused');
    expect(refused.steps.map((s) => s.decision)).toEqual(['approved', 'rejected']);
    expect((await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' })).rule).toBe(
      'travel_needs_approval',
    );
  });

  it('travel with both approvals, education and pledge: passport handed out and back', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '陈静' });
    const [pp] = await desk.call('travel:registerPassport', {
      personId: p.id,
      kind: 'passport',
      number: 'E12345678',
      receivedOn: '2026-01-20',
    });
    const t = await desk.call('travel:apply', {
      personId: p.id,
      destination: '新加坡',
      purpose: '旅游',
      appliedOn: '2026-06-20',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-15',
    });
    await desk.call('travel:decide', {
      travelId: t.id,
      step: 'dept_leader',
      approval: approval('2026-06-22'),
    });
    await desk.call('travel:decide', { travelId: t.id, step: 'committee', approval: approval('2026-06-25') });
    expect((await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' })).rule).toBe(
      'travel_education_and_pledge',
    );
    await desk.call('travel:educate', { travelId: t.id, educatedOn: '2026-07-01', educatedBy: '王丽' });
    await desk.call('persons:pledge', {
      personId: p.id,
      kind: 'travel',
      signedOn: '2026-07-01',
      travelId: t.id,
    });
    await desk.call('travel:depart', { travelId: t.id, departedOn: '2026-07-10', passportId: pp?.id ?? 0 });
    desk.clock.set('2026-07-25');
    const reminders = (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(reminders).toContain('travel_return_overdue');
    expect(reminders).toContain('passport_not_returned');
    await desk.call('travel:return', {
      travelId: t.id,
      returnedOn: '2026-07-15',
      report: '按期返回，无异常情况',
      passportReturnedOn: '2026-07-16',
    });
    const passports = await desk.call('travel:passports', { personId: p.id });
    expect(passports[0]?.inCustody).toBe(true);
  });
});
