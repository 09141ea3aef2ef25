// The rules of issue 16 point 6, one test each, named after the rule; each fails when its rule is removed.
import { describe, expect, it } from 'vitest';
import { clearThroughChain, lecture, newPerson, openDesk, postedPerson } from './helpers';

describe('trainings rules', () => {
  it('train_before_post: a person cannot take up a classified post without a passed pre-post training and its 考核', async () => {
    const desk = await openDesk('2026-01-20');
    const p = await newPerson(desk, { name: '吴磊' });
    await clearThroughChain(desk, p.id);
    await desk.call('persons:vet', { personId: p.id, vettedOn: '2026-01-12', result: 'passed' });
    await desk.call('persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: '2026-01-12' });
    // The 岗前培训 held as a session with its attendance sheet.
    const s = await desk.call('trainings:hold', {
      purpose: 'pre_post',
      form: 'group_study',
      topic: '新任涉密人员岗前保密教育',
      content: '保密法规、单位保密制度、岗位保密职责',
      hours: 4,
      heldOn: '2026-01-13',
    });
    await desk.call('trainings:attend', { sessionId: s.id, lines: [{ personId: p.id, status: 'present' }] });

    const noAppraisal = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(noAppraisal).toMatchObject({ code: 'RULE', rule: 'train_before_post' });
    expect(noAppraisal.message).toContain('岗前培训考核');
    expect(noAppraisal.message).not.toContain('岗前保密教育培训记录');

    const appraisal = {
      personId: p.id,
      kind: 'pre_post' as const,
      year: 2026,
      appraiser: '王丽',
      sessionId: s.id,
    };
    await desk.call('trainings:appraise', {
      ...appraisal,
      appraisedOn: '2026-01-14',
      result: 'fail',
      score: 52,
    });
    const failed = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(failed.rule).toBe('train_before_post');

    // A 考核 passed without the training it closes is not enough either.
    const q = await newPerson(desk, { name: '钱芳' });
    await clearThroughChain(desk, q.id);
    await desk.call('persons:vet', { personId: q.id, vettedOn: '2026-01-12', result: 'passed' });
    await desk.call('persons:pledge', { personId: q.id, kind: 'onboarding', signedOn: '2026-01-12' });
    await desk.call('trainings:appraise', {
      ...appraisal,
      personId: q.id,
      appraisedOn: '2026-01-14',
      result: 'pass',
    });
    const untrained = await desk.refused('persons:post', { personId: q.id, postedOn: '2026-01-15' });
    expect(untrained.message).toContain('岗前保密教育培训记录');

    // 补考: a failed 岗前培训考核 is sat again, and the passed one opens the post.
    await desk.call('trainings:appraise', {
      ...appraisal,
      appraisedOn: '2026-01-16',
      result: 'pass',
      score: 85,
    });
    expect((await desk.call('persons:post', { personId: p.id, postedOn: '2026-01-17' })).status).toBe(
      'in_post',
    );
  });

  it('attendance_not_in_future: an attendance cannot be recorded for a session in the future', async () => {
    const desk = await openDesk('2026-03-05');
    const p = await postedPerson(desk, { name: '孙丽' });
    const planned = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-10' }));
    // The plan may look ahead; holding it (and so its attendance) may not.
    const early = await desk.refused('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    expect(early).toMatchObject({ code: 'RULE', rule: 'attendance_not_in_future' });
    const single = await desk.refused('persons:train', {
      personId: p.id,
      kind: 'annual',
      trainedOn: '2026-03-06',
      hours: 1,
      content: '保密形势教育',
    });
    expect(single.rule).toBe('attendance_not_in_future');

    desk.clock.set('2026-03-10');
    const held = await desk.call('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    const sheet = await desk.call('trainings:attend', {
      sessionId: held.id,
      lines: [{ personId: p.id, status: 'absent', absenceReason: '出差' }],
    });
    expect(sheet.absent).toBe(1);
    const late = await desk.refused('trainings:makeUp', {
      sessionId: held.id,
      personId: p.id,
      madeUpOn: '2026-03-12',
    });
    expect(late.rule).toBe('attendance_not_in_future');
  });

  it('non_compete_within_cap: a 竞业限制 longer than the unit’s cap is refused', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await postedPerson(desk, { name: '周涛' });
    const agreement = {
      kind: 'non_compete' as const,
      personId: p.id,
      signedOn: '2026-06-15',
      nonCompeteFrom: '2026-07-01',
    };
    // Three years from 2026-07-01 end on 2029-07-01 (README "Dates"); a day more is too long.
    const long = await desk.refused('trainings:agree', { ...agreement, nonCompeteEndsOn: '2029-07-02' });
    expect(long).toMatchObject({ code: 'RULE', rule: 'non_compete_within_cap' });
    expect(long.message).toContain('3 年');
    const ok = await desk.call('trainings:agree', { ...agreement, nonCompeteEndsOn: '2029-07-01' });
    expect(ok).toMatchObject({ kind: 'non_compete', subject: '周涛', nonCompeteEndsOn: '2029-07-01' });

    const settings = await desk.call('trainings:settings', {});
    await desk.call('trainings:updateSettings', { ...settings, nonCompeteCapYears: 2 });
    const overUnitCap = await desk.refused('trainings:agree', {
      ...agreement,
      nonCompeteEndsOn: '2028-07-02',
    });
    expect(overUnitCap.rule).toBe('non_compete_within_cap');
  });

  it('one_appraisal_per_year_per_kind: a person’s 年度考核 is one per year per kind', async () => {
    const desk = await openDesk('2026-12-20');
    const p = await postedPerson(desk, { name: '郑洁' });
    const annual = {
      personId: p.id,
      kind: 'annual' as const,
      year: 2026,
      appraisedOn: '2026-12-18',
      result: 'pass' as const,
      appraiser: '保密委员会',
    };
    await desk.call('trainings:appraise', annual);
    const twice = await desk.refused('trainings:appraise', { ...annual, appraisedOn: '2026-12-19' });
    expect(twice).toMatchObject({ code: 'RULE', rule: 'one_appraisal_per_year_per_kind' });
    // Another kind, another year, and 专项考核 at any time are each their own.
    await desk.call('trainings:appraise', { ...annual, kind: 'clerk_annual' });
    await desk.call('trainings:appraise', { ...annual, year: 2025, appraisedOn: '2026-01-10' });
    await desk.call('trainings:appraise', { ...annual, kind: 'special' });
    await desk.call('trainings:appraise', { ...annual, kind: 'special', appraisedOn: '2026-12-19' });
    // The department grid is refused whole, on the row that repeats.
    const grid = await desk.refused('trainings:appraiseGrid', {
      kind: 'annual',
      year: 2026,
      appraisedOn: '2026-12-19',
      appraiser: '保密委员会',
      lines: [{ personId: p.id, result: 'excellent' }],
    });
    expect(grid.rule).toBe('one_appraisal_per_year_per_kind');
    expect(grid.fields?.[0]?.path).toBe('lines.0.personId');
    const list = await desk.call('trainings:appraisals', { personId: p.id });
    expect(list.total).toBe(5 + 1); // the five above and the 岗前培训考核 of postedPerson
  });
});
