import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_STATUSES, ROLES } from '../domain/vocab';

/** People who log in. Each has its own key slot in the keyring file beside the database. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    status: text('status', { enum: ACCOUNT_STATUSES }).notNull().default('active'),
    createdAt: text('created_at').notNull(),
    passwordChangedAt: text('password_changed_at').notNull(),
    lastLoginAt: text('last_login_at'),
    /** 1 when an administrator set the password: the holder must change it at first login. */
    mustChangePassword: integer('must_change_password').notNull().default(0),
  },
  (t) => [uniqueIndex('accounts_username_uq').on(t.username)],
);
