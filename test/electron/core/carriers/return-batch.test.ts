// 批量归还: several carriers' loans closed in one transaction with one audit entry — all of them, or none.
import { desc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, carrierEvents, carrierMovements } from '../../../../db/schema';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { lendCopy12, openDesk, received, type Desk } from './helpers';
import { ARCHIVES_IN_RANGE, onStaff } from './staff';

const NAMES = ['关于做好2026年度保密检查工作的通知', '保密工作要点', '涉密人员管理办法'];

let desk: Desk;
let ids: number[];
let nos: string[];

/** Three 机密 documents, copy 12 of each lent to 赵敏 (copy 13 stays in the cabinet). */
beforeEach(async () => {
  desk = await openDesk('2026-06-15');
  await onStaff(desk);
  ids = [];
  nos = [];
  for (const name of NAMES) {
    const c = await desk.call('carriers:register', received({ name, ...ARCHIVES_IN_RANGE }));
    await desk.call('carriers:borrow', lendCopy12(c.id));
    ids.push(c.id);
    nos.push(c.carrierNo);
  }
});

const auditCount = () => verifyAuditChain(desk.core.session().db).count;
const statusOf = async (id: number) => (await desk.call('carriers:get', { id })).status;
const returnEvents = () =>
  desk.core
    .session()
    .db.select()
    .from(carrierEvents)
    .all()
    .filter((e) => e.kind === 'return');
const openLoans = () =>
  desk.core
    .session()
    .db.select()
    .from(carrierMovements)
    .all()
    .filter((m) => m.returnedOn === null).length;

describe('批量归还', () => {
  it('returns every carrier of the batch, with the history rows a single return writes', async () => {
    const r = await desk.call('carriers:returnBatch', {
      items: ids.map((carrierId) => ({ carrierId, copyNos: [12] })),
      returnedOn: '2026-06-20',
      remark: '月底清点前收回',
    });
    expect(r).toEqual({ returned: 3, carriers: 3 });
    for (const id of ids) {
      const c = await desk.call('carriers:get', { id });
      expect(c).toMatchObject({ status: 'in_custody', loanDueOn: null });
      expect(c.copies.find((k) => k.copyNo === 12)).toMatchObject({ holderKey: '办公室/王丽' });
      expect(c.history.at(-1)).toMatchObject({
        kind: 'return',
        copyNo: 12,
        on: '2026-06-20',
        counterpart: '档案科 赵敏',
        detail: { movement: 'borrow', late: false, remark: '月底清点前收回' },
      });
    }
    expect(openLoans()).toBe(0);
  });

  it('writes one audit entry for the whole batch', async () => {
    const before = auditCount();
    await desk.call('carriers:returnBatch', {
      items: ids.map((carrierId) => ({ carrierId, copyNos: [12] })),
      returnedOn: '2026-06-20',
    });
    expect(auditCount()).toBe(before + 1);
    const last = desk.core.session().db.select().from(auditLog).orderBy(desc(auditLog.seq)).get();
    expect(last).toMatchObject({ action: 'carrier_return_batch', entity: 'carrier' });
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({
      returned: 3,
      items: ids.map((carrierId) => ({ carrierId, copyNos: [12] })),
    });
  });

  it('a refused carrier leaves the whole batch unwritten and is named by its 编号', async () => {
    const before = auditCount();
    // The third carrier's copy 13 was never lent: its return is refused, so nothing of the batch is written.
    const e = await desk.refused('carriers:returnBatch', {
      items: [
        { carrierId: ids[0] ?? 0, copyNos: [12] },
        { carrierId: ids[1] ?? 0, copyNos: [12] },
        { carrierId: ids[2] ?? 0, copyNos: [13] },
      ],
      returnedOn: '2026-06-20',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'copy_state', fields: [{ path: 'items.2.copyNos' }] });
    expect(e.message).toContain(nos[2]);
    for (const id of ids) expect(await statusOf(id)).toBe('on_loan');
    expect(returnEvents()).toEqual([]);
    expect(openLoans()).toBe(3);
    expect(auditCount()).toBe(before);
  });

  it('an unknown carrier or copy is refused by its place in the batch, and nothing is written', async () => {
    const unknown = await desk.refused('carriers:returnBatch', {
      items: [
        { carrierId: ids[0] ?? 0, copyNos: [12] },
        { carrierId: 9999, copyNos: [12] },
      ],
      returnedOn: '2026-06-20',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'items.1.carrierId' }] });
    expect(unknown.message).toContain('第 2 件');
    const early = await desk.refused('carriers:returnBatch', {
      items: [{ carrierId: ids[1] ?? 0, copyNos: [12] }],
      returnedOn: '2026-06-10',
    });
    expect(early).toMatchObject({ code: 'RULE', fields: [{ path: 'items.0.returnedOn' }] });
    expect(early.message).toContain(nos[1]);
    expect(await statusOf(ids[0] ?? 0)).toBe('on_loan');
    expect(returnEvents()).toEqual([]);
  });

  it('a carrier may appear once, and a batch holds 1 to 500 carriers', async () => {
    const twice = await desk.refused('carriers:returnBatch', {
      items: [
        { carrierId: ids[0] ?? 0, copyNos: [12] },
        { carrierId: ids[0] ?? 0, copyNos: [12] },
      ],
      returnedOn: '2026-06-20',
    });
    expect(twice).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'items' }] });
    expect(await desk.refused('carriers:returnBatch', { items: [], returnedOn: '2026-06-20' })).toMatchObject(
      { code: 'VALIDATION' },
    );
    const many = Array.from({ length: 501 }, (_, i) => ({ carrierId: i + 1, copyNos: [1] }));
    expect(
      await desk.refused('carriers:returnBatch', { items: many, returnedOn: '2026-06-20' }),
    ).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'items' }] });
  });
});
