// Each rule of 保密审查 (law art. 35/37, regulation art. 42) has a test named after it that fails if the rule is
// removed.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../electron/ipc/contract';
import { approval, newPerson, openDesk, type Desk } from '../persons/helpers';

async function newReview(desk: Desk, over: Partial<ChannelInput<'reviews:create'>> = {}) {
  const handler = await newPerson(desk, { name: '孙立', department: '宣传科' });
  const depts = await desk.call('departments:list', {});
  const dept = depts.find((d) => d.name === '宣传科');
  const r = await desk.call('reviews:create', {
    title: '我局档案数字化工作取得新进展',
    summary: '新闻稿，介绍档案数字化工程进度与成效',
    handlerPersonId: handler.id,
    departmentId: dept?.id ?? 0,
    purpose: 'press',
    recipient: '局门户网站',
    appliedOn: '2026-06-10',
    ...over,
  });
  return { review: r, handler };
}

/** 部门初审 (赵敏), 保密办审查 (王丽), 单位领导签批 (李建国). */
async function threeSteps(desk: Desk, reviewId: number) {
  await desk.call('reviews:step', {
    reviewId,
    step: 'dept',
    approval: approval('2026-06-11', '赵敏', '科长'),
  });
  await desk.call('reviews:step', {
    reviewId,
    step: 'office',
    approval: approval('2026-06-12', '王丽', '保密员'),
  });
  return desk.call('reviews:step', { reviewId, step: 'leader', approval: approval('2026-06-13') });
}

describe('保密审查 rules', () => {
  it('review_committee_required: a use the unit puts before its 保密委员会 is not released on the leader alone', async () => {
    const desk = await openDesk();
    expect(await desk.call('reviews:settings', {})).toEqual({ committeeFor: [] });
    await desk.call('reviews:updateSettings', { committeeFor: ['website', 'press'] });
    const { review } = await newReview(desk);
    await threeSteps(desk, review.id);
    const decide = { reviewId: review.id, outcome: 'publish' as const, decidedOn: '2026-06-14' };
    const e = await desk.refused('reviews:decide', decide);
    expect(e).toMatchObject({ code: 'RULE', rule: 'review_committee_required' });
    // 不予公开 needs no committee: nothing goes out.
    const { review: other } = await newReview(desk, { title: '内部工作简报' });
    await threeSteps(desk, other.id);
    expect(
      (
        await desk.call('reviews:decide', {
          reviewId: other.id,
          outcome: 'withhold',
          decidedOn: '2026-06-14',
        })
      ).outcome,
    ).toBe('withhold');
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'committee',
      approval: approval('2026-06-14', '保密委员会', '审定'),
    });
    expect((await desk.call('reviews:decide', decide)).outcome).toBe('publish');
    // A use the unit did not name goes out on the leader's 签批 as before.
    const { review: paper } = await newReview(desk, { title: '档案学论文', purpose: 'publication' });
    await threeSteps(desk, paper.id);
    expect((await desk.call('reviews:decide', { ...decide, reviewId: paper.id })).outcome).toBe('publish');
  });

  it('review_not_by_handler: the 承办人 cannot pass their own information', async () => {
    const desk = await openDesk();
    const { review, handler } = await newReview(desk);
    const e = await desk.refused('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', handler.name, '科员'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'review_not_by_handler' });
    expect((await desk.call('reviews:get', { reviewId: review.id })).steps).toHaveLength(0);
  });

  it('abroad_needs_leader_approval: 向境外提供 without the leader or without a basis is refused', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk, { purpose: 'abroad', recipient: '某国际档案理事会' });
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'office',
      approval: approval('2026-06-12', '王丽'),
    });
    const noLeader = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish',
      decidedOn: '2026-06-14',
      abroadBasis: '合作协议第5条',
    });
    expect(noLeader.rule).toBe('abroad_needs_leader_approval');
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'leader',
      approval: approval('2026-06-13'),
    });
    const noBasis = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish',
      decidedOn: '2026-06-14',
    });
    expect(noBasis.rule).toBe('abroad_needs_leader_approval');
    const done = await desk.call('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish',
      decidedOn: '2026-06-14',
      abroadBasis: '合作协议第5条，经局长批准',
    });
    expect(done).toMatchObject({
      status: 'decided',
      outcome: 'publish',
      abroadBasis: '合作协议第5条，经局长批准',
    });
  });

  it('review_step_order: 单位领导签批 before 保密办审查 is refused', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });
    const e = await desk.refused('reviews:step', {
      reviewId: review.id,
      step: 'leader',
      approval: approval('2026-06-12'),
    });
    expect(e.rule).toBe('review_step_order');
  });

  it('review_before_outcome: no outcome before 部门初审 and 保密办审查', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });
    const e = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'withhold',
      decidedOn: '2026-06-12',
    });
    expect(e.rule).toBe('review_before_outcome');
  });

  it('review_publish_needs_leader: 同意公开 needs the leader’s 签批', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'office',
      approval: approval('2026-06-12', '王丽'),
    });
    const e = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish',
      decidedOn: '2026-06-12',
    });
    expect(e.rule).toBe('review_publish_needs_leader');
    const withheld = await desk.call('reviews:decide', {
      reviewId: review.id,
      outcome: 'withhold',
      decidedOn: '2026-06-12',
    });
    expect(withheld.outcome).toBe('withhold');
  });

  it('amendments_recorded: 删改后公开 names what was changed; a 新闻稿 through three steps', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    const after = await threeSteps(desk, review.id);
    expect(after.steps.map((s) => [s.step, s.approverName])).toEqual([
      ['dept', '赵敏'],
      ['office', '王丽'],
      ['leader', '李建国'],
    ]);
    expect(after.waitingOnClerk).toBe(true);
    const e = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish_amended',
      decidedOn: '2026-06-14',
    });
    expect(e.rule).toBe('amendments_recorded');
    const done = await desk.call('reviews:decide', {
      reviewId: review.id,
      outcome: 'publish_amended',
      decidedOn: '2026-06-14',
      amendments: '删去第三段涉及库房位置的描述',
    });
    expect(done).toMatchObject({ status: 'decided', outcome: 'publish_amended', waitingOnClerk: false });
  });

  it('classified_becomes_carrier: 按涉密办理 must link its carrier', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    await threeSteps(desk, review.id);
    const e = await desk.refused('reviews:decide', {
      reviewId: review.id,
      outcome: 'classified',
      decidedOn: '2026-06-14',
    });
    expect(e.rule).toBe('classified_becomes_carrier');
  });

  it('review_open: a decided review takes no more steps', async () => {
    const desk = await openDesk();
    const { review } = await newReview(desk);
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });
    await desk.call('reviews:step', {
      reviewId: review.id,
      step: 'office',
      approval: approval('2026-06-12', '王丽'),
    });
    await desk.call('reviews:decide', { reviewId: review.id, outcome: 'withhold', decidedOn: '2026-06-12' });
    const e = await desk.refused('reviews:step', {
      reviewId: review.id,
      step: 'leader',
      approval: approval('2026-06-13'),
    });
    expect(e.rule).toBe('review_open');
    const list = await desk.call('reviews:list', { status: 'decided', search: '数字化' });
    expect(list.total).toBe(1);
  });
});
