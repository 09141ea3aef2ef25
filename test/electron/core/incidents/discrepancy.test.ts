// An incident opened from an inventory discrepancy (a missing copy): the incident names the line and the
// carrier, and the line finds its incident.
import { describe, expect, it } from 'vitest';
import { openDesk, received } from '../carriers/helpers';
import { lostDocument } from './helpers';

describe('incident from an inventory discrepancy', () => {
  it('link_target_exists: links the missing copy and the incident both ways; a line that does not exist is refused', async () => {
    const desk = await openDesk('2026-06-15');
    const carrier = await desk.call('carriers:register', received());
    const inv = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-15' });
    const [line] = (await desk.call('inventory:get', { id: inv.id, page: 1, pageSize: 50 })).lines.rows;
    if (!line) throw new Error('no line');
    await desk.call('inventory:check', {
      inventoryId: inv.id,
      lines: [{ lineId: line.id, result: 'missing' }],
    });
    expect(await desk.call('incidents:of', { kind: 'inventory_line', refId: line.id })).toEqual([]);
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(await ids()).toContain('inventory_discrepancies');
    const i = await desk.call(
      'incidents:open',
      lostDocument({
        links: [
          { kind: 'inventory_line', refId: line.id, label: `清点差异：第${line.copyNo}份` },
          { kind: 'carrier', refId: carrier.id, label: carrier.name },
        ],
      }),
    );
    expect(i.links.map((l) => l.kind)).toEqual(['inventory_line', 'carrier']);
    // The discrepancy's reminder now points to the incident.
    expect(await ids()).not.toContain('inventory_discrepancies');
    expect(
      (await desk.call('reminders:list', {})).find((r) => r.id === 'inventory_discrepancies_reported')
        ?.target,
    ).toBe('incidents');
    const back = await desk.call('incidents:of', { kind: 'inventory_line', refId: line.id });
    expect(back.map((x) => x.id)).toEqual([i.id]);
    expect(
      (await desk.call('incidents:of', { kind: 'carrier', refId: carrier.id })).map((x) => x.id),
    ).toEqual([i.id]);
    const e = await desk.refused(
      'incidents:open',
      lostDocument({ links: [{ kind: 'inventory_line', refId: 9999, label: '—' }] }),
    );
    expect(e.rule).toBe('link_target_exists');
  });
});
