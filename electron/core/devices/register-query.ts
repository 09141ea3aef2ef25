// The device and media registers' pages (filters, search, sort, server-side paging) and what a person holds.
import { and, asc, count, desc, eq, isNotNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { DeviceFamily } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { devices } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { DeviceListInput, DeviceRow, HeldDeviceView } from '../../ipc/schemas/devices';
import { anyContains } from '../util/like';
import { pageOf } from '../util/paging';
import { rankOf } from './rules';
import { departmentNames, toRow } from './views';

function conditions(input: DeviceListInput, today: string): SQL | undefined {
  const f = input.filters;
  const conds: (SQL | undefined)[] = [eq(devices.family, input.family)];
  if (f.kind) conds.push(eq(devices.kind, f.kind));
  if (f.class) conds.push(eq(devices.class, f.class));
  // By rank: the (family, level_rank, registered_on) index serves both this filter and the level sort.
  if (f.level) conds.push(eq(devices.levelRank, rankOf(f.level)));
  if (f.status) conds.push(eq(devices.status, f.status));
  if (f.departmentId) conds.push(eq(devices.departmentId, f.departmentId));
  if (f.custodianId) conds.push(eq(devices.custodianPersonId, f.custodianId));
  if (f.overdue) conds.push(and(isNotNull(devices.dueOn), lt(devices.dueOn, today)));
  if (input.search) {
    // 编号, 型号, 序列号 (incl. 硬盘序列号), 责任人.
    conds.push(
      anyContains(
        [
          devices.deviceNo,
          devices.assetNo,
          devices.brandModel,
          devices.serialNo,
          devices.diskSerials,
          devices.custodianName,
          devices.holderName,
        ],
        input.search,
      ),
    );
  }
  return and(...conds);
}

export function listDevices(db: Db, input: DeviceListInput, today: string): Page<DeviceRow> {
  const where = conditions(input, today);
  const dir = input.sort.order === 'asc' ? asc : desc;
  const order =
    input.sort.field === 'deviceNo'
      ? [dir(devices.deviceNo)]
      : input.sort.field === 'levelRank'
        ? [dir(devices.levelRank), dir(devices.registeredOn), dir(devices.id)]
        : [dir(devices.registeredOn), dir(devices.id)];
  const total = db.select({ n: count() }).from(devices).where(where).get()?.n ?? 0;
  const rows = pageOf(
    db
      .select()
      .from(devices)
      .where(where)
      .orderBy(...order),
    input,
  ).all();
  const names = departmentNames(
    db,
    rows.map((r) => r.departmentId),
  );
  return {
    total,
    rows: rows.map((r) => toRow(r, r.departmentId ? (names.get(r.departmentId) ?? null) : null, today)),
  };
}

/**
 * Every device and medium in the person's charge (责任人) or hands (借用, 携带外出), not yet destroyed: what
 * the leaving check names.
 */
export function devicesHeldBy(db: Pick<Db, 'select'>, personId: number): HeldDeviceView[] {
  const rows = db
    .select()
    .from(devices)
    .where(
      and(
        or(eq(devices.custodianPersonId, personId), eq(devices.holderPersonId, personId)),
        ne(devices.status, 'destroyed'),
      ),
    )
    .orderBy(asc(devices.deviceNo))
    .all();
  return rows.map((r) => ({
    id: r.id,
    family: r.family,
    deviceNo: r.deviceNo,
    kind: r.kind,
    level: r.level,
    status: r.status,
    how: r.holderPersonId === personId ? 'holder' : 'custodian',
  }));
}

/** Entries of one register (`stats --json`). */
export function devicesCount(db: Pick<Db, 'select'>, family: DeviceFamily): number {
  return db.select({ n: count() }).from(devices).where(eq(devices.family, family)).get()?.n ?? 0;
}
