import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';

/** Scans of signed paper forms. Kept inside the encrypted database, never as loose files. */
export const attachments = sqliteTable('attachments', {
  id: integer('id').primaryKey(),
  fileName: text('file_name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by').references(() => accounts.id),
});
