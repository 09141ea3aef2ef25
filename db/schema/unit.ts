import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ADMIN_MODES, APP_MODES, HOST_LEVELS, UNIT_KINDS } from '../domain/vocab';

/** The unit running this installation. Exactly one row (id = 1), written at first run. */
export const unitProfile = sqliteTable(
  'unit_profile',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    /** Used in export packages to name the sender; fixed after setup. */
    unitCode: text('unit_code').notNull(),
    hostLevel: text('host_level', { enum: HOST_LEVELS }).notNull(),
    adminMode: text('admin_mode', { enum: ADMIN_MODES }).notNull(),
    mode: text('mode', { enum: APP_MODES }).notNull().default('unit'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [check('unit_profile_singleton', sql`${t.id} = 1`)],
);
