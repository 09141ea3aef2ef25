// Serial numbers of a register (收2026-00017, 销2026-003): one more than the highest under the head.
import { and, desc, getTableName, gte, lt, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { statement } from './statements';

export function nextSerial(
  tx: Pick<Db, 'select'>,
  table: SQLiteTable,
  column: SQLiteColumn,
  head: string,
  width: number,
): string {
  // Prepared once per connection: an import numbers every row it registers.
  const highest = statement(tx, `serial:${getTableName(table)}.${column.name}`, () =>
    tx
      .select({ no: column })
      .from(table)
      .where(and(gte(column, sql.placeholder('from')), lt(column, sql.placeholder('to'))))
      .orderBy(desc(column))
      .limit(1)
      .prepare(),
  );
  const last = highest.get({ from: head, to: `${head}\uffff` }) as { no: string } | undefined;
  const n = last ? Number.parseInt(last.no.slice(head.length), 10) : 0;
  return `${head}${String((Number.isFinite(n) ? n : 0) + 1).padStart(width, '0')}`;
}
