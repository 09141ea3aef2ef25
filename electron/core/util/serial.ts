// Serial numbers of a register (收2026-00017, 销2026-003): one more than the highest under the head.
import { and, desc, gte, lt } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';

export function nextSerial(
  tx: Pick<Db, 'select'>,
  table: SQLiteTable,
  column: SQLiteColumn,
  head: string,
  width: number,
): string {
  const last = tx
    .select({ no: column })
    .from(table)
    .where(and(gte(column, head), lt(column, `${head}\uffff`)))
    .orderBy(desc(column))
    .limit(1)
    .get() as { no: string } | undefined;
  const n = last ? Number.parseInt(last.no.slice(head.length), 10) : 0;
  return `${head}${String((Number.isFinite(n) ? n : 0) + 1).padStart(width, '0')}`;
}
