// The person's file carries what the trainings register keeps of them, offered without persons importing it.
import { describe, expect, it } from 'vitest';
import { leavingReady } from '../persons/helpers';
import { approval, lecture, openDesk, postedPerson } from './helpers';

describe('the person file and the trainings register', () => {
  it('a person who left with a 竞业限制 keeps it visible in the dossier, beside their 考核 and 奖惩', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await postedPerson(desk, { name: '冯静' });
    await desk.call('trainings:sanction', {
      kind: 'reward',
      matter: '年度保密工作成绩突出',
      personId: p.id,
      on: '2026-06-10',
      category: '通报表扬',
      basis: '单位保密工作奖惩办法第五条',
      approver: 'committee',
      approvedOn: '2026-06-08',
    });
    const l = await leavingReady(desk, p.id, 'resign');
    await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
    await desk.call('trainings:agree', {
      kind: 'non_compete',
      personId: p.id,
      signedOn: '2026-06-10',
      nonCompeteFrom: '2026-06-11',
      nonCompeteEndsOn: '2028-06-10',
    });
    const d = await desk.call('persons:dossier', { id: p.id });
    expect(d.agreements).toMatchObject([{ kind: 'non_compete', nonCompeteEndsOn: '2028-06-10' }]);
    expect(d.sanctions).toMatchObject([{ kind: 'reward', category: '通报表扬' }]);
    expect(d.appraisals.map((a) => a.kind)).toEqual(['pre_post']);
    expect(d.trainings.map((t) => t.kind)).toEqual(['pre_post']);
    expect(d.person.status).not.toBe('in_post');
  });

  it('the person page names who recorded a session held in the register (typed, else the account that entered it)', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await postedPerson(desk, { name: '韩梅' });
    const typed = await desk.call('trainings:plan', lecture({ recorder: '王丽', plannedOn: '2026-03-10' }));
    const untyped = await desk.call(
      'trainings:plan',
      lecture({ topic: '警示教育', plannedOn: '2026-05-10' }),
    );
    for (const [s, on] of [
      [typed, '2026-03-10'],
      [untyped, '2026-05-10'],
    ] as const) {
      await desk.call('trainings:hold', { sessionId: s.id, heldOn: on });
      await desk.call('trainings:attend', {
        sessionId: s.id,
        lines: [{ personId: p.id, status: 'present' }],
      });
    }
    const d = await desk.call('persons:dossier', { id: p.id });
    const byDay = Object.fromEntries(d.trainings.map((t) => [t.trainedOn, t.recorder]));
    expect(byDay['2026-03-10']).toBe('王丽');
    expect(byDay['2026-05-10']).toBeTruthy();
  });
});

describe('reminders of the agreements', () => {
  it('a 竞业限制 ending within the warning days is a reminder naming the person', async () => {
    const desk = await openDesk('2026-06-15');
    const soon = await postedPerson(desk, { name: '钱进' });
    const later = await postedPerson(desk, { name: '孙悦' });
    const agree = (personId: number, endsOn: string) =>
      desk.call('trainings:agree', {
        kind: 'non_compete',
        personId,
        signedOn: '2025-06-01',
        nonCompeteFrom: '2025-06-02',
        nonCompeteEndsOn: endsOn,
      });
    await agree(soon.id, '2026-07-01');
    await agree(later.id, '2027-06-01');
    const ids = (await desk.call('reminders:list', {})).filter((r) => r.id.startsWith('non_compete_ending_'));
    expect(ids.map((r) => r.title)).toEqual(['钱进的竞业限制将于 2026-07-01 期满']);
  });
});
