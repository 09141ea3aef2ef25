import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained audit log. Each entry's hash covers its own fields and the previous hash,
 * so editing, deleting or reordering any entry breaks the chain (electron/core/audit verifies it).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    accountId: integer('account_id'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** Canonical JSON of what changed. */
    detail: text('detail').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_account_idx').on(t.accountId, t.at),
    // The auditor's filter by action: its count and its newest-first page read this index alone.
    index('audit_log_action_idx').on(t.action, t.seq),
    // By account or by kind of record, newest first: read from the index in order, not a million entries sorted.
    index('audit_log_account_seq_idx').on(t.accountId, t.seq),
    index('audit_log_entity_seq_idx').on(t.entity, t.seq),
  ],
);

/**
 * How many audit entries each day holds, in all and by account, action and kind of record: kept by triggers on
 * audit_log (migration audit_day_counts), so the auditor's filtered total is a sum over at most one row a day
 * instead of a count over a million entries. Derived only: the chain is verified on audit_log itself.
 */
export const auditDayCounts = sqliteTable(
  'audit_day_counts',
  {
    /** 'all' (key ''), 'account' (the account's id, '' for none), 'action' or 'entity'. */
    dim: text('dim').notNull(),
    key: text('key').notNull(),
    /** The first ten characters of the entries' `at`, compared as the filter compares `at`. */
    day: text('day').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.key, t.day] })],
);
