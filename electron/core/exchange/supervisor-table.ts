// The bureau's main screen (issue 25, points 3–5 and 10): one row per unit, from the figures every import keeps
// (supervisor-figures.ts) and the unit's data date. "Overdue" counts from the day the unit's last full or
// incremental package was true (its createdAt), not the day it was imported; the 年度报告 has its own clock.
import { eq } from 'drizzle-orm';
import { addDays } from '../../../db/domain/dates';
import type { AnnualState, ReportState } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { counterparts, supervisionSettings } from '../../../db/schema';
import type { ComparisonRow, SupervisionDefaults } from '../../ipc/schemas/supervisor';
import type { AppCore } from '../app-core';
import { keptWhileUnchanged } from '../util/count-cache';
import { today } from '../util/dates';
import {
  BEFORE,
  counts,
  FROM,
  LATE,
  readFigures,
  reportedRegister,
  sumWhere,
  type FigureRows,
} from './supervisor-figures';

export const DEFAULTS: SupervisionDefaults = {
  reportIntervalDays: 30,
  annualDue: '01-31',
  dueSoonDays: 7,
  overdueLoanAlert: 5,
};

export function defaultsOf(db: Pick<Db, 'select'>): SupervisionDefaults {
  const row = db.select().from(supervisionSettings).where(eq(supervisionSettings.id, 1)).get();
  return row
    ? {
        reportIntervalDays: row.reportIntervalDays,
        annualDue: row.annualDue,
        dueSoonDays: row.dueSoonDays,
        overdueLoanAlert: row.overdueLoanAlert,
      }
    : DEFAULTS;
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}

/**
 * A unit that has never reported owes its first report one interval after it was registered: past that it is
 * overdue (`never`, 从未报送), before that `awaiting_first`. `daysSince` stays null: no data date to count from.
 */
export function reportState(
  lastDataAt: string | null,
  interval: number,
  dueSoon: number,
  on: string,
  registeredAt: string,
): { state: ReportState; daysSince: number | null } {
  if (!lastDataAt)
    return { state: daysBetween(registeredAt, on) > interval ? 'never' : 'awaiting_first', daysSince: null };
  const since = daysBetween(lastDataAt, on);
  const state: ReportState =
    since > interval ? 'overdue' : since > interval - dueSoon ? 'due_soon' : 'on_time';
  return { state, daysSince: since };
}

/**
 * Last year's report is due on `annualDue` of this year; before 30 days ahead of that it is not due yet. A unit
 * registered after that day owes it no report for that year.
 */
export function annualState(
  lastYear: number | null,
  annualDue: string,
  on: string,
  registeredAt: string,
): AnnualState {
  const year = Number(on.slice(0, 4)) - 1;
  if ((lastYear ?? 0) >= year) return 'received';
  const due = `${year + 1}-${annualDue}`;
  if (registeredAt.slice(0, 10) > due) return 'not_due';
  if (on > due) return 'overdue';
  return on >= addDays(due, -30) ? 'due_soon' : 'not_due';
}

interface UnitRow {
  unitCode: string;
  name: string;
  chain: number | null;
  awaitingFull: number | null;
  interval: number | null;
  lastDataAt: string | null;
  lastProfile: string | null;
  lastAnnualYear: number | null;
  registeredAt: string;
}

function unitRows(db: Db): UnitRow[] {
  return db.$client
    .prepare(
      `SELECT c.unit_code AS unitCode, c.name AS name, s.chain AS chain, s.awaiting_full AS awaitingFull,
         s.report_interval_days AS interval, s.last_data_at AS lastDataAt, s.last_data_profile AS lastProfile,
         s.last_annual_year AS lastAnnualYear, c.imported_at AS registeredAt
       FROM counterparts c LEFT JOIN supervision_units s ON s.unit_code = c.unit_code
       WHERE c.role = 'subordinate' ORDER BY c.unit_code`,
    )
    .all() as UnitRow[];
}

/** The latest 年度报告's 涉密人员 in post and under the training floor (issue 16, point 9). */
function trainingOf(f: FigureRows, u: string): ComparisonRow['training'] {
  const inPost = f.get(u)?.get('training_in_post');
  if (!inPost?.size) return null;
  const year = Math.max(...[...inPost.keys()].map(Number));
  return {
    year,
    inPost: inPost.get(String(year)) ?? 0,
    underFloor: f.get(u)?.get('training_under_floor')?.get(String(year)) ?? 0,
  };
}

function figuresOf(f: FigureRows, u: string, on: string) {
  const has = (register: string) => reportedRegister(f, u, register);
  const year = on.slice(0, 4);
  return {
    registers: [...(f.get(u)?.get('records')?.keys() ?? [])],
    carriers: has('carriers') ? sumWhere(f, u, 'carriers_level', () => true) : null,
    carriersByLevel: has('carriers') ? counts(f, u, 'carriers_level') : null,
    // A loan due yesterday and not returned is overdue today (README "Dates").
    overdueLoans: has('carrier_movements') ? sumWhere(f, u, 'loans_due', (k) => k === BEFORE) : null,
    peopleByClearance: has('persons') ? counts(f, u, 'persons_clearance') : null,
    inSeparation: has('persons') ? sumWhere(f, u, 'separation_ends', (k) => k === FROM) : null,
    openRectifications: has('findings') ? sumWhere(f, u, 'findings_open', () => true) : null,
    overdueFindings: has('findings') ? sumWhere(f, u, 'findings_open', (k) => k === BEFORE) : null,
    incidentsThisYear: has('incidents') ? sumWhere(f, u, 'incidents_year', (k) => k === year) : null,
    lateIncidentsThisYear: has('incidents')
      ? sumWhere(f, u, 'incidents_late_year', (k) => k === year) +
        sumWhere(f, u, 'incidents_unreported', (k) => k === LATE)
      : null,
    devicesByLevel: has('devices') ? counts(f, u, 'devices_level') : null,
    overdueDeviceLoans: has('device_movements')
      ? sumWhere(f, u, 'device_loans_due', (k) => k === BEFORE)
      : null,
    training: trainingOf(f, u),
  };
}

const keptRows = keptWhileUnchanged<ComparisonRow[]>();

/**
 * One row per unit. Without `figures` the rows are kept while nothing is written (util/count-cache.ts): the
 * bureau comes back to this table all day, and it changes only at an import or a setting. Frozen: shared.
 */
export function comparisonRows(core: AppCore, figures?: FigureRows): ComparisonRow[] {
  const { db } = core.session();
  const on = today(core.clock);
  if (figures) return rowsOf(db, on, figures);
  // Frozen (a change to a shared row throws) but typed as the channel's output.
  return keptRows(
    db.$client,
    on,
    () =>
      Object.freeze(
        rowsOf(db, on, readFigures(db.$client, on)).map((r) => Object.freeze(r)),
      ) as ComparisonRow[],
  );
}

function rowsOf(db: Db, on: string, f: FigureRows): ComparisonRow[] {
  const d = defaultsOf(db);
  return unitRows(db).map((u) => {
    const interval = u.interval ?? d.reportIntervalDays;
    const r = reportState(u.lastDataAt, interval, d.dueSoonDays, on, u.registeredAt);
    return {
      unitCode: u.unitCode,
      name: u.name,
      chain: u.chain ?? 1,
      awaitingFull: Boolean(u.awaitingFull),
      lastDataAt: u.lastDataAt,
      lastProfile: u.lastProfile,
      daysSince: r.daysSince,
      intervalDays: interval,
      ownInterval: u.interval !== null,
      reportState: r.state,
      registeredAt: u.registeredAt,
      lastAnnualYear: u.lastAnnualYear,
      annualState: annualState(u.lastAnnualYear, d.annualDue, on, u.registeredAt),
      ...figuresOf(f, u.unitCode, on),
    };
  });
}

export function requireSubordinate(db: Pick<Db, 'select'>, unitCode: string) {
  const found = db.select().from(counterparts).where(eq(counterparts.unitCode, unitCode)).get();
  if (!found || found.role !== 'subordinate') return null;
  return found;
}
