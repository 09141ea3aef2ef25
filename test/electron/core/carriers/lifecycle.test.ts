// The life of a carrier, action by action: each is one transaction with its audit entry and history row.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { carriersHeldBy } from '../../../../electron/core/carriers/holders-query';
import { leaderApproval, openDesk, produced, received, twoWitnesses } from './helpers';
import { onStaff } from './staff';

describe('carrier lifecycle', () => {
  it('a received 机密 document: registered, distributed, lent and returned, copied, destroyed — all in its history', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk);
    const db = desk.core.session().db;
    const audits = () => verifyAuditChain(db).count;
    const start = audits();

    const reg = await desk.call('carriers:register', received());
    expect(reg).toMatchObject({
      carrierNo: '收2026-00001',
      level: 'secret',
      status: 'in_custody',
      copyCount: 2,
      liveCopies: 2,
      signedBy: '王丽',
      termEndsOn: '2036-05-20',
      custodianKey: '办公室/王丽',
    });
    expect(reg.copies.map((c) => c.copyNo)).toEqual([12, 13]);
    const id = reg.id;

    // 分发 copy 13 to the head of 机要科; the custodian keeps 12.
    const dist = await desk.call('carriers:distribute', {
      carrierId: id,
      distributedOn: '2026-06-15',
      items: [{ copyNo: 13, recipient: { name: '孙磊', department: '机要科' } }],
    });
    expect(dist.copies.find((c) => c.copyNo === 13)).toMatchObject({
      holderName: '孙磊',
      holderKey: '机要科/孙磊',
    });
    // 机密: whoever receives it is recorded as knowing it (regulation art. 20).
    expect(dist.knowers).toContainEqual(expect.objectContaining({ name: '孙磊', how: '分发' }));
    expect(carriersHeldBy(db, '机要科/孙磊').map((h) => [h.carrierId, h.copyNo])).toEqual([[id, 13]]);
    await desk.call('carriers:recall', { carrierId: id, copyNos: [13], recalledOn: '2026-06-16' });
    expect(carriersHeldBy(db, '机要科/孙磊')).toEqual([]);

    // 借阅 with approval and a due date, then 归还 (the next day: an approval is never dated in the future).
    desk.clock.set('2026-06-16');
    const lent = await desk.call('carriers:borrow', {
      carrierId: id,
      copyNos: [12],
      borrower: { name: '赵敏', department: '档案科' },
      lentOn: '2026-06-16',
      dueOn: '2026-06-19',
      purpose: '起草整改方案',
      approval: leaderApproval('2026-06-16'),
      // 档案科 is outside the 知悉范围 (办公室、机要科): the approver's exception, with its reason.
      exception: { reason: '档案科承担整改方案起草，经局长同意借阅' },
    });
    expect(lent).toMatchObject({ status: 'on_loan', loanDueOn: '2026-06-19', loanOverdue: false });
    expect(carriersHeldBy(db, '档案科/赵敏')).toEqual([
      expect.objectContaining({ copyNo: 12, status: 'on_loan', dueOn: '2026-06-19' }),
    ]);
    desk.clock.set('2026-06-21');
    expect((await desk.call('carriers:get', { id })).loanOverdue).toBe(true);
    const overdue = await desk.call('carriers:list', {
      page: 1,
      pageSize: 10,
      filters: { due: 'loan_overdue' },
    });
    expect(overdue.rows.map((r) => r.id)).toEqual([id]);
    const back = await desk.call('carriers:return', {
      carrierId: id,
      copyNos: [12],
      returnedOn: '2026-06-21',
    });
    expect(back).toMatchObject({ status: 'in_custody', loanDueOn: null, loanOverdue: false });
    expect(back.copies.find((c) => c.copyNo === 12)).toMatchObject({ holderKey: '办公室/王丽', dueOn: null });
    const loans = await desk.call('carriers:movements', { page: 1, pageSize: 10 });
    expect(loans.rows[0]).toMatchObject({
      personName: '赵敏',
      returnedOn: '2026-06-21',
      approverName: '李建国',
      copyNo: 12,
    });

    // 复制 with approval: new copies with their own 份号, stamped, inheriting level, term and range.
    const copy = await desk.call('carriers:copy', {
      carrierId: id,
      copiedOn: '2026-06-21',
      copyCount: 2,
      purpose: '科室学习',
      department: '档案科',
      custodian: '赵敏',
      approval: leaderApproval('2026-06-21'),
    });
    expect(copy).toMatchObject({
      carrierNo: '复2026-00001',
      source: 'copied',
      original: { id },
      level: 'secret',
      termEndsOn: '2036-05-20',
      needToKnow: ['办公室', '机要科'],
      copyStamp: '复制件：某市档案局，2026-06-21',
    });
    expect(copy.copies.map((c) => c.copyNo)).toEqual([1, 2]);
    expect((await desk.call('carriers:get', { id })).derived).toEqual([
      { id: copy.id, carrierNo: '复2026-00001', copyMode: 'copy' },
    ]);

    // 销毁 copy 13 in a batch with two witnesses.
    // The next day (an approval is never dated after today).
    desk.clock.set('2026-06-22');
    const batch = await desk.call('carriers:destroy', {
      destroyedAt: '2026-06-22T10:30',
      place: '机要室',
      method: 'shred',
      reason: '学习完毕，无保存价值',
      responsibleName: '王丽',
      witnesses: twoWitnesses,
      approval: leaderApproval('2026-06-22'),
      items: [{ carrierId: id, copyNos: [13] }],
    });
    expect(batch).toMatchObject({ batchNo: '销2026-001', approverName: '李建国' });
    expect(batch.items).toEqual([expect.objectContaining({ carrierId: id, copyNo: 13 })]);
    const after = await desk.call('carriers:get', { id });
    expect(after).toMatchObject({ status: 'in_custody', liveCopies: 1, copyCount: 2 });
    expect(after.copies.find((c) => c.copyNo === 13)?.status).toBe('destroyed');

    // The whole life, in order, in the timeline; every action wrote exactly one audit entry.
    expect(after.history.map((h) => [h.kind, h.copyNo])).toEqual([
      ['register', null],
      ['distribute', 13],
      ['recall', 13],
      ['borrow', 12],
      ['return', 12],
      ['copy', null],
      ['destroy', 13],
    ]);
    expect(after.history.find((h) => h.kind === 'destroy')?.counterpart).toBe('监销：张伟、刘芳');
    expect(after.history[0]?.actor).toBe('王丽');
    expect(audits() - start).toBe(7);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('a refused action changes nothing: no history row, no audit entry, no approval', async () => {
    const desk = await openDesk();
    const id = (
      await desk.call(
        'carriers:register',
        received({ level: 'top_secret', term: { kind: 'period', years: 30 } }),
      )
    ).id;
    const db = desk.core.session().db;
    const audits = verifyAuditChain(db).count;
    await desk.refused('carriers:borrow', {
      carrierId: id,
      copyNos: [12],
      borrower: { name: '周强', department: '市委办' },
      outside: true,
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: leaderApproval(),
    });
    const d = await desk.call('carriers:get', { id });
    expect(d.history).toHaveLength(1);
    expect(d.status).toBe('in_custody');
    expect(verifyAuditChain(db).count).toBe(audits);
    expect((await desk.call('approvals:list', { page: 1, pageSize: 10, kind: 'borrow' })).total).toBe(0);
  });

  it('a produced item carries its 定密 record: 承办人 proposes, 定密责任人 approves', async () => {
    const desk = await openDesk();
    const d = await desk.call('carriers:register', produced());
    expect(d).toMatchObject({ carrierNo: '制2026-00001', ownClassification: true, lastReviewYear: 2026 });
    expect(d.copies.map((c) => c.copyNo)).toEqual([1, 2, 3]);
    expect(d.decisions).toEqual([
      expect.objectContaining({
        kind: 'classify',
        proposerName: '赵敏',
        decidedBy: '陈局长',
        authority: 'own',
        levelAfter: 'confidential',
      }),
    ]);
    const approvals = await desk.call('approvals:list', { page: 1, pageSize: 10, kind: 'classify' });
    expect(approvals.rows[0]).toMatchObject({ approverName: '陈局长', approverTitle: '定密责任人' });
  });

  it('移交 of every copy makes the receiver the custodian; the personal registers follow the master', async () => {
    const desk = await openDesk();
    const db = desk.core.session().db;
    const id = (await desk.call('carriers:register', produced())).id;
    await desk.call('carriers:handOver', {
      carrierId: id,
      copyNos: [1],
      handedOn: '2026-06-15',
      to: { name: '赵敏' },
    });
    expect((await desk.call('carriers:get', { id })).custodianName).toBe('王丽');
    expect(carriersHeldBy(db, '办公室/赵敏')).toHaveLength(1);
    await desk.call('carriers:handOver', {
      carrierId: id,
      copyNos: [2, 3],
      handedOn: '2026-06-15',
      to: { name: '赵敏' },
    });
    // Now 赵敏 holds every copy still in the unit: 赵敏 is the custodian.
    const d = await desk.call('carriers:get', { id });
    expect(d).toMatchObject({ custodianName: '赵敏', custodianKey: '办公室/赵敏', department: '办公室' });
    expect(carriersHeldBy(db, '办公室/王丽')).toEqual([]);
    expect(carriersHeldBy(db, '办公室/赵敏').map((h) => h.copyNo)).toEqual([1, 2, 3]);
    const byCustodian = await desk.call('carriers:list', {
      page: 1,
      pageSize: 10,
      filters: { custodian: d.custodianKey },
    });
    expect(byCustodian.rows.map((r) => r.id)).toEqual([id]);
    // Handed to the archives: the copies leave the register, their records stay.
    const out = await desk.call('carriers:handOver', {
      carrierId: id,
      copyNos: [1, 2, 3],
      handedOn: '2026-06-16',
      to: { name: '档案馆接收人' },
      toUnit: '市档案馆',
    });
    expect(out).toMatchObject({ status: 'handed_over', liveCopies: 0 });
    expect(carriersHeldBy(db, '办公室/赵敏')).toEqual([]);
  });

  it('original records are kept permanently: the database refuses to delete them', async () => {
    const desk = await openDesk();
    const id = (await desk.call('carriers:register', received())).id;
    const raw = desk.core.session().db.$client;
    for (const t of ['carrier_events', 'carrier_copies', 'carriers']) {
      expect(() => raw.prepare(`DELETE FROM ${t}`).run(), t).toThrow(/kept permanently/);
    }
    expect(() => raw.prepare("UPDATE carrier_events SET detail = '{}'").run()).toThrow(/append-only/);
    expect((await desk.call('carriers:get', { id })).history).toHaveLength(1);
  });
});
