// The demo's incidents name what they concern: the 机密 document found missing at the count, and the 涉密 computer a
// phone was charged from, each linked as the clerk links it and found again from the carrier's or device's side.
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedIncidents } from '../../../../electron/core/incidents/demo';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { openDesk } from '../carriers/helpers';

describe('demo incident links', () => {
  it('links each demo incident to a carrier or a device of the register', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', seededRng(20261124), now);
    seedCarriers(db, { count: 400, rng: seededRng(20261123), now });
    seedDevices(db, 'small', seededRng(20261125), now);
    seedIncidents(db, now);
    const rows = (await desk.call('incidents:list', {})).rows;
    expect(rows).toHaveLength(2);
    const links = (
      await Promise.all(rows.map((r) => desk.call('incidents:get', { incidentId: r.id })))
    ).flatMap((i) => i.links);
    const carrier = links.find((l) => l.kind === 'carrier');
    const device = links.find((l) => l.kind === 'device');
    if (!carrier || !device) throw new Error(`links: ${JSON.stringify(links)}`);
    const c = await desk.call('carriers:get', { id: carrier.refId });
    expect(c.level).toBe('secret');
    expect(carrier.label).toContain(`${c.carrierNo}《${c.name}》`);
    const d = await desk.call('devices:get', { id: device.refId });
    expect(d).toMatchObject({ class: 'classified', kind: 'desktop' });
    expect(device.label).toContain(d.deviceNo);
    expect(await desk.call('incidents:of', { kind: 'carrier', refId: carrier.refId })).toHaveLength(1);
    expect(await desk.call('incidents:of', { kind: 'device', refId: device.refId })).toHaveLength(1);
  });
});
