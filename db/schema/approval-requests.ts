import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPROVAL_KINDS, REQUEST_STATUSES } from '../domain/vocab';
import { accounts } from './accounts';
import { approvals } from './approvals';

/**
 * A request for approval waiting for a 领导 (borrow, copy, destroy, carry out, leave, travel, clearance …).
 * Deciding it writes the same `approvals` row a paper approval would; the action it allows then consumes it
 * once (status `used`), so one approval never covers two actions.
 */
export const approvalRequests = sqliteTable(
  'approval_requests',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: APPROVAL_KINDS }).notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** What the leader reads before deciding, e.g. "借阅 机密《…》第 2 份，至 2026-12-01". */
    summary: text('summary').notNull(),
    /** The proposed action as canonical JSON, kept with the decision. */
    detail: text('detail').notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => accounts.id),
    requestedAt: text('requested_at').notNull(),
    approvalId: integer('approval_id').references(() => approvals.id),
    closedAt: text('closed_at'),
  },
  (t) => [
    index('approval_requests_status_idx').on(t.status, t.requestedAt),
    // The requests of every state (筛选 全部), newest first, read in order rather than sorted whole.
    index('approval_requests_requested_idx').on(t.requestedAt),
    index('approval_requests_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
