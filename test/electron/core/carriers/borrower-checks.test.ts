// 借阅 checks who borrows (issue #19 point 8): 机密 and 绝密 stay inside their 知悉范围, and every national secret
// goes to a 涉密人员 in post whose 涉密等级 the level asks (核心 for 绝密, 重要 or above for 机密, a unit setting).
// Anyone else borrows only on the approver's exception, recorded with its reason.
import { describe, expect, it } from 'vitest';
import { clearThroughChain, newPerson } from '../persons/helpers';
import { lendCopy12, openDesk, produced, received, type Desk } from './helpers';
import { onStaff, ZHAO_MIN } from './staff';

const rule = (name: string) => expect.objectContaining({ code: 'RULE', rule: name });
const onField = (path: string, text: string) =>
  expect.objectContaining({
    fields: [expect.objectContaining({ path, message: expect.stringContaining(text) })],
  });

/** Nothing of a refused loan is written: the copy is still in custody and no approval was recorded. */
async function nothingWritten(desk: Desk, carrierId: number) {
  const c = await desk.call('carriers:get', { id: carrierId });
  expect(c.copies.every((k) => k.status === 'in_custody')).toBe(true);
  expect(c.history.map((h) => h.kind)).toEqual(['register']);
  const approvals = await desk.call('approvals:list', {
    page: 1,
    pageSize: 10,
    subjectType: 'carrier',
    subjectId: String(carrierId),
  });
  expect(approvals.total).toBe(0);
}

const lendTo = (carrierId: number, borrower: { name: string; department?: string }, more = {}) => ({
  ...lendCopy12(carrierId),
  borrower,
  ...more,
});

describe('lend_within_need_to_know', () => {
  it('a 机密 copy goes outside its 知悉范围 only on the approver’s recorded exception', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk); // 赵敏 of 档案科, 重要: her clearance is enough, her department is not in the range
    const { id } = await desk.call('carriers:register', received()); // 知悉范围 办公室、机要科
    const refused = await desk.refused('carriers:borrow', lendCopy12(id));
    expect(refused).toEqual(rule('lend_within_need_to_know'));
    expect(refused).toEqual(onField('exception.reason', '档案科 赵敏不在知悉范围（办公室、机要科）内'));
    expect(refused.message).toContain('须经审批人同意，并登记例外理由');
    await nothingWritten(desk, id);

    const lent = await desk.call('carriers:borrow', {
      ...lendCopy12(id),
      exception: { reason: '起草整改方案，经局长同意' },
    });
    expect(lent.copies.find((c) => c.copyNo === 12)?.status).toBe('on_loan');
    const row = lent.history.find((h) => h.kind === 'borrow');
    expect(row?.approvalId).toEqual(expect.any(Number));
    expect(row?.detail).toMatchObject({
      exception: {
        reason: '起草整改方案，经局长同意',
        findings: ['档案科 赵敏不在知悉范围（办公室、机要科）内'],
        withinRange: false,
      },
    });
    // 知悉人员登记 says she came to know it from outside the range, on that approval.
    expect(lent.knowers).toEqual([
      expect.objectContaining({ name: '赵敏', how: '借阅', withinRange: false, approvalId: row?.approvalId }),
    ]);
  });

  it('the range names her department, her, or the unit: she is inside; 秘密 has no range check', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk);
    for (const range of [['档案科'], ['办公室', '档案科 赵敏'], ['档案科/赵敏'], ['赵敏'], ['某市档案局']]) {
      const { id } = await desk.call('carriers:register', received({ needToKnow: range }));
      const lent = await desk.call('carriers:borrow', lendCopy12(id));
      expect(lent.knowers).toEqual([expect.objectContaining({ name: '赵敏', withinRange: true })]);
    }
    // Her department left off the form: the register's 档案科 is what the range is checked against.
    const { id } = await desk.call('carriers:register', received({ needToKnow: ['档案科'] }));
    expect((await desk.call('carriers:borrow', lendTo(id, { name: '赵敏' }))).status).toBe('on_loan');
    // 秘密: knowers are not recorded and the range is not checked (regulation art. 20 speaks of 机密 and up).
    const s = await desk.call('carriers:register', produced()); // 知悉范围 局领导、办公室
    expect((await desk.call('carriers:borrow', { ...lendTo(s.id, ZHAO_MIN), copyNos: [1] })).status).toBe(
      'on_loan',
    );
  });
});

describe('lend_needs_clearance', () => {
  it('绝密 needs a 核心 and 机密 a 重要 or higher 涉密人员; below that, only on the exception', async () => {
    const desk = await openDesk('2026-06-15');
    const office = (name: string) => ({ name, department: '办公室' });
    await onStaff(desk, office('钱进'), 'top_secret'); // 核心
    await onStaff(desk, office('孙磊'), 'secret'); // 重要
    await onStaff(desk, office('李娜'), 'confidential'); // 一般
    const top = (await desk.call('carriers:register', received({ level: 'top_secret' }))).id;
    const secret = (await desk.call('carriers:register', received())).id;

    expect(await desk.refused('carriers:borrow', lendTo(top, office('孙磊')))).toEqual(
      onField('exception.reason', '办公室 孙磊是重要涉密人员，借阅绝密级载体须为核心涉密人员'),
    );
    expect(await desk.refused('carriers:borrow', lendTo(secret, office('李娜')))).toEqual(
      onField('exception.reason', '办公室 李娜是一般涉密人员，借阅机密级载体须为重要及以上涉密人员'),
    );
    expect(await desk.refused('carriers:borrow', lendTo(secret, office('李娜')))).toEqual(
      rule('lend_needs_clearance'),
    );
    await nothingWritten(desk, top);
    // At the level asked, and above it, the loan goes through.
    await desk.call('carriers:borrow', lendTo(secret, office('孙磊')));
    await desk.call('carriers:return', { carrierId: secret, copyNos: [12], returnedOn: '2026-06-15' });
    await desk.call('carriers:borrow', lendTo(secret, office('钱进')));
    expect((await desk.call('carriers:borrow', lendTo(top, office('钱进')))).status).toBe('on_loan');
    // 一般 for 秘密 is enough.
    const low = (await desk.call('carriers:register', produced())).id;
    await desk.call('carriers:borrow', { ...lendTo(low, office('李娜')), copyNos: [1] });
    // On the exception: the reason and what it overrode are in the history.
    const lent = await desk.call('carriers:borrow', {
      ...lendTo(secret, office('李娜')),
      copyNos: [13],
      exception: { reason: '临时顶岗，经局长同意' },
    });
    expect(lent.history.at(-1)?.detail).toMatchObject({
      exception: {
        reason: '临时顶岗，经局长同意',
        findings: ['办公室 李娜是一般涉密人员，借阅机密级载体须为重要及以上涉密人员'],
        withinRange: true,
      },
    });
  });

  it('the unit may ask more (机密 only to 核心), never less', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk, { name: '孙磊', department: '办公室' }, 'secret');
    const secret = (await desk.call('carriers:register', received())).id;
    const loosened = await desk.refused('carriers:updateSettings', {
      lendClearance: { top_secret: 'core', secret: 'general', confidential: 'general' },
    });
    expect(loosened).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'lendClearance.secret', message: '借阅机密级载体至少须为重要涉密人员，不能放宽' }],
    });
    expect(
      await desk.refused('carriers:updateSettings', {
        lendClearance: { top_secret: 'important', secret: 'important', confidential: 'general' },
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: [expect.objectContaining({ path: 'lendClearance.top_secret' })],
    });
    const tighter = await desk.call('carriers:updateSettings', {
      lendClearance: { top_secret: 'core', secret: 'core', confidential: 'general' },
    });
    expect(tighter.lendClearance.secret).toBe('core');
    expect(
      await desk.refused('carriers:borrow', lendTo(secret, { name: '孙磊', department: '办公室' })),
    ).toEqual(onField('exception.reason', '借阅机密级载体须为核心涉密人员'));
  });

  it('someone not a 涉密人员 in post — unregistered, not yet posted, or from another unit — needs the exception', async () => {
    const desk = await openDesk('2026-06-15');
    const { id } = await desk.call('carriers:register', received());
    const outsider = { name: '周强', department: '办公室' };
    expect(await desk.refused('carriers:borrow', lendTo(id, outsider))).toEqual(
      onField('exception.reason', '办公室 周强不是本单位登记的涉密人员'),
    );
    // 拟任: cleared by the chain, but not yet trained and posted.
    const p = await newPerson(desk, { name: '吴刚', department: '办公室' });
    await clearThroughChain(desk, p.id);
    expect(await desk.refused('carriers:borrow', lendTo(id, { name: '吴刚', department: '办公室' }))).toEqual(
      onField('exception.reason', '办公室 吴刚目前为“拟任”，不是在岗涉密人员'),
    );
    // A department typed unlike the register's: the clerk is told where the name is.
    await onStaff(desk, { name: '孙磊', department: '机要科' });
    expect(await desk.refused('carriers:borrow', lendTo(id, { name: '孙磊', department: '办公室' }))).toEqual(
      onField('exception.reason', '不是本单位登记的涉密人员（名册中的“孙磊”在机要科）'),
    );
    // 秘密 too: a non-涉密 person borrows it only on the exception.
    const low = (await desk.call('carriers:register', produced())).id;
    expect(await desk.refused('carriers:borrow', { ...lendTo(low, outsider), copyNos: [1] })).toEqual(
      rule('lend_needs_clearance'),
    );
    // Another unit's person (机密 may be lent outside; 绝密 never is): the register cannot vouch for them.
    const other = { name: '郑华', department: '市委办' };
    expect(await desk.refused('carriers:borrow', lendTo(id, other, { outside: true }))).toEqual(
      onField('exception.reason', '市委办 郑华是外单位人员，本单位的涉密人员名册无法核实其涉密等级'),
    );
    // Every reason at once, in the one message the form shows beside the exception.
    const both = await desk.refused('carriers:borrow', lendTo(id, other, { outside: true }));
    expect(both.message).toMatch(/^市委办 郑华不在知悉范围（办公室、机要科）内；市委办 郑华是外单位人员/);
    const lent = await desk.call('carriers:borrow', {
      ...lendTo(id, other, { outside: true }),
      exception: { reason: '持市委办介绍信，经核实为重要涉密人员，局长同意' },
    });
    expect(lent.history.at(-1)?.detail).toMatchObject({
      outside: true,
      exception: { reason: '持市委办介绍信，经核实为重要涉密人员，局长同意', withinRange: false },
    });
  });

  it('namesakes: without a department the register cannot tell who borrows', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk, { name: '张伟', department: '办公室' });
    await onStaff(desk, { name: '张伟', department: '机要科' });
    const { id } = await desk.call('carriers:register', received());
    expect(await desk.refused('carriers:borrow', lendTo(id, { name: '张伟' }))).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'borrower.department', message: '涉密人员名册中有 2 名“张伟”，请填写借阅人部门' }],
    });
    expect(
      (await desk.call('carriers:borrow', lendTo(id, { name: '张伟', department: '机要科' }))).status,
    ).toBe('on_loan');
  });
});
