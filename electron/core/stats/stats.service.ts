import { REGISTERS, type RegisterId } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { countRows } from '../../../db/repos/stats.repo';

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
};

/**
 * Entries per register, keyed by the register identifiers of DOMAIN.md. A register this version does not
 * have yet counts `null`, so "not built" never reads as "nothing registered".
 */
export function registerCounts(db: Db): Record<RegisterId, number | null> {
  return Object.fromEntries(
    REGISTERS.map((r) => {
      const table = REGISTER_TABLE[r.id];
      if (!r.built || !table) return [r.id, null];
      const n = countRows(db, table) + (r.id === 'exchange' ? countRows(db, 'exchange_incoming') : 0);
      return [r.id, n];
    }),
  ) as Record<RegisterId, number | null>;
}
