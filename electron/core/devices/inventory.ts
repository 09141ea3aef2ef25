// 清点 of the devices or the media, as the carriers' 清点 works: start one for a family (everything, a department
// or a 责任人), which snapshots every item not yet destroyed with where the register expects it; tick each
// 在位/缺失/不符; close with a report (each missing or discrepant item gets a 清点 row in its history); resolve
// what stays open. Each step is one audited write.
import { and, asc, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { DEVICE_FAMILY_LABELS } from '../../../db/domain/labels';
import type { InventoryResult } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, deviceInventories, deviceInventoryLines, devices, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  DeviceDiscrepancyListInput,
  DeviceInventoryCheckInput,
  DeviceInventoryCloseInput,
  DeviceInventoryDetail,
  DeviceInventoryGetInput,
  DeviceInventoryLineView,
  DeviceInventoryListInput,
  DeviceInventoryReport,
  DeviceInventoryResolveInput,
  DeviceInventoryStartInput,
  DeviceInventoryView,
} from '../../ipc/schemas/devices-inventory';
import type { AppCore } from '../app-core';
import { canonicalJson } from '../util/canonical-json';
import { pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { addEvent } from './store';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;
type In<T extends z.ZodType> = z.output<T>;
type InventoryRecord = typeof deviceInventories.$inferSelect;

function loadInventory(db: Reader, id: number): InventoryRecord {
  const inv = db.select().from(deviceInventories).where(eq(deviceInventories.id, id)).get();
  if (!inv) {
    throw new AppException('NOT_FOUND', '找不到该次清点。', {
      fields: [{ path: 'inventoryId', message: '清点不存在' }],
    });
  }
  return inv;
}

function reportOf(db: Reader, inventoryId: number): DeviceInventoryReport {
  const rows = db
    .select({
      result: deviceInventoryLines.result,
      n: count(),
      open: sql<number>`sum(${deviceInventoryLines.resolvedAt} IS NULL)`,
    })
    .from(deviceInventoryLines)
    .where(eq(deviceInventoryLines.inventoryId, inventoryId))
    .groupBy(deviceInventoryLines.result)
    .all();
  const by = (r: InventoryResult) => rows.find((x) => x.result === r);
  return {
    total: rows.reduce((a, r) => a + r.n, 0),
    present: by('present')?.n ?? 0,
    missing: by('missing')?.n ?? 0,
    discrepant: by('discrepant')?.n ?? 0,
    open: (by('missing')?.open ?? 0) + (by('discrepant')?.open ?? 0),
  };
}

const view = (db: Reader, inv: InventoryRecord): DeviceInventoryView => ({
  id: inv.id,
  family: inv.family,
  scope: inv.scope,
  scopeLabel: inv.scopeLabel,
  startedOn: inv.startedOn,
  closedOn: inv.closedOn,
  status: inv.status,
  note: inv.note,
  report: reportOf(db, inv.id),
});

function scopeLabelOf(tx: Reader, input: In<typeof DeviceInventoryStartInput>): string {
  const what = DEVICE_FAMILY_LABELS[input.family];
  if (input.scope === 'department') {
    const d = tx
      .select({ name: departments.name })
      .from(departments)
      .where(eq(departments.id, input.departmentId ?? 0))
      .get();
    if (!d)
      throw new AppException('NOT_FOUND', '找不到该部门。', {
        fields: [{ path: 'departmentId', message: '部门不存在' }],
      });
    return `${what}：部门 ${d.name}`;
  }
  if (input.scope === 'custodian') {
    const p = tx
      .select({ name: persons.name })
      .from(persons)
      .where(eq(persons.id, input.custodianId ?? 0))
      .get();
    if (!p)
      throw new AppException('NOT_FOUND', '找不到该责任人。', {
        fields: [{ path: 'custodianId', message: '人员不存在' }],
      });
    return `${what}：责任人 ${p.name}`;
  }
  return `全部${what}`;
}

/** Snapshot every item of the family in scope not yet destroyed, in one INSERT … SELECT. */
export function startDeviceInventory(
  core: AppCore,
  input: In<typeof DeviceInventoryStartInput>,
): DeviceInventoryView {
  const scopeId =
    input.scope === 'department'
      ? (input.departmentId ?? null)
      : input.scope === 'custodian'
        ? (input.custodianId ?? null)
        : null;
  const id = core.write(
    'device_inventory_start',
    'device_inventory',
    (tx, ctx) => {
      const scopeLabel = scopeLabelOf(tx, input);
      const already = tx
        .select({ id: deviceInventories.id })
        .from(deviceInventories)
        .where(
          and(
            eq(deviceInventories.family, input.family),
            eq(deviceInventories.status, 'open'),
            eq(deviceInventories.scope, input.scope),
            scopeId === null ? isNull(deviceInventories.scopeId) : eq(deviceInventories.scopeId, scopeId),
          ),
        )
        .get();
      if (already) {
        refuse(
          'device_inventory_already_open',
          `${scopeLabel}已有一次清点尚未结束，请先完成或结束它。`,
          'scope',
        );
      }
      const inv = tx
        .insert(deviceInventories)
        .values({
          family: input.family,
          scope: input.scope,
          scopeId,
          scopeLabel,
          startedOn: input.startedOn,
          status: 'open',
          note: input.note ?? null,
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: deviceInventories.id })
        .get();
      const scopeCond =
        input.scope === 'department'
          ? sql`AND d.department_id = ${scopeId}`
          : input.scope === 'custodian'
            ? sql`AND (d.custodian_person_id = ${scopeId} OR d.holder_person_id = ${scopeId})`
            : sql``;
      // Where the register expects it: with its holder (借用/携带外出), else its 责任人; at its location.
      tx.run(sql`INSERT INTO device_inventory_lines
          (inventory_id, device_id, expected_holder, expected_location, expected_status, result)
        SELECT ${inv.id}, d.id, coalesce(d.holder_name, d.custodian_name), d.location, d.status, 'pending'
        FROM devices d WHERE d.family = ${input.family} AND d.status <> 'destroyed' ${scopeCond}`);
      return inv.id;
    },
    (id) => ({ entityId: id, detail: { family: input.family, scope: input.scope, scopeId } }),
  );
  return view(core.session().db, loadInventory(core.session().db, id));
}

function lineQuery(db: Reader) {
  return db
    .select({
      l: deviceInventoryLines,
      deviceNo: devices.deviceNo,
      kind: devices.kind,
      level: devices.level,
      brandModel: devices.brandModel,
    })
    .from(deviceInventoryLines)
    .innerJoin(devices, eq(devices.id, deviceInventoryLines.deviceId));
}

type LineRow = ReturnType<ReturnType<typeof lineQuery>['all']>[number];
const lineView = ({ l, ...d }: LineRow): DeviceInventoryLineView => ({
  id: l.id,
  inventoryId: l.inventoryId,
  deviceId: l.deviceId,
  deviceNo: d.deviceNo,
  kind: d.kind,
  level: d.level,
  brandModel: d.brandModel,
  expectedHolder: l.expectedHolder,
  expectedLocation: l.expectedLocation,
  expectedStatus: l.expectedStatus,
  result: l.result,
  note: l.note,
  checkedAt: l.checkedAt,
  resolvedAt: l.resolvedAt,
  resolution: l.resolution,
});

export function getDeviceInventory(
  db: Reader,
  input: In<typeof DeviceInventoryGetInput>,
): DeviceInventoryDetail {
  const inv = loadInventory(db, input.id);
  const where = and(
    eq(deviceInventoryLines.inventoryId, inv.id),
    input.result ? eq(deviceInventoryLines.result, input.result) : undefined,
  );
  const total = keptTotal(db, db.select({ n: count() }).from(deviceInventoryLines).where(where));
  const query = lineQuery(db).where(where).orderBy(asc(devices.deviceNo));
  return { ...view(db, inv), lines: { total, rows: pageOf(query, input).all().map(lineView) } };
}

export function listDeviceInventories(
  db: Reader,
  input: In<typeof DeviceInventoryListInput>,
): Page<DeviceInventoryView> {
  const where = eq(deviceInventories.family, input.family);
  const total = keptTotal(db, db.select({ n: count() }).from(deviceInventories).where(where));
  const query = db
    .select()
    .from(deviceInventories)
    .where(where)
    .orderBy(desc(deviceInventories.startedOn), desc(deviceInventories.id));
  return {
    total,
    rows: pageOf(query, input)
      .all()
      .map((r) => view(db, r)),
  };
}

function requireOpen(db: Reader, id: number): InventoryRecord {
  const inv = loadInventory(db, id);
  if (inv.status !== 'open') {
    refuse('device_inventory_closed', `该次清点已于 ${inv.closedOn ?? ''} 结束，不能再修改。`, 'inventoryId');
  }
  return inv;
}

export function checkDeviceLines(
  core: AppCore,
  input: In<typeof DeviceInventoryCheckInput>,
): DeviceInventoryView {
  core.write(
    'device_inventory_check',
    'device_inventory',
    (tx, ctx) => {
      requireOpen(tx, input.inventoryId);
      const ids = input.lines.map((l) => l.lineId);
      const found = tx
        .select({ id: deviceInventoryLines.id })
        .from(deviceInventoryLines)
        .where(
          and(eq(deviceInventoryLines.inventoryId, input.inventoryId), inArray(deviceInventoryLines.id, ids)),
        )
        .all();
      if (found.length !== new Set(ids).size) {
        throw new AppException('NOT_FOUND', '有勾选的条目不属于这次清点，请刷新后重试。', {
          fields: [{ path: 'lines', message: '条目不存在' }],
        });
      }
      for (const l of input.lines) {
        tx.update(deviceInventoryLines)
          .set({ result: l.result, note: l.note ?? null, checkedAt: ctx.now })
          .where(eq(deviceInventoryLines.id, l.lineId))
          .run();
      }
      return null;
    },
    () => ({ entityId: input.inventoryId, detail: { lines: input.lines.map((l) => [l.lineId, l.result]) } }),
  );
  return view(core.session().db, loadInventory(core.session().db, input.inventoryId));
}

/** Close with a report; each missing or discrepant item also gets a 清点 row in its history. */
export function closeDeviceInventory(
  core: AppCore,
  input: In<typeof DeviceInventoryCloseInput>,
): DeviceInventoryView {
  core.write(
    'device_inventory_close',
    'device_inventory',
    (tx, ctx) => {
      const inv = requireOpen(tx, input.inventoryId);
      const pendingWhere = and(
        eq(deviceInventoryLines.inventoryId, inv.id),
        eq(deviceInventoryLines.result, 'pending'),
      );
      const pending = tx.select({ n: count() }).from(deviceInventoryLines).where(pendingWhere).get()?.n ?? 0;
      if (pending > 0 && !input.markUncheckedMissing) {
        refuse(
          'device_inventory_all_checked',
          `还有 ${pending} 台（件）未清点。请逐一确认，或选择将未清点的记为缺失后结束。`,
          'markUncheckedMissing',
        );
      }
      tx.update(deviceInventoryLines)
        .set({ result: 'missing', note: '结束清点时未确认', checkedAt: ctx.now })
        .where(pendingWhere)
        .run();
      const flagged = tx
        .select()
        .from(deviceInventoryLines)
        .where(and(eq(deviceInventoryLines.inventoryId, inv.id), ne(deviceInventoryLines.result, 'present')))
        .all();
      if (flagged.length) ctx.touch('devices');
      for (const f of flagged) {
        addEvent(tx, ctx, {
          deviceId: f.deviceId,
          kind: 'inventory',
          on: input.closedOn,
          counterpart: `${inv.scopeLabel}：${f.result === 'missing' ? '缺失' : '不符'}${f.note ? `（${f.note}）` : ''}`,
          detail: { inventoryId: inv.id, result: f.result, note: f.note },
        });
      }
      const report = reportOf(tx, inv.id);
      tx.update(deviceInventories)
        .set({
          status: 'closed',
          closedOn: input.closedOn,
          report: canonicalJson({ ...report, note: input.note ?? null }),
          note: input.note ?? inv.note,
        })
        .where(eq(deviceInventories.id, inv.id))
        .run();
      return report;
    },
    (report) => ({ entityId: input.inventoryId, detail: report }),
  );
  return view(core.session().db, loadInventory(core.session().db, input.inventoryId));
}

/** Open discrepancies of the devices or media (or both), oldest first. */
export function openDeviceDiscrepancies(
  db: Reader,
  input: In<typeof DeviceDiscrepancyListInput>,
): Page<DeviceInventoryLineView> {
  const where = and(
    isNull(deviceInventoryLines.resolvedAt),
    inArray(deviceInventoryLines.result, ['missing', 'discrepant']),
    input.family ? eq(devices.family, input.family) : undefined,
  );
  const total =
    db
      .select({ n: count() })
      .from(deviceInventoryLines)
      .innerJoin(devices, eq(devices.id, deviceInventoryLines.deviceId))
      .where(where)
      .get()?.n ?? 0;
  const query = lineQuery(db).where(where).orderBy(asc(deviceInventoryLines.id));
  return { total, rows: pageOf(query, input).all().map(lineView) };
}

export function resolveDeviceDiscrepancy(
  core: AppCore,
  input: In<typeof DeviceInventoryResolveInput>,
): DeviceInventoryLineView {
  core.write(
    'device_inventory_resolve',
    'device_inventory',
    (tx, ctx) => {
      const line = tx
        .select()
        .from(deviceInventoryLines)
        .where(eq(deviceInventoryLines.id, input.lineId))
        .get();
      if (!line) throw new AppException('NOT_FOUND', '找不到该清点条目。');
      if ((line.result !== 'missing' && line.result !== 'discrepant') || line.resolvedAt !== null) {
        refuse('device_nothing_to_resolve', '该条目没有待处理的差异。', 'lineId');
      }
      tx.update(deviceInventoryLines)
        .set({ resolvedAt: input.resolvedOn, resolution: input.resolution })
        .where(eq(deviceInventoryLines.id, line.id))
        .run();
      ctx.touch('devices');
      addEvent(tx, ctx, {
        deviceId: line.deviceId,
        kind: 'inventory',
        on: input.resolvedOn,
        counterpart: `清点差异已处理：${input.resolution}`,
        detail: { inventoryId: line.inventoryId, resolved: input.resolution },
      });
      return line.inventoryId;
    },
    (inventoryId) => ({ entityId: inventoryId, detail: { lineId: input.lineId } }),
  );
  const row = lineQuery(core.session().db).where(eq(deviceInventoryLines.id, input.lineId)).get();
  if (!row) throw new AppException('INTERNAL', '清点条目保存后无法读取。');
  return lineView(row);
}
