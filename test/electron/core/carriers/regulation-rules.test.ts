// Further rules from the regulations, each test named after its rule: it fails when the rule is removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { leaderApproval, openDesk, produced, received, type Desk } from './helpers';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
});

const register = async (over: Parameters<typeof received>[0] = {}) =>
  (await desk.call('carriers:register', received(over))).id;

const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });

describe('further rules from the regulations', () => {
  it('borrowing a national secret needs an approval (borrow_needs_approval)', async () => {
    const id = await register({ level: 'confidential' });
    const lend = {
      carrierId: id,
      copyNos: [13],
      borrower: { name: '孙磊' },
      lentOn: '2026-06-15',
      dueOn: '2026-06-18',
    };
    expect(await desk.refused('carriers:borrow', lend)).toEqual(rule('borrow_needs_approval'));
    expect(
      await desk.refused('carriers:borrow', { ...lend, dueOn: '2026-06-01', approval: leaderApproval() }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: [expect.objectContaining({ path: 'dueOn' })],
    });
  });

  it('carrying out needs an approval, and 绝密 travels with two or more people (carry_out_needs_approval, top_secret_two_people)', async () => {
    const id = await register({ level: 'top_secret', term: { kind: 'period', years: 30 } });
    const out = {
      carrierId: id,
      copyNos: [12],
      carrier: { name: '王丽', department: '办公室' },
      destination: '省保密办',
      purpose: '汇报',
      startedOn: '2026-06-15',
      dueOn: '2026-06-15',
    };
    expect(await desk.refused('carriers:carryOut', { ...out, companions: ['孙磊'] })).toEqual(
      rule('carry_out_needs_approval'),
    );
    expect(await desk.refused('carriers:carryOut', { ...out, approval: leaderApproval() })).toEqual(
      rule('top_secret_two_people'),
    );
    const d = await desk.call('carriers:carryOut', {
      ...out,
      companions: ['孙磊'],
      approval: leaderApproval(),
    });
    expect(d.status).toBe('carried_out');
  });

  it('a received carrier is counted on receipt (receipt_count_matches)', async () => {
    expect(
      await desk.refused('carriers:register', received({ receipt: { signedBy: '王丽', countedCopies: 1 } })),
    ).toEqual(rule('receipt_count_matches'));
  });

  it('长期 is for commercial secrets only, and commercial levels only where configured (long_term_commercial_only, commercial_levels_not_enabled)', async () => {
    expect(await desk.refused('carriers:register', received({ term: { kind: 'long_term' } }))).toEqual(
      rule('long_term_commercial_only'),
    );
    const commercial = received({ level: 'commercial_core', term: { kind: 'long_term' } });
    expect(await desk.refused('carriers:register', commercial)).toEqual(
      rule('commercial_levels_not_enabled'),
    );
    await desk.call('carriers:updateSettings', { commercialLevels: true });
    try {
      expect((await desk.call('carriers:register', commercial)).term.kind).toBe('long_term');
    } finally {
      await desk.call('carriers:updateSettings', { commercialLevels: false });
    }
  });

  it('only the originating authority changes a secret it classified (only_originator_changes)', async () => {
    const id = await register();
    const base = {
      carrierId: id,
      decidedOn: '2026-06-15',
      reason: '工作需要',
      notice: { noticeTo: '办公室、机要科' },
    };
    expect(
      await desk.refused('classification:declassify', {
        ...base,
        by: { authority: 'own', proposerName: '赵敏', classifierName: '陈局长' },
      }),
    ).toEqual(rule('only_originator_changes'));
    const d = await desk.call('classification:declassify', {
      ...base,
      by: { authority: 'originator', authorityName: '省保密办', documentNo: '省保办〔2026〕30号' },
    });
    expect(d.decisions.at(-1)).toMatchObject({
      kind: 'declassify',
      authority: 'originator',
      decidedBy: '省保密办',
      noticeTo: '办公室、机要科',
    });
  });

  it('a knower outside the range needs an approval (outside_range_needs_approval)', async () => {
    const id = await register();
    const k = {
      carrierId: id,
      person: { name: '钱进', department: '财务科' },
      knownOn: '2026-06-15',
      how: '阅读',
      withinRange: false,
    };
    expect(await desk.refused('carriers:addKnower', k)).toEqual(rule('outside_range_needs_approval'));
    const d = await desk.call('carriers:addKnower', { ...k, approval: leaderApproval() });
    expect(d.knowers).toContainEqual(expect.objectContaining({ name: '钱进', withinRange: false }));
  });

  it('变更, 解密 and 延期 are notified in writing (written_notice_required)', async () => {
    const id = (await desk.call('carriers:register', produced())).id;
    expect(
      await desk.refused('classification:review', {
        decidedOn: '2026-06-15',
        by: { authority: 'own', proposerName: '赵敏', classifierName: '陈局长' },
        reason: '年度审核',
        items: [{ carrierId: id, decision: 'declassify' }],
      }),
    ).toEqual(rule('written_notice_required'));
  });
});
