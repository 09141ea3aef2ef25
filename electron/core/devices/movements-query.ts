// 借用登记表: the 借用 and 携带外出 of the register as one list (部门存储介质借用登记表, §2.4), each with the device it
// was connected to and how it came back.
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { deviceMovements, devices } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { DeviceMovementListInput, DeviceMovementRow } from '../../ipc/schemas/devices-usage';
import { pageOf } from '../util/paging';
import { inList } from '../util/in-list';

export function listMovements(db: Db, input: DeviceMovementListInput): Page<DeviceMovementRow> {
  const conds: SQL[] = [];
  if (input.family) conds.push(eq(devices.family, input.family));
  if (input.kind) conds.push(eq(deviceMovements.kind, input.kind));
  if (input.open) conds.push(isNull(deviceMovements.returnedOn));
  const where = conds.length ? and(...conds) : undefined;
  const total =
    db
      .select({ n: count() })
      .from(deviceMovements)
      .innerJoin(devices, eq(devices.id, deviceMovements.deviceId))
      .where(where)
      .get()?.n ?? 0;
  const rows = pageOf(
    db
      .select({
        m: deviceMovements,
        deviceNo: devices.deviceNo,
        deviceKind: devices.kind,
        level: devices.level,
      })
      .from(deviceMovements)
      .innerJoin(devices, eq(devices.id, deviceMovements.deviceId))
      .where(where)
      .orderBy(desc(deviceMovements.startedOn), desc(deviceMovements.id)),
    input,
  ).all();
  // The devices the media were connected to, read once for the page.
  const ids = [...new Set(rows.map((r) => r.m.connectDeviceId).filter((id): id is number => id !== null))];
  const hosts = new Map(
    (ids.length
      ? db
          .select({ id: devices.id, deviceNo: devices.deviceNo, level: devices.level })
          .from(devices)
          .where(inList(devices.id, ids))
          .all()
      : []
    ).map((h) => [h.id, h]),
  );
  return {
    total,
    rows: rows.map(({ m, ...d }) => {
      const host = m.connectDeviceId ? hosts.get(m.connectDeviceId) : undefined;
      return {
        id: m.id,
        kind: m.kind,
        deviceId: m.deviceId,
        deviceNo: d.deviceNo,
        deviceKind: d.deviceKind,
        level: d.level,
        personName: m.personName,
        reason: m.reason,
        connectDeviceNo: host?.deviceNo ?? null,
        connectLevel: host?.level ?? null,
        contentLevel: m.contentLevel,
        destination: m.destination,
        startedOn: m.startedOn,
        dueOn: m.dueOn,
        returnedOn: m.returnedOn,
        checkerName: m.checkerName,
        checkResult: m.checkResult,
      };
    }),
  };
}
