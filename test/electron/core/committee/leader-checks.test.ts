// 领导干部履行保密工作责任制情况检查表 (regulation art. 6): one sheet per leader per year, every item of the 责任制
// rated, a shortfall explained, the 评价 following the items, checked by someone else within the year. Each rule
// has a test named after it that fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import { LEADER_DUTIES } from '../../../../db/domain/vocab';
import { newPerson, openDesk, type Desk } from '../persons/helpers';

const allDone = () => LEADER_DUTIES.map((duty) => ({ duty, rating: 'done' as const }));

async function leader(desk: Desk) {
  return newPerson(desk, { name: '李建国', department: '办公室' });
}

function sheet(personId: number, over: Record<string, unknown> = {}) {
  return {
    year: 2026,
    personId,
    post: '局长（主要负责人）',
    items: allDone(),
    grade: 'good' as const,
    checker: '赵敏',
    checkedOn: '2026-12-20',
    ...over,
  };
}

describe('领导干部履行保密工作责任制情况检查表', () => {
  it('records a leader’s year item by item, lists it by year, corrects it in place and audits both', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const items = allDone().map((x) =>
      x.duty === 'training'
        ? { duty: x.duty, rating: 'partly' as const, note: '全年参训 1 次，少于 2 次' }
        : x,
    );
    const v = await desk.call('committee:checkLeader', sheet(p.id, { items, grade: 'fair' }));
    expect(v).toMatchObject({ name: '李建国', department: '办公室', grade: 'fair', year: 2026 });
    expect(v.items).toHaveLength(LEADER_DUTIES.length);
    expect(v.items.find((x) => x.duty === 'training')).toEqual({
      duty: 'training',
      rating: 'partly',
      note: '全年参训 1 次，少于 2 次',
    });
    expect(await desk.call('committee:leaderChecks', { year: 2026 })).toHaveLength(1);
    expect(await desk.call('committee:leaderChecks', { year: 2025 })).toHaveLength(0);
    const fixed = await desk.call('committee:reviseLeaderCheck', {
      checkId: v.id,
      post: v.post,
      items: allDone(),
      grade: 'good',
      checker: '赵敏',
      checkedOn: '2026-12-21',
    });
    expect(fixed).toMatchObject({ id: v.id, grade: 'good', checkedOn: '2026-12-21' });
    const audit = desk.core
      .session()
      .db.$client.prepare("SELECT action FROM audit_log WHERE entity = 'leader_check' ORDER BY seq")
      .pluck()
      .all();
    expect(audit).toEqual(['leader_check_record', 'leader_check_revise']);
  });

  it('leader_check_once_a_year: a second sheet for the same leader and year is refused', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    await desk.call('committee:checkLeader', sheet(p.id));
    const e = await desk.refused('committee:checkLeader', sheet(p.id, { checkedOn: '2026-12-22' }));
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_once_a_year' });
    // The next year is a sheet of its own.
    await desk.call('committee:checkLeader', sheet(p.id, { year: 2027, checkedOn: '2027-01-10' }));
  });

  it('leader_check_all_duties: an item of the 责任制 left unrated is refused, and named', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const e = await desk.refused(
      'committee:checkLeader',
      sheet(p.id, { items: allDone().filter((x) => x.duty !== 'inspection') }),
    );
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_all_duties' });
    expect(e.message).toContain('督促开展保密检查');
    expect(await desk.call('committee:leaderChecks', {})).toHaveLength(0);
  });

  it('leader_check_shortfall_explained: 基本落实 or 未落实 without a note is refused', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const items = allDone().map((x) =>
      x.duty === 'rules' ? { duty: x.duty, rating: 'not_done' as const } : x,
    );
    const e = await desk.refused('committee:checkLeader', sheet(p.id, { items, grade: 'average' }));
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_shortfall_explained' });
    expect(e.fields?.[0]?.path).toBe(`items.${LEADER_DUTIES.indexOf('rules')}.note`);
  });

  it('leader_check_grade_matches: an item 未落实 under an overall 好 is refused', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const items = allDone().map((x) =>
      x.duty === 'own_conduct'
        ? { duty: x.duty, rating: 'not_done' as const, note: '携带涉密笔记本外出未登记' }
        : x,
    );
    const e = await desk.refused('committee:checkLeader', sheet(p.id, { items, grade: 'good' }));
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_grade_matches' });
    await desk.call('committee:checkLeader', sheet(p.id, { items, grade: 'poor' }));
  });

  it('leader_check_not_by_self: the leader cannot be their own 检查人', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const e = await desk.refused('committee:checkLeader', sheet(p.id, { checker: '李 建国' }));
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_not_by_self' });
  });

  it('leader_check_date_in_year: a check dated outside the year (or the next) is refused', async () => {
    const desk = await openDesk('2026-12-28');
    const p = await leader(desk);
    const e = await desk.refused('committee:checkLeader', sheet(p.id, { checkedOn: '2025-12-30' }));
    expect(e).toMatchObject({ code: 'RULE', rule: 'leader_check_date_in_year' });
    const later = await desk.refused('committee:checkLeader', sheet(p.id, { checkedOn: '2028-01-05' }));
    expect(later).toMatchObject({ code: 'RULE', rule: 'leader_check_date_in_year' });
  });

  it('reminds of the year-end check of the committee’s 主任 and 副主任 until their sheets are in', async () => {
    const desk = await openDesk('2026-12-05');
    const p = await leader(desk);
    await desk.call('committee:addMember', { personId: p.id, role: 'chair', joinedOn: '2025-01-01' });
    const due = async () => (await desk.call('reminders:list', {})).find((r) => r.id === 'leader_checks_due');
    expect(await due()).toMatchObject({
      target: 'committee',
      title: '2026年度领导干部履行保密工作责任制情况尚未检查',
    });
    expect((await due())?.detail).toContain('李建国');
    await desk.call('committee:checkLeader', sheet(p.id, { checkedOn: '2026-12-05' }));
    expect(await due()).toBeUndefined();
  });
});
