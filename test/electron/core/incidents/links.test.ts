// An incident links any carrier of the register or any device or medium, not only one from an inventory: the
// link names it by its number, and a link to something not registered is refused (link_target_exists).
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { laptop } from '../devices/helpers';
import { lostDocument, openDesk } from './helpers';

describe('incident links to carriers and devices', () => {
  it('link_target_exists: a carrier or device link names a registered one, by its number', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    const c = await desk.call('carriers:register', received());
    const d = await desk.call('devices:register', laptop());
    const withCarrier = await desk.call('incidents:link', {
      incidentId: i.id,
      kind: 'carrier',
      refId: c.id,
      label: '涉及载体',
    });
    const withDevice = await desk.call('incidents:link', {
      incidentId: i.id,
      kind: 'device',
      refId: d.id,
      label: '涉及设备',
    });
    expect(withCarrier.links.map((l) => l.label)).toContain(`${c.carrierNo}《${c.name}》（涉及载体）`);
    expect(withDevice.links.map((l) => l.label)).toContain('BJ-012（涉及设备）');
    expect((await desk.call('incidents:of', { kind: 'device', refId: d.id })).map((x) => x.id)).toEqual([
      i.id,
    ]);
    for (const kind of ['carrier', 'device'] as const) {
      const e = await desk.refused('incidents:link', { incidentId: i.id, kind, refId: 9999, label: '涉及' });
      expect(e.rule).toBe('link_target_exists');
    }
  });
});
