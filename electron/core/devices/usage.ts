// 使用登记 (who, when, what for, the highest level processed, 打印/刻录/导入导出) and 定期检查 (保密检查, 病毒查杀,
// 审计日志查看), each signed by the checker.
import { and, count, desc, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { DEVICE_CHECK_KIND_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { deviceChecks, deviceRepairs, deviceUsage, devices } from '../../../db/schema';
import type { DeviceCheckInput, DeviceUsageInput } from '../../ipc/schemas/devices-actions';
import type {
  DeviceCheckView,
  DeviceRepairListInput,
  DeviceRepairRow,
  DeviceUsageListInput,
  DeviceUsageView,
} from '../../ipc/schemas/devices-usage';
import type { Page } from '../../ipc/schemas/common';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import {
  checkDeviceCoversProcessed,
  checkMediumCoversWritten,
  checkNeverOnline,
  checkNoClassifiedMediumOnUnclassified,
  checkStatus,
  rankOf,
} from './rules';
import { addEvent, loadDevice, personRef, setDevice } from './store';

type In<T extends z.ZodType> = z.output<T>;

/** 使用登记 inside the caller's write: the form's own, or an xlsx import's (one row of many). */
export function addUsageInTx(tx: Tx, ctx: WriteCtx, input: In<typeof DeviceUsageInput>): { id: number } {
  const d = loadDevice(tx, input.deviceId);
  checkStatus(d.status, ['in_stock', 'in_use', 'on_loan', 'carried_out'], '登记使用');
  if (input.maxLevel) {
    if (d.family === 'medium')
      checkMediumCoversWritten(d.deviceNo, d.level, rankOf(input.maxLevel), 'maxLevel');
    else checkDeviceCoversProcessed(d.deviceNo, d.level, input.maxLevel);
  }
  if (input.mediumId) {
    const m = loadDevice(tx, input.mediumId, 'mediumId');
    checkNoClassifiedMediumOnUnclassified(m, d);
    checkNeverOnline(m.class, !!d.onInternet);
    if (input.maxLevel) {
      checkMediumCoversWritten(m.deviceNo, m.level, rankOf(input.maxLevel), 'maxLevel');
      setDevice(tx, ctx, m.id, { maxWrittenRank: Math.max(m.maxWrittenRank, rankOf(input.maxLevel)) });
    }
  }
  if (d.family === 'medium' && input.maxLevel) {
    setDevice(tx, ctx, d.id, { maxWrittenRank: Math.max(d.maxWrittenRank, rankOf(input.maxLevel)) });
  }
  const u = personRef(tx, input.userId);
  const prints = input.printLines.length ? input.printLines.reduce((n, l) => n + l.copies, 0) : input.prints;
  const row = tx
    .insert(deviceUsage)
    .values({
      deviceId: d.id,
      personId: u.id,
      userName: u.name,
      startedAt: input.startedAt,
      endedAt: input.endedAt ?? null,
      purpose: input.purpose,
      maxLevel: input.maxLevel ?? null,
      prints,
      burns: input.burns,
      imports: input.imports,
      exports: input.exports,
      printDetail: input.printLines.length ? JSON.stringify(input.printLines) : null,
      createdAt: ctx.now,
    })
    .returning({ id: deviceUsage.id })
    .get();
  return { id: row.id };
}

export function addUsage(core: AppCore, input: In<typeof DeviceUsageInput>): { id: number } {
  return core.write(
    'device_usage',
    'device',
    (tx, ctx) => addUsageInTx(tx, ctx, input),
    (r) => ({ entityId: input.deviceId, detail: { ...input, usageId: r.id } }),
  );
}

export function addCheck(core: AppCore, input: In<typeof DeviceCheckInput>): { id: number } {
  return core.write(
    'device_check',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      checkStatus(d.status, ['in_stock', 'in_use', 'retired'], '登记定期检查');
      const row = tx
        .insert(deviceChecks)
        .values({ ...input, findings: input.findings ?? null, createdAt: ctx.now })
        .returning({ id: deviceChecks.id })
        .get();
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'check',
        on: input.checkedOn,
        counterpart: `${DEVICE_CHECK_KIND_LABELS[input.kind]}，检查人 ${input.checkerName}`,
        detail: { kind: input.kind, result: input.result, findings: input.findings ?? null },
      });
      return { id: row.id };
    },
    (r) => ({ entityId: input.deviceId, detail: { ...input, checkId: r.id } }),
  );
}

/** 使用登记簿's condition: the device and the dates asked, bound by `b`. */
function usageWhere(input: DeviceUsageListInput, b: Bindings) {
  const conds: SQL[] = [];
  if (input.deviceId) conds.push(eq(deviceUsage.deviceId, b.bind('deviceId', input.deviceId)));
  if (input.from) conds.push(gte(deviceUsage.startedAt, b.bind('from', input.from)));
  if (input.to) conds.push(lte(deviceUsage.startedAt, b.bind('to', `${input.to}\uffff`)));
  return conds.length ? and(...conds) : undefined;
}

function usageQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select({ u: deviceUsage, deviceNo: devices.deviceNo })
      .from(deviceUsage)
      .innerJoin(devices, eq(devices.id, deviceUsage.deviceId))
      .where(where)
      .orderBy(desc(deviceUsage.startedAt), desc(deviceUsage.id)),
    count: db.select({ n: count() }).from(deviceUsage).where(where),
  };
}

/** One page of 使用登记簿 as a query built whole, with its values in the SQL. */
export function usagePageQuery(db: Pick<Db, 'select'>, input: DeviceUsageListInput) {
  return pageOf(usageQuestion(db, usageWhere(input, Bindings.inline())).rows, input);
}

/** 使用登记簿: a device's (or all) usage entries between two dates, newest first. */
export function listUsage(db: Db, input: DeviceUsageListInput): Page<DeviceUsageView> {
  const b = Bindings.placeholders();
  const where = usageWhere(input, b);
  // Prepared once for each set of filters asked (util/paging.ts): only the values change.
  const { total, rows } = pageByShape(db, `device_usage:${b.names}`, b, input, () =>
    usageQuestion(db, where),
  );
  return {
    total,
    rows: rows.map(({ u, deviceNo }) => ({
      id: u.id,
      deviceId: u.deviceId,
      deviceNo,
      userName: u.userName,
      startedAt: u.startedAt,
      endedAt: u.endedAt,
      purpose: u.purpose,
      maxLevel: u.maxLevel,
      prints: u.prints,
      burns: u.burns,
      imports: u.imports,
      exports: u.exports,
      printLines: u.printDetail ? (JSON.parse(u.printDetail) as DeviceUsageView['printLines']) : [],
    })),
  };
}

export function listChecks(db: Db, deviceId: number): DeviceCheckView[] {
  return db
    .select()
    .from(deviceChecks)
    .where(eq(deviceChecks.deviceId, deviceId))
    .orderBy(desc(deviceChecks.checkedOn), desc(deviceChecks.id))
    .all()
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      checkedOn: c.checkedOn,
      checkerName: c.checkerName,
      result: c.result,
      findings: c.findings,
    }));
}

/** 维修登记's page (newest first, open ones only when asked) and its count. */
function repairQuestion(db: Pick<Db, 'select'>, input: DeviceRepairListInput) {
  const where = input.open ? isNull(deviceRepairs.returnedOn) : undefined;
  return {
    rows: db
      .select({ r: deviceRepairs, deviceNo: devices.deviceNo })
      .from(deviceRepairs)
      .innerJoin(devices, eq(devices.id, deviceRepairs.deviceId))
      .where(where)
      .orderBy(desc(deviceRepairs.startedOn), desc(deviceRepairs.id)),
    count: db.select({ n: count() }).from(deviceRepairs).where(where),
  };
}

/** One page of 维修登记 as a query built whole. */
export function repairPageQuery(db: Pick<Db, 'select'>, input: DeviceRepairListInput) {
  return pageOf(repairQuestion(db, input).rows, input);
}

/** 维修登记: every repair with its device's number, newest first (open ones only when asked). */
export function listRepairs(db: Db, input: DeviceRepairListInput): Page<DeviceRepairRow> {
  // Two questions only, open or all, each prepared once (util/paging.ts): nothing to bind but the page.
  const shape = `device_repairs:${input.open ? 'open' : 'all'}`;
  const { total, rows } = pageByShape(db, shape, Bindings.placeholders(), input, () =>
    repairQuestion(db, input),
  );
  return {
    total,
    rows: rows.map(({ r, deviceNo }) => ({
      id: r.id,
      deviceId: r.deviceId,
      deviceNo,
      mode: r.mode,
      fault: r.fault,
      vendor: r.vendor,
      escortName: r.escortName,
      storageRemoved: !!r.storageRemoved,
      storageKeptBy: r.storageKeptBy,
      startedOn: r.startedOn,
      returnedOn: r.returnedOn,
      result: r.result,
    })),
  };
}
