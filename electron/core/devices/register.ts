// 登记/配发, 领用, 归还 (入库) and 变更: the item's place in the unit, each one audited write with its history row.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { devices } from '../../../db/schema';
import type {
  DeviceChangeInput,
  DeviceGiveBackInput,
  DeviceIssueInput,
} from '../../ipc/schemas/devices-actions';
import type { DeviceDetail, DeviceRegisterInput } from '../../ipc/schemas/devices';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { departmentName } from '../departments';
import { normalizeVolumeId } from '../files';
import { refuse } from '../util/refuse';
import { checkVolumeOnMedium, checkVolumeUnique } from './media-rules';
import { volumeHolder } from './media-bind';
import {
  checkClassAndLevel,
  checkIssuedByUnit,
  checkKindMatchesFamily,
  checkLevelOnlyUpward,
  checkMediumCoversWritten,
  checkNeverOnline,
  checkRetiredKeepsStorage,
  checkStatus,
  rankOf,
} from './rules';
import { addEvent, diskList, loadDevice, personLabel, personRef, setDevice } from './store';
import { getDevice } from './views';

type In<T extends z.ZodType> = z.output<T>;

/** 登记/配发 inside the caller's write: the form's own, or an xlsx import's (one row of many). */
export function registerDeviceInTx(tx: Tx, ctx: WriteCtx, input: DeviceRegisterInput): number {
  checkKindMatchesFamily(input.family, input.kind);
  checkIssuedByUnit(input.family, input.issuedByUnit);
  checkClassAndLevel(input.class, input.level);
  // An internet PC is on the internet by definition.
  const onInternet = input.class === 'internet' || input.onInternet;
  checkNeverOnline(input.class, onInternet);
  const volumeId = normalizeVolumeId(input.volumeId);
  checkVolumeOnMedium(input.family, volumeId);
  if (volumeId) checkVolumeUnique(volumeId, volumeHolder(tx, volumeId));
  const taken = tx.select({ id: devices.id }).from(devices).where(eq(devices.deviceNo, input.deviceNo)).get();
  if (taken) refuse('device_no_unique', `保密编号 ${input.deviceNo} 已登记。`, 'deviceNo');
  const custodian = input.custodianId ? personRef(tx, input.custodianId) : null;
  const departmentId = input.departmentId ?? custodian?.departmentId ?? null;
  if (input.departmentId) departmentName(tx, input.departmentId);
  const row = tx
    .insert(devices)
    .values({
      family: input.family,
      deviceNo: input.deviceNo,
      assetNo: input.assetNo ?? null,
      kind: input.kind,
      class: input.class,
      level: input.level ?? null,
      levelRank: rankOf(input.level),
      brandModel: input.brandModel ?? null,
      serialNo: input.serialNo ?? null,
      diskSerials: JSON.stringify(input.diskSerials),
      mac: input.mac ?? null,
      capacity: input.capacity ?? null,
      volumeId,
      custodianPersonId: custodian?.id ?? null,
      custodianName: custodian?.name ?? null,
      departmentId,
      location: input.location ?? null,
      purpose: input.purpose ?? null,
      os: input.os ?? null,
      osInstalledOn: input.osInstalledOn ?? null,
      enabledOn: input.enabledOn ?? null,
      registeredOn: input.registeredOn,
      secretNetwork: input.secretNetwork ? 1 : 0,
      onInternet: onInternet ? 1 : 0,
      monitorInstalled: input.monitorInstalled ? 1 : 0,
      status: custodian ? 'in_use' : 'in_stock',
      isHost: input.isHost ? 1 : 0,
      notes: input.notes ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: devices.id })
    .get();
  addEvent(tx, ctx, {
    deviceId: row.id,
    kind: 'register',
    on: input.registeredOn,
    counterpart: custodian ? personLabel(custodian) : null,
    detail: { deviceNo: input.deviceNo, class: input.class, level: input.level ?? null },
  });
  return row.id;
}

export function registerDevice(core: AppCore, input: DeviceRegisterInput): DeviceDetail {
  const id = core.write(
    'device_register',
    'device',
    (tx, ctx) => registerDeviceInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: input }),
  );
  return getDevice(core, id);
}

/** 领用: from the store into a person's charge. */
export function issueDevice(core: AppCore, input: In<typeof DeviceIssueInput>): DeviceDetail {
  core.write(
    'device_issue',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['in_stock'], '领用');
      const p = personRef(tx, input.custodianId);
      setDevice(tx, ctx, d.id, {
        status: 'in_use',
        custodianPersonId: p.id,
        custodianName: p.name,
        departmentId: input.departmentId ?? p.departmentId ?? d.departmentId,
        location: input.location ?? d.location,
      });
      addEvent(tx, ctx, { deviceId: d.id, kind: 'issue', on: input.issuedOn, counterpart: personLabel(p) });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

/** 归还 (入库), one or many at once: each leaves its 责任人's charge, one history row each. */
export function giveBack(core: AppCore, input: In<typeof DeviceGiveBackInput>): { returned: string[] } {
  return core.write(
    'device_give_back',
    'device',
    (tx, ctx) => {
      const returned: string[] = [];
      for (const id of input.deviceIds) {
        const d = loadDevice(tx, id, 'deviceIds');
        checkStatus(d.status, ['in_use'], `归还 ${d.deviceNo}`);
        setDevice(tx, ctx, d.id, { status: 'in_stock', custodianPersonId: null, custodianName: null });
        addEvent(tx, ctx, {
          deviceId: d.id,
          kind: 'give_back',
          on: input.returnedOn,
          counterpart: d.custodianName,
          detail: { receiver: input.receiverName, ...(input.remark ? { remark: input.remark } : {}) },
        });
        returned.push(d.deviceNo);
      }
      return { returned };
    },
    (r) => ({ entityId: input.deviceIds[0] ?? 0, detail: { ...input, ...r } }),
  );
}

/** 变更: 责任人, 部门, 位置, 用途, network flags, disks, and 密级 only upward while in use. */
export function changeDevice(core: AppCore, input: In<typeof DeviceChangeInput>): DeviceDetail {
  core.write(
    'device_change',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['in_stock', 'in_use', 'retired'], '变更');
      const changesStorage =
        input.diskSerials !== undefined && JSON.stringify(input.diskSerials) !== d.diskSerials;
      checkRetiredKeepsStorage(d.status, changesStorage);
      const level = input.level ?? d.level;
      checkClassAndLevel(d.class, level);
      if (input.level) checkLevelOnlyUpward(d.level, input.level);
      if (d.family === 'medium') checkMediumCoversWritten(d.deviceNo, level, d.maxWrittenRank);
      const onInternet = input.onInternet ?? !!d.onInternet;
      checkNeverOnline(d.class, onInternet);
      const custodian = input.custodianId ? personRef(tx, input.custodianId) : null;
      if (input.departmentId) departmentName(tx, input.departmentId);
      const before = {
        custodian: d.custodianName,
        departmentId: d.departmentId,
        location: d.location,
        purpose: d.purpose,
        level: d.level,
        diskSerials: diskList(d.diskSerials),
      };
      setDevice(tx, ctx, d.id, {
        ...(custodian
          ? {
              custodianPersonId: custodian.id,
              custodianName: custodian.name,
              status: d.status === 'in_stock' ? 'in_use' : d.status,
            }
          : {}),
        ...(input.departmentId ? { departmentId: input.departmentId } : {}),
        ...(input.location !== undefined ? { location: input.location } : {}),
        ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
        level,
        levelRank: rankOf(level),
        onInternet: onInternet ? 1 : 0,
        ...(input.secretNetwork !== undefined ? { secretNetwork: input.secretNetwork ? 1 : 0 } : {}),
        ...(input.monitorInstalled !== undefined ? { monitorInstalled: input.monitorInstalled ? 1 : 0 } : {}),
        ...(changesStorage
          ? { diskSerials: JSON.stringify(input.diskSerials), storageState: 'replaced' as const }
          : {}),
      });
      const summary = [
        custodian ? `责任人 ${before.custodian ?? '无'}→${custodian.name}` : null,
        input.location !== undefined ? `位置 ${before.location ?? '无'}→${input.location ?? '无'}` : null,
        input.purpose !== undefined ? `用途 ${before.purpose ?? '无'}→${input.purpose ?? '无'}` : null,
        input.level && input.level !== before.level
          ? `密级 ${before.level ? LEVEL_LABELS[before.level] : '无'}→${LEVEL_LABELS[input.level]}`
          : null,
        changesStorage
          ? `硬盘 ${before.diskSerials.join('、') || '无'}→${input.diskSerials?.join('、') ?? ''}`
          : null,
      ].filter(Boolean);
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'change',
        on: input.changedOn,
        counterpart: summary.join('；') || null,
        detail: { reason: input.reason, before, after: input },
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}
