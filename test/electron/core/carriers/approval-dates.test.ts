// Consent and approval dates (issue #19 point 6): the originating authority's consent to copy 绝密 is dated on
// or before the copy and not in the future, and so is every approval the carrier and 定密 rules rest on —
// each checked on the action's day, the day after it, and the day after today.
import { beforeAll, describe, expect, it } from 'vitest';
import { leaderApproval, lendCopy12, openDesk, produced, received, twoWitnesses, type Desk } from './helpers';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
});

const rule = (path: string) =>
  expect.objectContaining({
    code: 'RULE',
    rule: 'approval_date_in_range',
    fields: [expect.objectContaining({ path })],
  });

describe('approval dates', () => {
  it('approval_date_in_range: the consent to copy 绝密 is dated on or before the copy and not in the future', async () => {
    const id = (
      await desk.call(
        'carriers:register',
        received({ level: 'top_secret', term: { kind: 'period', years: 30 } }),
      )
    ).id;
    const consent = (decidedAt: string) => ({
      authority: '省保密办',
      documentNo: '省保办函〔2026〕5号',
      decidedAt,
    });
    const copy = (copiedOn: string, decidedAt: string) => ({
      carrierId: id,
      copiedOn,
      copyCount: 1,
      purpose: '传达学习',
      department: '办公室',
      custodian: '王丽',
      location: '机要室1号保密柜',
      originatorConsent: consent(decidedAt),
    });
    // Consented the day after the copy was made: refused.
    expect(await desk.refused('carriers:copy', copy('2026-06-14', '2026-06-15'))).toEqual(
      rule('originatorConsent.decidedAt'),
    );
    // Consent dated tomorrow, for a copy made today: refused.
    expect(await desk.refused('carriers:copy', copy('2026-06-15', '2026-06-16'))).toEqual(
      rule('originatorConsent.decidedAt'),
    );
    // Consented on the day of the copy: accepted.
    expect(await desk.call('carriers:copy', copy('2026-06-14', '2026-06-14'))).toMatchObject({
      source: 'copied',
      level: 'top_secret',
    });
    // The leader's approval beside the consent meets the same rule.
    expect(
      await desk.refused('carriers:copy', {
        ...copy('2026-06-14', '2026-06-13'),
        approval: leaderApproval('2026-06-15'),
      }),
    ).toEqual(rule('approval.decidedAt'));
  });

  it('approval_date_in_range: every approval a carrier rule rests on is dated on or before its action', async () => {
    const id = (await desk.call('carriers:register', received())).id;
    const copy = (decidedAt: string) => ({
      carrierId: id,
      copiedOn: '2026-06-14',
      copyCount: 1,
      purpose: '科室学习',
      department: '办公室',
      custodian: '王丽',
      approval: leaderApproval(decidedAt),
    });
    expect(await desk.refused('carriers:copy', copy('2026-06-15'))).toEqual(rule('approval.decidedAt'));
    await desk.call('carriers:copy', copy('2026-06-14'));

    const destroy = (decidedAt: string) => ({
      destroyedAt: '2026-06-14T10:00',
      place: '机要室',
      method: 'shred' as const,
      reason: '无保存价值',
      responsibleName: '王丽',
      witnesses: twoWitnesses,
      approval: leaderApproval(decidedAt),
      items: [{ carrierId: id, copyNos: [13] }],
    });
    expect(await desk.refused('carriers:destroy', destroy('2026-06-15'))).toEqual(rule('approval.decidedAt'));
    await desk.call('carriers:destroy', destroy('2026-06-14'));

    const knower = (decidedAt: string) => ({
      carrierId: id,
      person: { name: '周强', department: '财务科' },
      knownOn: '2026-06-14',
      how: '阅读',
      withinRange: false,
      approval: leaderApproval(decidedAt),
    });
    expect(await desk.refused('carriers:addKnower', knower('2026-06-15'))).toEqual(
      rule('approval.decidedAt'),
    );
    await desk.call('carriers:addKnower', knower('2026-06-14'));

    // 借阅 and 外出携带 of a 机密 carrier: approved on or before the day the copy goes out.
    const lend = { ...lendCopy12(id), lentOn: '2026-06-14', approval: leaderApproval('2026-06-15') };
    expect(await desk.refused('carriers:borrow', lend)).toEqual(rule('approval.decidedAt'));
    const carry = {
      carrierId: id,
      copyNos: [12],
      carrier: { name: '王丽', department: '办公室' },
      destination: '省保密办',
      purpose: '汇报',
      startedOn: '2026-06-14',
      dueOn: '2026-06-16',
      approval: leaderApproval('2026-06-15'),
    };
    expect(await desk.refused('carriers:carryOut', carry)).toEqual(rule('approval.decidedAt'));
  });

  it('approval_date_in_range: a 定密 is decided on or before its carrier is registered, and not in the future', async () => {
    const own = (decidedOn: string, registeredOn = '2026-06-10') =>
      produced({
        issuedOn: '2026-06-10',
        registeredOn,
        classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn },
      });
    expect(await desk.refused('carriers:register', own('2026-06-11'))).toEqual(
      rule('classification.decidedOn'),
    );
    // Registered tomorrow with a 定密 of tomorrow: the 定密 date is after today.
    expect(await desk.refused('carriers:register', own('2026-06-16', '2026-06-16'))).toEqual(
      rule('classification.decidedOn'),
    );
    await desk.call('carriers:register', own('2026-06-10'));
  });
});
