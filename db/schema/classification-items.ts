import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CARRIER_LEVELS, TERM_KINDS } from '../domain/vocab';
import { accounts } from './accounts';

/**
 * 国家秘密事项一览表: the unit's list of secret matters (regulation 2024 art. 13), itself a register. A
 * produced carrier names the entry it was classified under (定密依据).
 */
export const classificationItems = sqliteTable(
  'classification_items',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: CARRIER_LEVELS }).notNull(),
    termKind: text('term_kind', { enum: TERM_KINDS }).notNull(),
    termYears: integer('term_years'),
    termMonths: integer('term_months'),
    declassifyCondition: text('declassify_condition'),
    /** 定密责任人 who owns this entry. */
    classifierName: text('classifier_name').notNull(),
    /** 产生部门. */
    department: text('department'),
    /** The 保密事项范围 entry it rests on (free text: document and article). */
    basis: text('basis'),
    /** 是否由要害部门产生. */
    keyDepartment: integer('key_department').notNull().default(0),
    /** 0 when the entry is retired from the list; carriers keep pointing at it. */
    active: integer('active').notNull().default(1),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('classification_items_active_idx').on(t.active, t.level)],
);
