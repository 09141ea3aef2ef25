// What the trainings register reminds the clerk of (issue 16 points 2 and 5): 涉密人员 under the yearly floor as
// the unit's day nears, 保密协议 whose term ends soon, and new staff without the 上岗前保密教育 or an agreement.
import { describe, expect, it } from 'vitest';
import { lecture, openDesk, postedPerson, type Desk } from './helpers';

const reminder = async (desk: Desk, id: string) =>
  (await desk.call('reminders:list', {})).find((r) => r.id === id);

describe('trainings reminders', () => {
  it('training_under_floor: 涉密人员 under the floor are a reminder from the warning days before the unit’s day', async () => {
    const desk = await openDesk('2026-06-10');
    const a = await postedPerson(desk, { name: '甲一' });
    await postedPerson(desk, { name: '乙二' });
    // Each has the 岗前培训 alone, under two a year; the unit's day (12-31) is still far.
    expect(await reminder(desk, 'training_under_floor')).toBeUndefined();
    const settings = await desk.call('trainings:settings', {});
    await desk.call('trainings:updateSettings', { ...settings, floorBy: '06-30' });
    expect(await reminder(desk, 'training_under_floor')).toMatchObject({
      severity: 'warning',
      title: '2 名涉密人员本年度保密教育培训未达下限',
      target: 'trainings',
    });
    expect((await reminder(desk, 'training_under_floor'))?.detail).toContain('2026-06-30');
    const { plannedOn: _p, ...unplanned } = lecture();
    const s = await desk.call('trainings:hold', { ...unplanned, heldOn: '2026-06-10' });
    await desk.call('trainings:attend', { sessionId: s.id, lines: [{ personId: a.id, status: 'present' }] });
    expect((await reminder(desk, 'training_under_floor'))?.title).toBe(
      '1 名涉密人员本年度保密教育培训未达下限',
    );
    desk.clock.set('2026-07-01');
    expect((await reminder(desk, 'training_under_floor'))?.severity).toBe('danger');
  });

  it('agreement_term_ending: agreements whose term ends within the warning days are a reminder', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await postedPerson(desk, { name: '周涛' });
    const agree = (kind: 'tech_secrecy' | 'ip_protection', termEndsOn: string) =>
      desk.call('trainings:agree', { kind, personId: p.id, signedOn: '2024-07-01', termEndsOn });
    await agree('tech_secrecy', '2026-07-10');
    await agree('ip_protection', '2026-09-30');
    await desk.call('trainings:agree', {
      kind: 'partner',
      partner: '某软件公司',
      signedOn: '2025-07-01',
      termEndsOn: '2026-06-30',
    });
    expect(await reminder(desk, 'agreement_term_ending')).toMatchObject({
      title: '2 份保密协议将在 30 天内期满',
      target: 'trainings',
    });
    desk.clock.set('2026-07-11');
    expect(await reminder(desk, 'agreement_term_ending')).toBeUndefined();
  });

  it('staff_onboarding_missing: new staff without the 上岗前保密教育 or the unit’s agreement are a reminder', async () => {
    const desk = await openDesk('2026-06-15');
    const dept = await desk.call('departments:create', { name: '财务科' });
    const staff = await desk.call('trainings:addStaff', {
      name: '陈晨',
      departmentId: dept.id,
      post: '会计',
      joinedOn: '2026-06-01',
    });
    // Someone on staff for years is not new.
    await desk.call('trainings:addStaff', { name: '何平', departmentId: dept.id, joinedOn: '2020-03-01' });
    expect((await reminder(desk, 'staff_onboarding_missing'))?.title).toBe(
      '1 名新录用或调入人员尚未完成上岗前保密教育或未签订保密协议',
    );
    const { plannedOn: _p, ...unplanned } = lecture();
    const s = await desk.call('trainings:hold', {
      ...unplanned,
      purpose: 'pre_post',
      topic: '新录用人员上岗前保密教育',
      heldOn: '2026-06-12',
    });
    await desk.call('trainings:attend', {
      sessionId: s.id,
      lines: [{ staffId: staff.id, status: 'present' }],
    });
    // Trained, but no agreement signed yet.
    expect(await reminder(desk, 'staff_onboarding_missing')).toBeDefined();
    const signed = await desk.call('trainings:agree', {
      kind: 'tech_secrecy',
      staffId: staff.id,
      signedOn: '2026-06-12',
    });
    expect(await reminder(desk, 'staff_onboarding_missing')).toBeUndefined();
    // The agreement carries what its print is filled with: the 在职人员's name, department and post.
    const one = await desk.call('trainings:agreements', { id: signed.id });
    expect(one.rows).toMatchObject([
      { subject: '陈晨', department: '财务科', post: '会计', staffId: staff.id },
    ]);
  });
});
