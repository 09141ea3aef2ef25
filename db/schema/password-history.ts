import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';

/**
 * Earlier passwords of an account, as HMAC-SHA256 under a key derived from the data key: enough to refuse
 * reuse, useless without the data key, and it lives inside the encrypted database.
 */
export const passwordHistory = sqliteTable(
  'password_history',
  {
    id: integer('id').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    mac: text('mac').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('password_history_account_idx').on(t.accountId, t.id)],
);
