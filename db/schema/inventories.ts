import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { COPY_STATUSES, INVENTORY_RESULTS, INVENTORY_SCOPES, INVENTORY_STATUSES } from '../domain/vocab';
import { accounts } from './accounts';
import { carrierCopies, carriers } from './carriers';

/** 清点: one count of what is held — everything, one department, or one custodian. */
export const inventories = sqliteTable(
  'inventories',
  {
    id: integer('id').primaryKey(),
    scope: text('scope', { enum: INVENTORY_SCOPES }).notNull(),
    /** The department name, or the custodian key, for a narrowed scope. */
    scopeValue: text('scope_value'),
    scopeLabel: text('scope_label').notNull(),
    startedOn: text('started_on').notNull(),
    closedOn: text('closed_on'),
    status: text('status', { enum: INVENTORY_STATUSES }).notNull(),
    /** Canonical JSON of the closing report (counts by result, open discrepancies). */
    report: text('report'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('inventories_status_idx').on(t.status, t.startedOn)],
);

/**
 * An open discrepancy: a line counted 缺失 or 不符 and not yet resolved. Written as the SQL of the index's WHERE
 * and of the queries that use it, word for word: SQLite uses a partial index only for a query naming its terms.
 */
export const OPEN_DISCREPANCY = "result IN ('missing', 'discrepant') AND resolved_at IS NULL";

/**
 * One copy to be checked, as the register expected it at the start. A missing or discrepant line stays an
 * open discrepancy (`resolved_at` null) until someone records how it was resolved.
 */
export const inventoryLines = sqliteTable(
  'inventory_lines',
  {
    id: integer('id').primaryKey(),
    inventoryId: integer('inventory_id')
      .notNull()
      .references(() => inventories.id),
    copyId: integer('copy_id')
      .notNull()
      .references(() => carrierCopies.id),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    expectedHolder: text('expected_holder').notNull(),
    expectedStatus: text('expected_status', { enum: COPY_STATUSES }).notNull(),
    result: text('result', { enum: INVENTORY_RESULTS }).notNull().default('pending'),
    note: text('note'),
    checkedAt: text('checked_at'),
    resolvedAt: text('resolved_at'),
    resolution: text('resolution'),
  },
  (t) => [
    uniqueIndex('inventory_lines_copy_uq').on(t.inventoryId, t.copyId),
    // Partial: a count of 245k copies writes as many pending lines, then marks them 在位; an index over every line
    // cost a third of each of those writes, while the only question it answers (open discrepancies) names a few.
    index('inventory_lines_open_idx').on(t.resolvedAt, t.result).where(sql.raw(OPEN_DISCREPANCY)),
  ],
);
