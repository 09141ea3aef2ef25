import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Unit settings as key → JSON value; the core validates and applies floors (electron/core/settings). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
