// 清点 of devices and media, as the carriers' 清点: a snapshot of the family in scope, each item ticked, a
// closing report that writes missing items into their history, discrepancies resolved; each rule named.
import { describe, expect, it } from 'vitest';
import { lostDocument } from '../incidents/helpers';
import { deviceDesk, laptop, usb } from './helpers';

const at = <T>(xs: T[], i: number): T => {
  const x = xs[i];
  if (x === undefined) throw new Error(`no row ${i}`);
  return x;
};
const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });

async function withMedia() {
  const desk = await deviceDesk();
  const a = await desk.call('devices:register', usb({ deviceNo: 'U-001', custodianId: desk.zhou }));
  const b = await desk.call('devices:register', usb({ deviceNo: 'U-002', custodianId: desk.sun }));
  await desk.call('devices:register', laptop({ deviceNo: 'BJ-001', custodianId: desk.zhou }));
  return { desk, a, b };
}

describe('清点 of devices and media', () => {
  it('counts one family, ticks, closes with a report and writes the missing into the history', async () => {
    const { desk, a, b } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'all',
      startedOn: '2026-06-15',
    });
    expect(inv).toMatchObject({ scopeLabel: '全部存储介质', status: 'open', report: { total: 2 } });
    const lines = (await desk.call('devices:inventory', { id: inv.id })).lines.rows;
    expect(lines.map((l) => [l.deviceNo, l.expectedHolder])).toEqual([
      ['U-001', '周杰'],
      ['U-002', '孙丽'],
    ]);
    await desk.call('devices:inventoryCheck', {
      inventoryId: inv.id,
      lines: [
        { lineId: at(lines, 0).id, result: 'present' },
        { lineId: at(lines, 1).id, result: 'missing', note: '责任人称已遗失' },
      ],
    });
    const closed = await desk.call('devices:inventoryClose', { inventoryId: inv.id, closedOn: '2026-06-15' });
    expect(closed).toMatchObject({ status: 'closed', report: { total: 2, present: 1, missing: 1, open: 1 } });
    const hist = (await desk.call('devices:get', { id: b.id })).events.map((e) => e.kind);
    expect(hist).toContain('inventory');
    expect((await desk.call('devices:get', { id: a.id })).events.map((e) => e.kind)).not.toContain(
      'inventory',
    );
    const open = await desk.call('devices:discrepancies', { family: 'medium' });
    expect(open.rows.map((l) => l.deviceNo)).toEqual(['U-002']);
    await desk.call('devices:inventoryResolve', {
      lineId: at(open.rows, 0).id,
      resolvedOn: '2026-06-16',
      resolution: '已在机要室找到',
    });
    expect((await desk.call('devices:discrepancies', {})).total).toBe(0);
  });

  it('an open discrepancy is a reminder on the 清点 tab; reported as an incident, it points to the incident', async () => {
    const { desk, b } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'all',
      startedOn: '2026-06-15',
    });
    const lines = (await desk.call('devices:inventory', { id: inv.id })).lines.rows;
    await desk.call('devices:inventoryCheck', {
      inventoryId: inv.id,
      lines: [{ lineId: at(lines, 1).id, result: 'missing', note: '责任人称已遗失' }],
    });
    const reminders = async () => desk.call('reminders:list', {});
    const open = (await reminders()).find((r) => r.id === 'medium_inventory_discrepancies');
    expect(open).toMatchObject({
      title: '1 件存储介质清点差异尚未处理',
      target: 'classified_media',
      view: { tab: 'inventory' },
    });
    await desk.call(
      'incidents:open',
      lostDocument({ links: [{ kind: 'device', refId: b.id, label: 'U-002' }] }),
    );
    const ids = (await reminders()).map((r) => r.id);
    expect(ids).not.toContain('medium_inventory_discrepancies');
    expect((await reminders()).find((r) => r.id === 'device_inventory_discrepancies_reported')).toMatchObject(
      {
        target: 'incidents',
      },
    );
    await desk.call('devices:inventoryResolve', {
      lineId: at(lines, 1).id,
      resolvedOn: '2026-06-16',
      resolution: '已在机要室找到',
    });
    expect((await reminders()).map((r) => r.id)).not.toContain('device_inventory_discrepancies_reported');
  });

  it('a 责任人 scope counts what that person holds or is in charge of', async () => {
    const { desk } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'custodian',
      custodianId: desk.zhou,
      startedOn: '2026-06-15',
    });
    expect(inv).toMatchObject({ scopeLabel: '存储介质：责任人 周杰', report: { total: 1 } });
  });

  it('device_inventory_already_open: one open count per scope', async () => {
    const { desk } = await withMedia();
    const start = { family: 'medium' as const, scope: 'all' as const, startedOn: '2026-06-15' };
    await desk.call('devices:inventoryStart', start);
    expect(await desk.refused('devices:inventoryStart', start)).toEqual(
      rule('device_inventory_already_open'),
    );
    // The devices are counted on their own.
    await desk.call('devices:inventoryStart', { ...start, family: 'device' });
  });

  it('device_inventory_all_checked: a count closes only when every item was ticked, or marked missing', async () => {
    const { desk } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'all',
      startedOn: '2026-06-15',
    });
    expect(
      await desk.refused('devices:inventoryClose', { inventoryId: inv.id, closedOn: '2026-06-15' }),
    ).toEqual(rule('device_inventory_all_checked'));
    const closed = await desk.call('devices:inventoryClose', {
      inventoryId: inv.id,
      closedOn: '2026-06-15',
      markUncheckedMissing: true,
    });
    expect(closed.report).toMatchObject({ missing: 2, open: 2 });
  });

  it('device_inventory_closed: a closed count is not changed', async () => {
    const { desk } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'all',
      startedOn: '2026-06-15',
    });
    const line = at((await desk.call('devices:inventory', { id: inv.id })).lines.rows, 0);
    await desk.call('devices:inventoryClose', {
      inventoryId: inv.id,
      closedOn: '2026-06-15',
      markUncheckedMissing: true,
    });
    expect(
      await desk.refused('devices:inventoryCheck', {
        inventoryId: inv.id,
        lines: [{ lineId: line.id, result: 'present' }],
      }),
    ).toEqual(rule('device_inventory_closed'));
  });

  it('device_nothing_to_resolve: only an open discrepancy is resolved, once', async () => {
    const { desk } = await withMedia();
    const inv = await desk.call('devices:inventoryStart', {
      family: 'medium',
      scope: 'all',
      startedOn: '2026-06-15',
    });
    const rows = (await desk.call('devices:inventory', { id: inv.id })).lines.rows;
    const present = at(rows, 0);
    const missing = at(rows, 1);
    await desk.call('devices:inventoryCheck', {
      inventoryId: inv.id,
      lines: [
        { lineId: present.id, result: 'present' },
        { lineId: missing.id, result: 'missing' },
      ],
    });
    await desk.call('devices:inventoryClose', { inventoryId: inv.id, closedOn: '2026-06-15' });
    const resolve = { resolvedOn: '2026-06-16', resolution: '已找到' };
    expect(await desk.refused('devices:inventoryResolve', { lineId: present.id, ...resolve })).toEqual(
      rule('device_nothing_to_resolve'),
    );
    await desk.call('devices:inventoryResolve', { lineId: missing.id, ...resolve });
    expect(await desk.refused('devices:inventoryResolve', { lineId: missing.id, ...resolve })).toEqual(
      rule('device_nothing_to_resolve'),
    );
  });
});
