// How a device or medium reads on screen: its row, and its detail with the whole history.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import {
  accounts,
  approvals,
  departments,
  deviceEvents,
  deviceMovements,
  deviceRepairs,
  devices,
} from '../../../db/schema';
import type {
  DeviceDetail,
  DeviceEventView,
  DeviceMovementView,
  DeviceRepairView,
  DeviceRow,
} from '../../ipc/schemas/devices';
import type { AppCore } from '../app-core';
import { today } from '../util/dates';
import { levelOfRank } from './rules';
import { diskList, loadDevice, type DeviceRecord } from './store';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

export function toRow(d: DeviceRecord, department: string | null, today: string): DeviceRow {
  return {
    id: d.id,
    family: d.family,
    deviceNo: d.deviceNo,
    assetNo: d.assetNo,
    kind: d.kind,
    class: d.class,
    level: d.level,
    brandModel: d.brandModel,
    serialNo: d.serialNo,
    diskSerials: diskList(d.diskSerials),
    mac: d.mac,
    capacity: d.capacity,
    volumeId: d.volumeId,
    custodianId: d.custodianPersonId,
    custodianName: d.custodianName,
    departmentId: d.departmentId,
    department,
    location: d.location,
    purpose: d.purpose,
    os: d.os,
    registeredOn: d.registeredOn,
    enabledOn: d.enabledOn,
    status: d.status,
    storageState: d.storageState,
    holderName: d.holderName,
    dueOn: d.dueOn,
    // The due day is still inside the loan (民法典 art. 203): overdue from the next day.
    overdue: d.dueOn !== null && d.dueOn < today,
    secretNetwork: !!d.secretNetwork,
    onInternet: !!d.onInternet,
    monitorInstalled: !!d.monitorInstalled,
    isHost: !!d.isHost,
  };
}

/** Department names of the given ids, one query for a page (prepared once per connection). */
export function departmentNames(db: Pick<Db, 'select'>, ids: (number | null)[]): Map<number, string> {
  const want = [...new Set(ids.filter((i): i is number => i !== null))];
  if (!want.length) return new Map();
  const q = statement(db, 'devices:departmentNames', () =>
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(inListOf(departments.id, 'ids'))
      .prepare(),
  );
  const rows = q.all({ ids: listParam(want) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

const parse = (s: string | null): string[] => (s ? (JSON.parse(s) as string[]) : []);

export function deviceDetail(db: Db, id: number, today: string): DeviceDetail {
  const d = loadDevice(db, id, 'id');
  const dept = d.departmentId ? (departmentNames(db, [d.departmentId]).get(d.departmentId) ?? null) : null;
  const events: DeviceEventView[] = db
    .select({
      e: deviceEvents,
      approverName: approvals.approverName,
      approverTitle: approvals.approverTitle,
      accountName: accounts.displayName,
      decidedAt: approvals.decidedAt,
      documentNo: approvals.documentNo,
    })
    .from(deviceEvents)
    .leftJoin(approvals, eq(approvals.id, deviceEvents.approvalId))
    .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
    .where(eq(deviceEvents.deviceId, id))
    .orderBy(asc(deviceEvents.id))
    .all()
    .map(({ e, ...a }) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      at: e.at,
      counterpart: e.counterpart,
      approvalId: e.approvalId,
      approval: a.decidedAt
        ? {
            approverName: a.approverName ?? a.accountName ?? '',
            approverTitle: a.approverTitle,
            decidedAt: a.decidedAt,
            documentNo: a.documentNo,
          }
        : null,
      detail: JSON.parse(e.detail) as Record<string, unknown>,
    }));
  const connected = db.select({ id: devices.id, no: devices.deviceNo }).from(devices);
  const movements: DeviceMovementView[] = db
    .select()
    .from(deviceMovements)
    .where(eq(deviceMovements.deviceId, id))
    .orderBy(asc(deviceMovements.id))
    .all()
    .map((m) => ({
      id: m.id,
      kind: m.kind,
      personName: m.personName,
      reason: m.reason,
      connectDeviceNo: m.connectDeviceId
        ? (connected.where(eq(devices.id, m.connectDeviceId)).get()?.no ?? null)
        : null,
      contentLevel: m.contentLevel,
      destination: m.destination,
      startedOn: m.startedOn,
      dueOn: m.dueOn,
      returnedOn: m.returnedOn,
      checkerName: m.checkerName,
      checkResult: m.checkResult,
    }));
  const repairs: DeviceRepairView[] = db
    .select()
    .from(deviceRepairs)
    .where(eq(deviceRepairs.deviceId, id))
    .orderBy(asc(deviceRepairs.id))
    .all()
    .map((r) => ({
      id: r.id,
      mode: r.mode,
      fault: r.fault,
      vendor: r.vendor,
      vendorQualified: !!r.vendorQualified,
      agreementSigned: !!r.agreementSigned,
      escortName: r.escortName,
      storageRemoved: !!r.storageRemoved,
      storageKeptBy: r.storageKeptBy,
      startedOn: r.startedOn,
      returnedOn: r.returnedOn,
      result: r.result,
      oldDiskSerials: parse(r.oldDiskSerials),
      newDiskSerials: parse(r.newDiskSerials),
      handedOverBy: r.handedOverBy,
      receivedBy: r.receivedBy,
    }));
  return {
    ...toRow(d, dept, today),
    os: d.os,
    osInstalledOn: d.osInstalledOn,
    notes: d.notes,
    maxWrittenLevel: levelOfRank(d.maxWrittenRank),
    events,
    movements,
    repairs,
  };
}

export function getDevice(core: AppCore, id: number): DeviceDetail {
  const { db } = core.session();
  return deviceDetail(db, id, today(core.clock));
}
