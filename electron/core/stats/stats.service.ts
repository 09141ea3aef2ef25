import { REGISTERS, type RegisterId } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { countRows } from '../../../db/repos/stats.repo';

/** The table whose rows are a register's entries; a register adds its line when it is built. */
const REGISTER_TABLE: Partial<Record<RegisterId, string>> = {
  carriers: 'carriers',
  classification_items: 'classification_items',
  approvals: 'approvals',
};

/**
 * Entries per register, keyed by the register identifiers of DOMAIN.md. A register this version does not
 * have yet counts `null`, so "not built" never reads as "nothing registered".
 */
export function registerCounts(db: Db): Record<RegisterId, number | null> {
  return Object.fromEntries(
    REGISTERS.map((r) => {
      const table = REGISTER_TABLE[r.id];
      return [r.id, r.built && table ? countRows(db, table) : null];
    }),
  ) as Record<RegisterId, number | null>;
}
