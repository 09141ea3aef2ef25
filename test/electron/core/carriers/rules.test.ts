// Every rule the carrier register enforces, each test named after its rule: it fails when the rule is removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { leaderApproval, openDesk, produced, received, twoWitnesses, type Desk } from './helpers';
import { onStaff } from './staff';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
  // The borrower of these tests: a 核心涉密人员 of 办公室, inside the 知悉范围 of `received()`.
  await onStaff(desk, { name: '孙磊', department: '办公室' }, 'top_secret');
});

const register = async (over: Parameters<typeof received>[0] = {}) =>
  (await desk.call('carriers:register', received(over))).id;

const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });

describe('law and regulation rules on carriers', () => {
  it('绝密 is never lent outside the unit', async () => {
    const id = await register({ level: 'top_secret', term: { kind: 'period', years: 30 } });
    const lend = {
      carrierId: id,
      copyNos: [12],
      borrower: { name: '周强', department: '市委办' },
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: leaderApproval(),
    };
    expect(await desk.refused('carriers:borrow', { ...lend, outside: true })).toEqual(
      rule('top_secret_never_lent_outside'),
    );
    const ok = await desk.call('carriers:borrow', {
      ...lend,
      borrower: { name: '孙磊', department: '办公室' },
    });
    expect(ok.copies.find((c) => c.copyNo === 12)).toMatchObject({ status: 'on_loan', holderName: '孙磊' });
  });

  it('绝密 copy/excerpt needs the originating authority’s recorded consent', async () => {
    const id = await register({ level: 'top_secret', term: { kind: 'period', years: 20 } });
    const copy = {
      carrierId: id,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '传达学习',
      department: '办公室',
      custodian: '王丽',
      location: '机要室1号保密柜',
      approval: leaderApproval(),
    };
    expect(await desk.refused('carriers:copy', copy)).toEqual(
      rule('top_secret_copy_needs_originator_consent'),
    );
    expect(await desk.refused('carriers:copy', { ...copy, mode: 'excerpt' })).toEqual(
      rule('top_secret_copy_needs_originator_consent'),
    );
    const c = await desk.call('carriers:copy', {
      ...copy,
      originatorConsent: {
        authority: '省保密办',
        documentNo: '省保办函〔2026〕5号',
        decidedAt: '2026-06-14',
      },
    });
    expect(c).toMatchObject({ level: 'top_secret', source: 'copied', original: { id } });
    const approvals = await desk.call('approvals:list', { page: 1, pageSize: 50, kind: 'copy' });
    expect(approvals.rows).toContainEqual(
      expect.objectContaining({ approverName: '省保密办', documentNo: '省保办函〔2026〕5号' }),
    );
  });

  it('机密/秘密 copies need an approval', async () => {
    for (const level of ['secret', 'confidential'] as const) {
      const id = await register({ level });
      const copy = {
        carrierId: id,
        copiedOn: '2026-06-15',
        copyCount: 2,
        purpose: '分送',
        department: '办公室',
        custodian: '王丽',
      };
      expect(await desk.refused('carriers:copy', copy)).toEqual(rule('copy_needs_approval'));
      expect(
        await desk.refused('carriers:copy', {
          ...copy,
          approval: { ...leaderApproval(), decision: 'rejected' },
        }),
      ).toEqual(rule('approval_not_granted'));
      const c = await desk.call('carriers:copy', { ...copy, approval: leaderApproval() });
      expect(c.copies.map((k) => k.copyNo)).toEqual([1, 2]);
      expect(c.copyStamp).toMatch(/^复制件：某市档案局，2026-06-15/);
    }
    // 内部 material is not a national secret: no approval needed.
    const internal = await register({ level: 'internal', term: { kind: 'period', years: 2 } });
    await desk.call('carriers:copy', {
      carrierId: internal,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '学习',
      department: '办公室',
      custodian: '王丽',
    });
  });

  it('a copy never loosens level, term or range', async () => {
    const id = await register();
    const copy = {
      carrierId: id,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '学习',
      department: '办公室',
      custodian: '王丽',
      approval: leaderApproval(),
    };
    expect(await desk.refused('carriers:copy', { ...copy, level: 'confidential' })).toEqual(
      rule('copy_never_loosens'),
    );
    expect(await desk.refused('carriers:copy', { ...copy, term: { kind: 'period', years: 5 } })).toEqual(
      rule('copy_never_loosens'),
    );
    expect(
      await desk.refused('carriers:copy', { ...copy, term: { kind: 'condition', condition: '公开发布后' } }),
    ).toEqual(rule('copy_never_loosens'));
    expect(await desk.refused('carriers:copy', { ...copy, needToKnow: ['办公室', '全体职工'] })).toEqual(
      rule('copy_never_loosens'),
    );
    // Inheriting, or tightening, is fine: a narrower range and a longer term.
    const same = await desk.call('carriers:copy', copy);
    expect(same).toMatchObject({
      level: 'secret',
      term: { kind: 'period', years: 10 },
      needToKnow: ['办公室', '机要科'],
      termEndsOn: '2036-05-20',
    });
    const tighter = await desk.call('carriers:copy', {
      ...copy,
      needToKnow: ['机要科'],
      term: { kind: 'period', years: 15 },
    });
    expect(tighter).toMatchObject({ needToKnow: ['机要科'], termEndsOn: '2041-05-20' });
  });

  it('terms above 30/20/10 years are refused', async () => {
    const cases = [
      ['top_secret', 30],
      ['secret', 20],
      ['confidential', 10],
    ] as const;
    for (const [level, max] of cases) {
      await register({ level, term: { kind: 'period', years: max } });
      expect(
        await desk.refused(
          'carriers:register',
          received({ level, term: { kind: 'period', years: max, months: 1 } }),
        ),
      ).toEqual(rule('term_within_statutory_max'));
    }
    expect(
      await desk.refused(
        'carriers:register',
        received({ level: 'confidential', term: { kind: 'until_date', until: '2036-05-21' } }),
      ),
    ).toEqual(rule('term_within_statutory_max'));
    // A produced item's later 变更 is held to the same maximum.
    const own = (await desk.call('carriers:register', produced())).id;
    const by = { authority: 'own' as const, proposerName: '赵敏', classifierName: '陈局长' };
    expect(
      await desk.refused('classification:reclassify', {
        carrierId: own,
        decidedOn: '2026-06-15',
        by,
        reason: '工作需要',
        term: { kind: 'period', years: 11 },
        notice: { noticeTo: '局领导、办公室' },
      }),
    ).toEqual(rule('term_within_statutory_max'));
  });

  it('a carrier on loan cannot be destroyed, handed over or returned to its issuer', async () => {
    const id = await register();
    await desk.call('carriers:borrow', {
      carrierId: id,
      copyNos: [12],
      borrower: { name: '孙磊', department: '办公室' },
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: leaderApproval(),
    });
    const destroy = {
      destroyedAt: '2026-06-15T15:00',
      place: '机要室',
      method: 'shred' as const,
      reason: '已过使用期',
      responsibleName: '王丽',
      witnesses: twoWitnesses,
      approval: leaderApproval(),
      items: [{ carrierId: id, copyNos: [12] }],
    };
    expect(await desk.refused('carriers:destroy', destroy)).toEqual(rule('on_loan_blocks_disposal'));
    expect(
      await desk.refused('carriers:handOver', {
        carrierId: id,
        copyNos: [12],
        handedOn: '2026-06-15',
        to: { name: '赵敏' },
      }),
    ).toEqual(rule('on_loan_blocks_disposal'));
    expect(
      await desk.refused('carriers:returnToIssuer', {
        carrierId: id,
        copyNos: [12],
        returnedOn: '2026-06-15',
        receiver: '省保密办',
      }),
    ).toEqual(rule('on_loan_blocks_disposal'));
    await desk.call('carriers:return', { carrierId: id, copyNos: [12], returnedOn: '2026-06-16' });
    await desk.call('carriers:returnToIssuer', {
      carrierId: id,
      copyNos: [12],
      returnedOn: '2026-06-16',
      receiver: '省保密办',
    });
  });

  it('destruction needs two different witnesses', async () => {
    const id = await register();
    const destroy = {
      destroyedAt: '2026-06-15T15:00',
      place: '机要室',
      method: 'shred' as const,
      reason: '已过使用期',
      responsibleName: '王丽',
      approval: leaderApproval(),
      items: [{ carrierId: id, copyNos: [12, 13] }],
    };
    expect(await desk.refused('carriers:destroy', { ...destroy, witnesses: [{ name: '张伟' }] })).toEqual(
      rule('destruction_two_witnesses'),
    );
    expect(
      await desk.refused('carriers:destroy', {
        ...destroy,
        witnesses: [{ name: '张伟' }, { name: ' 张 伟 ' }],
      }),
    ).toEqual(rule('destruction_two_witnesses'));
    expect(
      await desk.refused('carriers:destroy', { ...destroy, witnesses: twoWitnesses, approval: undefined }),
    ).toEqual(rule('destruction_needs_approval'));
    const batch = await desk.call('carriers:destroy', { ...destroy, witnesses: twoWitnesses });
    expect(batch.witnesses.map((w) => w.name)).toEqual(['张伟', '刘芳']);
    expect((await desk.call('carriers:get', { id })).status).toBe('destroyed');
  });

  it('a term that ends makes the item 已到期 unless extended before it ended', async () => {
    const by = { authority: 'own' as const, proposerName: '赵敏', classifierName: '陈局长' };
    const short = produced({
      term: { kind: 'period', years: 1 },
      issuedOn: '2025-07-01',
      registeredOn: '2025-07-01',
      classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2025-07-01' },
    });
    const lapsed = (await desk.call('carriers:register', short)).id;
    const extended = (await desk.call('carriers:register', short)).id;
    // Decided on 2026-06-20, before the term ends on 2026-07-01.
    desk.clock.set('2026-06-20');
    await desk.call('classification:extend', {
      carrierId: extended,
      decidedOn: '2026-06-20',
      by,
      reason: '工作仍需保密',
      term: { kind: 'period', years: 3 },
      notice: { noticeTo: '局领导、办公室' },
    });
    desk.clock.set('2026-07-02');
    try {
      expect((await desk.call('carriers:get', { id: lapsed })).expired).toBe(true);
      expect((await desk.call('carriers:get', { id: extended })).expired).toBe(false);
      const expiredPage = await desk.call('carriers:list', {
        page: 1,
        pageSize: 50,
        filters: { due: 'term_expired' },
      });
      expect(expiredPage.rows.map((r) => r.id)).toContain(lapsed);
      expect(expiredPage.rows.map((r) => r.id)).not.toContain(extended);
      // Too late: the term ended on 2026-07-01.
      expect(
        await desk.refused('classification:extend', {
          carrierId: lapsed,
          decidedOn: '2026-07-02',
          by,
          reason: '仍需保密',
          term: { kind: 'period', years: 3 },
          notice: { noticeTo: '局领导' },
        }),
      ).toEqual(rule('extend_before_expiry'));
      // It is reviewable: the review lists it as ended, and 解密 can still be recorded.
      const review = await desk.call('classification:reviewList', { page: 1, pageSize: 100 });
      expect(review.rows.find((r) => r.id === lapsed)?.reasons).toContain('term_expired');
      const done = await desk.call('classification:declassify', {
        carrierId: lapsed,
        decidedOn: '2026-07-02',
        by,
        reason: '保密期限已满，自行解密',
        notice: { noticeTo: '局领导、办公室' },
      });
      expect(done).toMatchObject({ classState: 'declassified', expired: false, termEndsOn: null });
    } finally {
      desk.clock.set('2026-06-15');
    }
  });
});
