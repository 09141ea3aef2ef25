// This PC is one of the unit's devices (issue 14 point 1): what the core can read of it — its name, operating
// system and network cards' MAC addresses — so the first registration of the host is offered pre-filled, and
// whether it is registered already (the register's 本机 flag).
import { hostname, networkInterfaces, release, type as osType } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { devices } from '../../../db/schema';
import type { HostFacts } from '../../ipc/schemas/devices';

/**
 * The device marked 本机, through its partial index (devices_host_idx): the literal 1 is what lets SQLite use
 * it (a bound parameter would not prove the index's WHERE), so the home page does not scan every device.
 */
export function hostQuery(db: Pick<Db, 'select'>) {
  return db
    .select({ id: devices.id, deviceNo: devices.deviceNo })
    .from(devices)
    .where(sql`${devices.isHost} = 1`);
}

export function hostFacts(db: Pick<Db, 'select'>): HostFacts {
  const registered = hostQuery(db).get();
  const macs = new Set<string>();
  for (const cards of Object.values(networkInterfaces())) {
    for (const c of cards ?? []) {
      if (!c.internal && c.mac && c.mac !== '00:00:00:00:00:00') macs.add(c.mac.toUpperCase());
    }
  }
  return {
    registeredId: registered?.id ?? null,
    registeredNo: registered?.deviceNo ?? null,
    hostName: hostname(),
    os: `${osType()} ${release()}`,
    macs: [...macs],
  };
}
