// 清点: count what is held; discrepancies stay open until resolved; the frequency is a unit setting.
import { describe, expect, it } from 'vitest';
import { leaderApproval, openDesk, produced, received } from '../carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../carriers/staff';

describe('inventory (清点)', () => {
  it('a count of everything: tick each copy, close with a report, discrepancies stay open until resolved', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk); // 赵敏 borrows: a 涉密人员 in post
    const a = (await desk.call('carriers:register', received())).id; // copies 12, 13
    const b = (await desk.call('carriers:register', produced())).id; // copies 1–3
    await desk.call('carriers:borrow', {
      carrierId: b,
      copyNos: [3],
      borrower: { name: '赵敏', department: '档案科' },
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: leaderApproval(),
    });
    await desk.call('carriers:returnToIssuer', {
      carrierId: a,
      copyNos: [13],
      returnedOn: '2026-06-15',
      receiver: '省保密办',
    });

    const inv = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-30' });
    expect(inv).toMatchObject({ status: 'open', scopeLabel: '全部载体', report: { total: 4 } });
    // One open count per scope at a time.
    expect(await desk.refused('inventory:start', { scope: 'all', startedOn: '2026-06-30' })).toMatchObject({
      code: 'RULE',
      rule: 'inventory_already_open',
    });
    const lines = (await desk.call('inventory:get', { id: inv.id, page: 1, pageSize: 50 })).lines.rows;
    expect(lines.map((l) => [l.carrierId, l.copyNo, l.expectedStatus])).toEqual([
      [b, 1, 'in_custody'],
      [b, 2, 'in_custody'],
      [b, 3, 'on_loan'],
      [a, 12, 'in_custody'],
    ]);
    expect(lines.find((l) => l.copyNo === 3)?.expectedHolder).toBe('档案科 赵敏');
    const line = (carrierId: number, copyNo: number) =>
      lines.find((l) => l.carrierId === carrierId && l.copyNo === copyNo)?.id ?? 0;

    await desk.call('inventory:check', {
      inventoryId: inv.id,
      lines: [
        { lineId: line(a, 12), result: 'present' },
        { lineId: line(b, 1), result: 'present' },
        { lineId: line(b, 2), result: 'discrepant', note: '密级标志不清' },
      ],
    });
    expect(
      await desk.refused('inventory:close', { inventoryId: inv.id, closedOn: '2026-06-30' }),
    ).toMatchObject({
      code: 'RULE',
      rule: 'inventory_all_checked',
    });
    const closed = await desk.call('inventory:close', {
      inventoryId: inv.id,
      closedOn: '2026-06-30',
      markUncheckedMissing: true,
    });
    expect(closed).toMatchObject({
      status: 'closed',
      closedOn: '2026-06-30',
      report: { total: 4, present: 2, missing: 1, discrepant: 1, open: 2 },
    });
    expect(
      await desk.refused('inventory:check', {
        inventoryId: inv.id,
        lines: [{ lineId: line(b, 3), result: 'present' }],
      }),
    ).toMatchObject({ rule: 'inventory_closed' });

    // The discrepancies are in the carrier's history and remain open.
    const hist = (await desk.call('carriers:get', { id: b })).history.filter((h) => h.kind === 'inventory');
    expect(hist.map((h) => [h.copyNo, (h.detail as { result: string }).result])).toEqual([
      [2, 'discrepant'],
      [3, 'missing'],
    ]);
    const open = await desk.call('inventory:discrepancies', { page: 1, pageSize: 10 });
    expect(open.total).toBe(2);
    const resolved = await desk.call('inventory:resolve', {
      lineId: line(b, 3),
      resolvedOn: '2026-07-01',
      resolution: '借阅人赵敏出差携带，已核实在其手中，7月1日归还',
    });
    expect(resolved).toMatchObject({ result: 'missing', resolvedAt: '2026-07-01' });
    expect(
      await desk.refused('inventory:resolve', {
        lineId: line(b, 3),
        resolvedOn: '2026-07-01',
        resolution: '重复',
      }),
    ).toMatchObject({
      rule: 'nothing_to_resolve',
    });
    expect((await desk.call('inventory:discrepancies', { page: 1, pageSize: 10 })).total).toBe(1);
    expect((await desk.call('inventory:list', { page: 1, pageSize: 10 })).rows[0]?.report.open).toBe(1);
  });

  it('a count of one department, or of one custodian’s personal register', async () => {
    const desk = await openDesk('2026-06-15');
    await desk.call('carriers:register', received());
    const other = (
      await desk.call('carriers:register', produced({ department: '财务科', custodian: '钱进' }))
    ).id;
    await desk.call('carriers:distribute', {
      carrierId: other,
      distributedOn: '2026-06-15',
      items: [{ copyNo: 1, recipient: { name: '王丽', department: '办公室' } }],
    });
    const dept = await desk.call('inventory:start', {
      scope: 'department',
      department: '财务科',
      startedOn: '2026-06-30',
    });
    expect(dept).toMatchObject({ scopeLabel: '部门：财务科', report: { total: 3 } });
    // 王丽 holds her own two copies and the one distributed to her: her personal register.
    const mine = await desk.call('inventory:start', {
      scope: 'custodian',
      custodianKey: '办公室/王丽',
      startedOn: '2026-06-30',
    });
    expect(mine.report.total).toBe(3);
    expect((await desk.call('carriers:heldBy', { custodianKey: '办公室/王丽' })).length).toBe(3);
    expect(
      await desk.refused('inventory:start', { scope: 'department', startedOn: '2026-06-30' }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: [expect.objectContaining({ path: 'department' })],
    });
  });

  it('reminds of the count by the unit’s frequency (monthly by default) and of open discrepancies', async () => {
    const desk = await openDesk('2026-06-15');
    await onStaff(desk); // 赵敏 borrows: a 涉密人员 in post, her 档案科 in the 知悉范围
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(await ids()).not.toContain('inventory_due');
    const id = (await desk.call('carriers:register', received(ARCHIVES_IN_RANGE))).id;
    expect(await ids()).toContain('inventory_due');
    const inv = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-15' });
    const lines = (await desk.call('inventory:get', { id: inv.id, page: 1, pageSize: 10 })).lines.rows;
    await desk.call('inventory:check', {
      inventoryId: inv.id,
      lines: lines.map((l) => ({
        lineId: l.id,
        result: l.copyNo === 12 ? ('present' as const) : ('missing' as const),
      })),
    });
    await desk.call('inventory:close', { inventoryId: inv.id, closedOn: '2026-06-15' });
    expect(await ids()).not.toContain('inventory_due');
    expect(await ids()).toContain('inventory_discrepancies');
    desk.clock.set('2026-07-16');
    expect(await ids()).toContain('inventory_due');
    await desk.call('carriers:updateSettings', { inventoryFrequency: 'quarterly' });
    expect(await ids()).not.toContain('inventory_due');
    expect((await desk.call('carriers:settings', {})).inventoryFrequency).toBe('quarterly');
    // Overdue loans are reminded too.
    await desk.call('carriers:borrow', {
      carrierId: id,
      copyNos: [12],
      borrower: { name: '赵敏' },
      lentOn: '2026-07-01',
      dueOn: '2026-07-10',
      approval: leaderApproval('2026-07-01'),
    });
    expect(await ids()).toContain('carrier_loans_overdue');
  });
});
