// Supervisor mode: switching it on, and the views over what the subordinate units reported (read-only).
import { asc, count, eq } from 'drizzle-orm';
import { reportOverdue } from '../../../db/domain/vocab';
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
import { unitInfo } from '../session';
import { partById } from './parts';
import type { ComparisonRow } from '../../ipc/schemas/supervisor';
import { setUnitInterval } from './supervisor-actions';
import { counts, readFigures, type FigureRows } from './supervisor-figures';
import { unitRecordsPage } from './supervisor-history';
import { comparisonRows } from './supervisor-table';
import { deviceFigures } from './supervisor-devices';
import { keptWhileUnchanged } from '../util/count-cache';
import { today } from '../util/dates';

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

/** The units as the older overview reads them: overdue from the data date and the unit's own interval. */
export function listUnits(core: AppCore): SupervisedUnitView[] {
  const { db } = core.session();
  const rows = new Map(comparisonRows(core).map((r) => [r.unitCode, r]));
  return db
    .select()
    .from(counterparts)
    .leftJoin(exchangeChannels, eq(exchangeChannels.unitCode, counterparts.unitCode))
    .where(eq(counterparts.role, 'subordinate'))
    .orderBy(asc(counterparts.unitCode))
    .all()
    .map(({ counterparts: c, exchange_channels: ch }) => {
      const r = rows.get(c.unitCode);
      return {
        unitCode: c.unitCode,
        name: c.name,
        fingerprint: c.fingerprint,
        reportIntervalDays: r?.intervalDays ?? c.reportIntervalDays,
        lastSeq: ch?.lastSeq ?? null,
        lastReceivedAt: ch?.lastReceivedAt ?? null,
        lastCreatedAt: ch?.lastCreatedAt ?? null,
        lastProfile: ch?.lastProfile ?? null,
        overdue: r ? reportOverdue(r.reportState) : false,
        daysSinceLast: r?.daysSince ?? null,
      };
    });
}

export function setInterval(core: AppCore, input: { unitCode: string; days: number }): SupervisedUnitView {
  setUnitInterval(core, input);
  return listUnits(core).find((u) => u.unitCode === input.unitCode) as SupervisedUnitView;
}

function sumOf(rows: ComparisonRow[], pick: (r: ComparisonRow) => number | null): number | null {
  const reported = rows.filter((r) => pick(r) !== null);
  return reported.length ? reported.reduce((a, r) => a + (pick(r) ?? 0), 0) : null;
}

function merged(rows: ComparisonRow[], pick: (r: ComparisonRow) => Record<string, number> | null) {
  const out: Record<string, number> = {};
  let any = false;
  for (const r of rows) {
    const m = pick(r);
    if (!m) continue;
    any = true;
    for (const [k, n] of Object.entries(m)) out[k] = (out[k] ?? 0) + n;
  }
  return any ? out : null;
}

const keptConsolidated = keptWhileUnchanged<ConsolidatedFigures>();

/**
 * Across every unit, from the figures each import keeps (no JSON is read here); kept while nothing is written, as
 * the comparison table is (util/count-cache.ts).
 */
export function consolidatedFigures(core: AppCore): ConsolidatedFigures {
  const { db } = core.session();
  const on = today(core.clock);
  return keptConsolidated(db.$client, on, () => consolidate(core, readFigures(db.$client, on)));
}

function consolidate(core: AppCore, f: FigureRows): ConsolidatedFigures {
  const rows = comparisonRows(core, f);
  const byStatus: Record<string, number> = {};
  for (const r of rows) {
    for (const [k, n] of Object.entries(counts(f, r.unitCode, 'carriers_status'))) {
      byStatus[k || '未填写'] = (byStatus[k || '未填写'] ?? 0) + n;
    }
  }
  const kit = deviceFigures(
    f,
    rows.map((r) => r.unitCode),
  );
  return {
    units: rows.length,
    unitsOverdue: rows.filter((r) => reportOverdue(r.reportState)).length,
    carriersByLevel: merged(rows, (r) => r.carriersByLevel) ?? {},
    carriersByStatus: byStatus,
    overdueLoans: sumOf(rows, (r) => r.overdueLoans) ?? 0,
    // 涉密人员 in post, by 核心/重要/一般; those in the separation period are no longer counted by clearance.
    peopleByClearance: merged(rows, (r) => r.peopleByClearance),
    openRectifications: sumOf(rows, (r) => r.openRectifications),
    overdueFindings: sumOf(rows, (r) => r.overdueFindings),
    incidents: sumOf(rows, (r) => r.incidentsThisYear),
    lateIncidents: sumOf(rows, (r) => r.lateIncidentsThisYear),
    devicesByClass: kit.devicesByClass,
    media: kit.media,
    overdueDeviceLoans: kit.overdueDeviceLoans,
    perUnit: rows.map((r) => ({
      unitCode: r.unitCode,
      name: r.name,
      carriers: r.carriers ?? 0,
      overdueLoans: r.overdueLoans ?? 0,
      overdueFindings: r.overdueFindings ?? 0,
      incidents: r.incidentsThisYear ?? 0,
      lateIncidents: r.lateIncidentsThisYear ?? 0,
      ...kit.perUnit(r.unitCode),
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

/** One unit's register as imported, page by page, in natural record-id order (1, 2, … 10). */
export function unitRecords(
  db: Db,
  input: { unitCode: string; register: string; page: number; pageSize: number },
): Page<ImportedRecordView> {
  return unitRecordsPage(db, input);
}
