// The exchange's annual report carries the year's key sites, reviews, meetings and committee figures (counts
// only), so the supervisor sees them per unit.
import { describe, expect, it } from 'vitest';
import { LEADER_DUTIES } from '../../../../db/domain/vocab';
import { annualFigures } from '../../../../electron/core/exchange/annual';
import { figuresText } from '../../../../renderer/registers/exchange/record-columns';
import { approval, newPerson, openDesk } from '../persons/helpers';

describe('annual figures of issue 17', () => {
  it('counts approved key sites, reviews by outcome, meetings and open committee tasks', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await newPerson(desk, { name: '王丽', department: '办公室' });
    const dept = (await desk.call('departments:list', {})).find((d) => d.name === '办公室');
    const site = await desk.call('key_sites:propose', {
      kind: 'place',
      name: '保密室',
      level: 'secret',
      managerPersonId: p.id,
      reason: '存放载体',
      proposedOn: '2026-01-02',
    });
    await desk.call('key_sites:approve', { siteId: site.id, approval: approval('2026-01-05') });
    await desk.call('reviews:create', {
      title: '新闻稿',
      summary: '摘要',
      handlerPersonId: p.id,
      departmentId: dept?.id ?? 0,
      purpose: 'press',
      appliedOn: '2026-03-01',
    });
    await desk.call('committee:recordMeeting', {
      heldOn: '2026-03-10',
      topics: '部署',
      chair: '李建国',
      attendees: '全体委员',
      recorder: '王丽',
      decisions: [{ content: '完成清查', ownerPersonId: p.id }],
    });
    await desk.call('committee:signLetter', {
      year: 2026,
      departmentId: dept?.id ?? 0,
      signedOn: '2026-01-20',
      signer: '王丽',
    });
    const leader = await newPerson(desk, { name: '李建国', department: '办公室' });
    await desk.call('committee:checkLeader', {
      year: 2026,
      personId: leader.id,
      post: '局长',
      items: LEADER_DUTIES.map((duty) => ({ duty, rating: 'done' as const })),
      grade: 'good',
      checker: '王丽',
      checkedOn: '2026-06-10',
    });
    const f = annualFigures(desk.core.session().db, 2026, '2026-06-15');
    expect(f).toMatchObject({
      keySitesApproved: 1,
      reviewsInYearByOutcome: { in_review: 1 },
      committeeMeetingsInYear: 1,
      committeeTasksOpen: 1,
      classifiedMeetingsInYearByKind: {},
      responsibilityLettersInYear: 1,
      leaderChecksInYearByGrade: { good: 1 },
    });
    const text = figuresText(f);
    expect(text).toContain('要害部门部位 1');
    expect(text).toContain('本年保密审查（按结论）：审查中 1');
    expect(text).toContain('本年领导干部责任制检查（按评价）：好 1');
  });
});
