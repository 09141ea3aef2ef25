import type { Db } from '../open';

/** Row count of one table. The name comes from code (never from input); it is checked against sqlite_master. */
export function countRows(db: Db, table: string): number {
  const known = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(table);
  if (!known) return 0;
  const row = db.$client.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '')}"`).get() as {
    n: number;
  };
  return row.n;
}

/**
 * The table that holds each register's rows where it is not named like the register (REGISTERS in vocab);
 * `baomi stats` counts `countRows(db, registerTable(id))`.
 */
const REGISTER_TABLES: Record<string, string> = { allowance: 'allowance_statements' };

export function registerTable(id: string): string {
  return REGISTER_TABLES[id] ?? id;
}
