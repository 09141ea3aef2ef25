// 年度定密审核: every item the unit classified that is not yet reviewed this year, and every term ending
// soon; decisions per item or in batch, each recorded with who and why.
import { describe, expect, it } from 'vitest';
import { openDesk, produced, received } from '../carriers/helpers';

const classifier = { authority: 'own' as const, proposerName: '赵敏', classifierName: '陈局长' };

describe('annual classification review (年度定密审核)', () => {
  it('lists what is due — yearly review of own secrets, terms ending or ended — and records batch decisions', async () => {
    const desk = await openDesk('2025-09-01');
    const lastYear = (over: Record<string, unknown>) =>
      produced({
        issuedOn: '2025-09-01',
        registeredOn: '2025-09-01',
        classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2025-09-01' },
        ...over,
      });
    const keep = (await desk.call('carriers:register', lastYear({ name: '维持事项' }))).id;
    const change = (await desk.call('carriers:register', lastYear({ name: '变更事项' }))).id;
    const lift = (await desk.call('carriers:register', lastYear({ name: '解密事项' }))).id;
    const extend = (
      await desk.call('carriers:register', lastYear({ name: '延期事项', term: { kind: 'period', years: 1 } }))
    ).id;
    // Not the unit's own secret, but its term ends soon: listed for attention, not for the yearly review.
    const foreign = (
      await desk.call('carriers:register', received({ issuedOn: '2016-08-01', registeredOn: '2025-09-01' }))
    ).id;
    // Not a national secret: never on the yearly list.
    await desk.call(
      'carriers:register',
      lastYear({ name: '内部事项', level: 'internal', term: { kind: 'period', years: 2 } }),
    );

    desk.clock.set('2026-06-15');
    const reminders = (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(reminders).toEqual(expect.arrayContaining(['classification_review_due', 'carrier_terms_ending']));
    const list = await desk.call('classification:reviewList', { page: 1, pageSize: 50, windowDays: 90 });
    expect(list).toMatchObject({ year: 2026, windowDays: 90, total: 5 });
    const reasons = Object.fromEntries(list.rows.map((r) => [r.id, r.reasons]));
    expect(reasons).toEqual({
      [keep]: ['yearly'],
      [change]: ['yearly'],
      [lift]: ['yearly'],
      [extend]: ['yearly', 'term_ending'],
      [foreign]: ['term_ending'],
    });
    expect(list.rows[0]?.id).toBe(foreign); // soonest-ending first (2026-08-01)

    const r = await desk.call('classification:review', {
      decidedOn: '2026-06-15',
      by: classifier,
      reason: '2026年度定密审核',
      notice: { noticeNo: '档保〔2026〕9号', noticeTo: '局领导、办公室' },
      items: [
        { carrierId: keep, decision: 'maintain' },
        { carrierId: change, decision: 'reclassify', level: 'secret', reason: '涉及重点项目，提高密级' },
        { carrierId: lift, decision: 'declassify', reason: '事项已公开' },
        { carrierId: extend, decision: 'extend', term: { kind: 'period', years: 3 } },
      ],
    });
    expect(r.decided.map((d) => d.decision)).toEqual(['maintain', 'reclassify', 'declassify', 'extend']);

    expect(await desk.call('carriers:get', { id: keep })).toMatchObject({
      lastReviewYear: 2026,
      level: 'confidential',
    });
    const changed = await desk.call('carriers:get', { id: change });
    expect(changed).toMatchObject({ level: 'secret', lastReviewYear: 2026 });
    expect(changed.decisions.at(-1)).toMatchObject({
      kind: 'reclassify',
      decidedBy: '陈局长',
      proposerName: '赵敏',
      reason: '涉及重点项目，提高密级',
      levelBefore: 'confidential',
      levelAfter: 'secret',
      reviewYear: 2026,
      noticeNo: '档保〔2026〕9号',
    });
    expect(await desk.call('carriers:get', { id: lift })).toMatchObject({
      classState: 'declassified',
      declassifiedOn: '2026-06-15',
    });
    expect(await desk.call('carriers:get', { id: extend })).toMatchObject({ termEndsOn: '2028-09-01' });
    // Reviewed: only the foreign item's ending term remains on the list.
    const after = await desk.call('classification:reviewList', { page: 1, pageSize: 50, windowDays: 90 });
    expect(after.rows.map((x) => x.id)).toEqual([foreign]);
    expect(
      (await desk.call('carriers:list', { page: 1, pageSize: 10, filters: { due: 'review_due' } })).total,
    ).toBe(0);
  });

  it('a batch is one transaction: one refused item leaves every item as it was', async () => {
    const desk = await openDesk('2026-06-15');
    const own = (await desk.call('carriers:register', produced())).id;
    const foreign = (await desk.call('carriers:register', received())).id;
    const err = await desk.refused('classification:review', {
      decidedOn: '2026-06-15',
      by: classifier,
      reason: '年度审核',
      notice: { noticeTo: '局领导' },
      items: [
        { carrierId: own, decision: 'declassify' },
        { carrierId: foreign, decision: 'declassify' },
      ],
    });
    expect(err).toMatchObject({ code: 'RULE', rule: 'only_originator_changes' });
    expect((await desk.call('carriers:get', { id: own })).classState).toBe('classified');
  });

  it('a copy follows its original when the original is declassified', async () => {
    const desk = await openDesk('2026-06-15');
    const own = (await desk.call('carriers:register', produced())).id;
    const copy = await desk.call('carriers:copy', {
      carrierId: own,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '存档',
      department: '办公室',
      custodian: '王丽',
      approval: { approver: { type: 'person', name: '李建国' }, decidedAt: '2026-06-15' },
    });
    await desk.call('classification:declassify', {
      carrierId: own,
      decidedOn: '2026-06-15',
      by: classifier,
      reason: '事项已公开',
      notice: { noticeTo: '局领导、办公室' },
    });
    const c = await desk.call('carriers:get', { id: copy.id });
    expect(c).toMatchObject({ classState: 'declassified', termEndsOn: null });
    expect(c.history.at(-1)).toMatchObject({ kind: 'declassify', detail: { followsOriginal: true } });
  });
});
