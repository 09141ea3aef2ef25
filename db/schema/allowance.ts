import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ALLOWANCE_STATUSES } from '../domain/vocab';
import { accounts } from './accounts';
import { departments, persons } from './persons';

/**
 * 保密津贴发放表 for one month and one department (or the whole unit: department null). Amounts in 分 so
 * sums are exact. Regenerating a draft replaces its lines; a final statement is never changed.
 */
export const allowanceStatements = sqliteTable(
  'allowance_statements',
  {
    id: integer('id').primaryKey(),
    /** YYYY-MM. */
    period: text('period').notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    status: text('status', { enum: ALLOWANCE_STATUSES }).notNull(),
    /** The rates used (JSON, 元/月 by clearance), so a reprint shows what was paid. */
    rates: text('rates').notNull(),
    totalDue: integer('total_due').notNull(),
    totalDeducted: integer('total_deducted').notNull(),
    totalPaid: integer('total_paid').notNull(),
    /**
     * How many people the statement pays: its lines, counted when they are written (as the totals are), so the
     * register's page need not count 50,000 lines in their index.
     */
    people: integer('people').notNull().default(0),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('allowance_statements_uq').on(t.period, t.departmentId),
    index('allowance_statements_period_idx').on(t.period),
  ],
);

export const allowanceLines = sqliteTable(
  'allowance_lines',
  {
    id: integer('id').primaryKey(),
    statementId: integer('statement_id')
      .notNull()
      .references(() => allowanceStatements.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** Name, department and clearance as of the statement, so a reprint never changes. */
    name: text('name').notNull(),
    department: text('department').notNull(),
    clearance: text('clearance').notNull(),
    /** JSON of the day segments: [{from, to, clearance, days, amount}]. */
    segments: text('segments').notNull(),
    due: integer('due').notNull(),
    deducted: integer('deducted').notNull(),
    paid: integer('paid').notNull(),
    /** 变动原因 (clearance change, joined, left) and 扣发 reason. */
    changeNote: text('change_note'),
    deductionReason: text('deduction_reason'),
  },
  (t) => [index('allowance_lines_statement_idx').on(t.statementId, t.department, t.name)],
);
