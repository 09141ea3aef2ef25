import { REGISTERS, type RegisterId } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { countRows } from '../../../db/repos/stats.repo';
import { devicesCount } from '../devices';

/** The table whose rows are a register's entries; a register adds its line when it is built. */
const REGISTER_TABLE: Partial<Record<RegisterId, string>> = {
  carriers: 'carriers',
  classification_items: 'classification_items',
  persons: 'persons',
  private_travel: 'private_travel',
  allowance: 'allowance_statements',
  trainings: 'training_sessions',
  approvals: 'approvals',
  // Packages sent (a unit) — a supervisor's received packages are counted with them below.
  exchange: 'exchange_outgoing',
  usage_logs: 'device_usage',
  repairs: 'device_repairs',
  inspections: 'inspections',
  incidents: 'incidents',
  reviews: 'reviews',
  key_sites: 'key_sites',
  // The committee's meetings (its 涉密会议与活动 are counted by the exchange's annual figures).
  committee: 'committee_meetings',
  // The areas of the 自查自评报告 the clerk has written (the 台账 itself is read from the other registers).
  yearbook: 'self_assessment_texts',
};

/** Registers that are part of a table (devices and media share one). */
const REGISTER_COUNTS: Partial<Record<RegisterId, (db: Db) => number>> = {
  classified_devices: (db) => devicesCount(db, 'device'),
  classified_media: (db) => devicesCount(db, 'medium'),
};

/**
 * Entries per register, keyed by the register identifiers of DOMAIN.md. A register this version does not
 * have yet counts `null`, so "not built" never reads as "nothing registered".
 */
export function registerCounts(db: Db): Record<RegisterId, number | null> {
  return Object.fromEntries(
    REGISTERS.map((r) => {
      const counter = REGISTER_COUNTS[r.id];
      if (r.built && counter) return [r.id, counter(db)];
      const table = REGISTER_TABLE[r.id];
      if (!r.built || !table) return [r.id, null];
      const n = countRows(db, table) + (r.id === 'exchange' ? countRows(db, 'exchange_incoming') : 0);
      return [r.id, n];
    }),
  ) as Record<RegisterId, number | null>;
}

/**
 * Records kept inside a register's page that the clerk also counts on their own (the committee page's
 * 部门保密工作责任书 and 领导干部责任制检查表): `stats --json` adds them beside the registers.
 */
const PART_TABLE = {
  responsibility_letters: 'responsibility_letters',
  leader_checks: 'leader_checks',
  // The findings of the checks (检查发现问题), each followed to its closing on the inspections page.
  findings: 'findings',
  // The trainings register's records beside its sessions (issue 16 point 9).
  training_attendance: 'training_attendance',
  appraisals: 'appraisals',
  sanctions: 'sanctions',
  agreements: 'agreements',
  staff_members: 'staff_members',
  // The personnel register's: the passports the unit keeps (因私出国(境) page) and the leaving procedures (a
  // person's 离岗 tab), each counted beside the trips and the persons.
  passports: 'passports',
  leaving_procedures: 'leaving_procedures',
} as const;

export function partCounts(db: Db): Record<keyof typeof PART_TABLE, number> {
  return Object.fromEntries(
    Object.entries(PART_TABLE).map(([k, table]) => [k, countRows(db, table)]),
  ) as Record<keyof typeof PART_TABLE, number>;
}
