// Supervisor mode: switching it on, and the views over what the subordinate units reported (read-only).
import { and, asc, count, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { counterparts, exchangeChannels, importedRecords, unitProfile } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  ConsolidatedFigures,
  ImportedRecordView,
  ImportedRegisterView,
  SupervisedUnitView,
} from '../../ipc/schemas/exchange';
import type { UnitInfo } from '../../ipc/schemas/session';
import type { AppCore } from '../app-core';
import { today } from '../util/dates';
import { pageOf } from '../util/paging';
import { unitInfo } from '../session';
import { partById } from './parts';
import { inspectionFigures } from './supervisor-inspections';
import { deviceFigures } from './supervisor-devices';

/** Enabled later by the system administrator (or chosen at setup). Units keep reporting to their own supervisor. */
export function enableSupervisor(core: AppCore): UnitInfo {
  const { db } = core.session();
  if (unitInfo(db).mode === 'supervisor') return unitInfo(db);
  core.write(
    'supervisor_enable',
    'unit',
    (tx, ctx) => {
      tx.update(unitProfile).set({ mode: 'supervisor' }).where(eq(unitProfile.id, 1)).run();
      // The supervisor's pages open, and the session's unit now says so.
      ctx.touch('exchange');
      ctx.touch('session');
    },
    () => ({ entityId: 1, detail: { mode: 'supervisor' } }),
  );
  return unitInfo(db);
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function listUnits(core: AppCore): SupervisedUnitView[] {
  const { db } = core.session();
  const now = core.now();
  return db
    .select()
    .from(counterparts)
    .leftJoin(exchangeChannels, eq(exchangeChannels.unitCode, counterparts.unitCode))
    .where(eq(counterparts.role, 'subordinate'))
    .orderBy(asc(counterparts.unitCode))
    .all()
    .map(({ counterparts: c, exchange_channels: ch }) => {
      const since = ch ? daysBetween(ch.lastReceivedAt, now) : null;
      return {
        unitCode: c.unitCode,
        name: c.name,
        fingerprint: c.fingerprint,
        reportIntervalDays: c.reportIntervalDays,
        lastSeq: ch?.lastSeq ?? null,
        lastReceivedAt: ch?.lastReceivedAt ?? null,
        lastCreatedAt: ch?.lastCreatedAt ?? null,
        lastProfile: ch?.lastProfile ?? null,
        // Never reported counts from registration: a unit registered today is not overdue yet.
        overdue: (since ?? daysBetween(c.importedAt, now)) > c.reportIntervalDays,
        daysSinceLast: since,
      };
    });
}

export function setInterval(core: AppCore, input: { unitCode: string; days: number }): SupervisedUnitView {
  const { db } = core.session();
  const found = db.select().from(counterparts).where(eq(counterparts.unitCode, input.unitCode)).get();
  if (!found || found.role !== 'subordinate')
    throw new AppException('NOT_FOUND', `未登记下级单位 ${input.unitCode}。`);
  core.write(
    'supervisor_interval',
    'counterpart',
    (tx, ctx) =>
      tx
        .update(counterparts)
        .set({ reportIntervalDays: input.days, updatedAt: ctx.now })
        .where(eq(counterparts.unitCode, input.unitCode))
        .run(),
    () => ({ entityId: input.unitCode, detail: { days: input.days } }),
  );
  return listUnits(core).find((u) => u.unitCode === input.unitCode) as SupervisedUnitView;
}

function grouped(db: Db, sql: string, ...params: unknown[]): Record<string, number> {
  const rows = db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as [string | null, number][];
  return Object.fromEntries(rows.map(([k, n]) => [k ?? '未填写', n]));
}

/** Across every unit: carriers by level and status, loans overdue today; people and rectifications once reported. */
export function consolidatedFigures(core: AppCore): ConsolidatedFigures {
  const { db } = core.session();
  const on = today(core.clock);
  const units = listUnits(core);
  const perUnitCarriers = grouped(
    db,
    "SELECT unit_code, count(*) FROM imported_records WHERE register = 'carriers' GROUP BY unit_code",
  );
  const perUnitOverdue = grouped(
    db,
    `SELECT unit_code, count(*) FROM imported_records WHERE register = 'carrier_movements'
     AND json_extract(data, '$.returned_on') IS NULL AND json_extract(data, '$.due_on') < ? GROUP BY unit_code`,
    on,
  );
  const reported = (register: string) =>
    (db.$client
      .prepare('SELECT 1 FROM imported_records WHERE register = ? LIMIT 1')
      .get(register) as unknown) !== undefined;
  const checks = inspectionFigures(db, on);
  const kit = deviceFigures(db, on);
  return {
    units: units.length,
    unitsOverdue: units.filter((u) => u.overdue).length,
    carriersByLevel: grouped(
      db,
      "SELECT json_extract(data, '$.level'), count(*) FROM imported_records WHERE register = 'carriers' GROUP BY 1",
    ),
    carriersByStatus: grouped(
      db,
      "SELECT json_extract(data, '$.status'), count(*) FROM imported_records WHERE register = 'carriers' GROUP BY 1",
    ),
    overdueLoans: Object.values(perUnitOverdue).reduce((a, b) => a + b, 0),
    // 涉密人员 in post, by 核心/重要/一般; those in the separation period are no longer counted by clearance.
    peopleByClearance: reported('persons')
      ? grouped(
          db,
          `SELECT json_extract(data, '$.clearance'), count(*) FROM imported_records
           WHERE register = 'persons' AND json_extract(data, '$.status') = 'in_post' GROUP BY 1`,
        )
      : null,
    openRectifications: checks.openRectifications,
    overdueFindings: checks.overdueFindings,
    incidents: checks.incidents,
    lateIncidents: checks.lateIncidents,
    devicesByClass: kit.devicesByClass,
    media: kit.media,
    overdueDeviceLoans: kit.overdueDeviceLoans,
    perUnit: units.map((u) => ({
      unitCode: u.unitCode,
      name: u.name,
      carriers: perUnitCarriers[u.unitCode] ?? 0,
      overdueLoans: perUnitOverdue[u.unitCode] ?? 0,
      ...checks.perUnit(u.unitCode),
      ...kit.perUnit(u.unitCode),
    })),
  };
}

/** Which registers a unit has reported, with their sizes. */
export function unitRegisters(db: Db, unitCode: string): ImportedRegisterView[] {
  return db
    .select({ id: importedRecords.register, records: count() })
    .from(importedRecords)
    .where(eq(importedRecords.unitCode, unitCode))
    .groupBy(importedRecords.register)
    .all()
    .map((r) => ({ ...r, label: partById(r.id)?.label ?? (r.id === 'annual_report' ? '年度报告' : r.id) }));
}

/** One unit's register as imported, page by page, in record-id order. */
export function unitRecords(
  db: Db,
  input: { unitCode: string; register: string; page: number; pageSize: number },
): Page<ImportedRecordView> {
  const where = and(
    eq(importedRecords.unitCode, input.unitCode),
    eq(importedRecords.register, input.register),
  );
  const total = db.select({ n: count() }).from(importedRecords).where(where).get()?.n ?? 0;
  const rows = pageOf(
    db.select().from(importedRecords).where(where).orderBy(asc(importedRecords.recordId)),
    input,
  ).all();
  return {
    total,
    rows: rows.map((r) => ({
      recordId: r.recordId,
      seq: r.seq,
      data: JSON.parse(r.data) as Record<string, unknown>,
    })),
  };
}
