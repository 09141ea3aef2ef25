// 清点 at the shelf (issue 23, point 2): a scanned or typed 编号 and 份号 marks its copy 在位; the count's lines
// are searchable; 未清点的全部记为在位 marks exactly the count it showed.
import { describe, expect, it } from 'vitest';
import { openDesk, produced, received } from '../carriers/helpers';
import { scanSplits } from '../../../../electron/core/inventory/scan';

async function counting() {
  const desk = await openDesk('2026-06-15');
  const a = await desk.call('carriers:register', received()); // copies 12, 13
  const b = await desk.call('carriers:register', produced()); // copies 1–3
  const single = await desk.call(
    'carriers:register',
    received({
      name: '保密工作要点',
      docNo: '省保办〔2026〕13号',
      copyCount: 1,
      copyNos: [7],
      receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 1 },
    }),
  );
  const inv = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-30' });
  return { desk, a, b, single, inv };
}

describe('inventory scan and search', () => {
  it('splits a code at the separator before its 份号, keeping the 编号 whole', () => {
    expect(scanSplits('收2026-00012 0015')).toContainEqual({ carrierNo: '收2026-00012', copyNo: 15 });
    expect(scanSplits('收2026-00012/15')).toContainEqual({ carrierNo: '收2026-00012', copyNo: 15 });
    expect(scanSplits('收2026-00012 第15份')).toContainEqual({ carrierNo: '收2026-00012', copyNo: 15 });
    expect(scanSplits('收2026-00012-0015')).toContainEqual({ carrierNo: '收2026-00012', copyNo: 15 });
    expect(scanSplits('收2026-00012')[0]).toEqual({ carrierNo: '收2026-00012', copyNo: null });
  });

  it('a scanned 编号 and 份号 marks that copy 在位, whatever form the 份号 is printed in', async () => {
    const { desk, a, inv } = await counting();
    const r = await desk.call('inventory:scan', { inventoryId: inv.id, code: `${a.carrierNo} 0013` });
    expect(r.already).toBe(false);
    expect(r.line).toMatchObject({ carrierId: a.id, copyNo: 13, result: 'present' });
    expect(r.inventory.report).toMatchObject({ total: 6, present: 1 });
    // Scanned again: nothing changes, and the clerk is told it was counted.
    const again = await desk.call('inventory:scan', { inventoryId: inv.id, code: `${a.carrierNo}/13` });
    expect(again.already).toBe(true);
    expect(again.inventory.report.present).toBe(1);
    // A single-copy carrier needs no 份号.
    const { single } = await desk.call('inventory:get', { id: inv.id, q: '要点' }).then((d) => ({
      single: d.lines.rows,
    }));
    expect(single).toHaveLength(1);
    const one = await desk.call('inventory:scan', { inventoryId: inv.id, code: single[0]?.carrierNo ?? '' });
    expect(one.line.copyNo).toBe(7);
  });

  it('inventory_scan_not_found: a code outside the count is refused and nothing is marked', async () => {
    const { desk, a, inv } = await counting();
    expect(
      await desk.refused('inventory:scan', { inventoryId: inv.id, code: `${a.carrierNo} 0099` }),
    ).toMatchObject({ code: 'RULE', rule: 'inventory_scan_not_found' });
    const got = await desk.call('inventory:get', { id: inv.id });
    expect(got.report.present).toBe(0);
  });

  it('inventory_scan_needs_copy: a 编号 with several copies in the count asks for the 份号', async () => {
    const { desk, b, inv } = await counting();
    expect(await desk.refused('inventory:scan', { inventoryId: inv.id, code: b.carrierNo })).toMatchObject({
      code: 'RULE',
      rule: 'inventory_scan_needs_copy',
    });
    const got = await desk.call('inventory:get', { id: inv.id });
    expect(got.report.present).toBe(0);
  });

  it('searches the count by 编号, 名称, 应在 or 份号, and counts what it found', async () => {
    const { desk, b, inv } = await counting();
    const byName = await desk.call('inventory:get', { id: inv.id, q: '自查报告' });
    expect(byName.lines.total).toBe(3);
    expect(byName.lines.rows.every((l) => l.carrierId === b.id)).toBe(true);
    const byNo = await desk.call('inventory:get', { id: inv.id, q: b.carrierNo });
    expect(byNo.lines.total).toBe(3);
    const byCopy = await desk.call('inventory:get', { id: inv.id, q: '0012' });
    expect(byCopy.lines.rows.map((l) => l.copyNo)).toEqual([12]);
    const none = await desk.call('inventory:get', { id: inv.id, q: '100%' });
    expect(none.lines.total).toBe(0);
  });

  it('未清点的全部记为在位 marks every pending copy of the count, not a page of them', async () => {
    const { desk, a, inv } = await counting();
    await desk.call('inventory:scan', { inventoryId: inv.id, code: `${a.carrierNo} 12` });
    const done = await desk.call('inventory:checkRest', { inventoryId: inv.id, expected: 5 });
    expect(done.report).toMatchObject({ total: 6, present: 6 });
  });

  it('inventory_rest_changed: the count shown must be the count marked', async () => {
    const { desk, inv } = await counting();
    expect(await desk.refused('inventory:checkRest', { inventoryId: inv.id, expected: 4 })).toMatchObject({
      code: 'RULE',
      rule: 'inventory_rest_changed',
    });
    expect((await desk.call('inventory:get', { id: inv.id })).report.present).toBe(0);
  });
});
