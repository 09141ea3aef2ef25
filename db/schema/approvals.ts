import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPROVAL_DECISIONS, APPROVAL_KINDS } from '../domain/vocab';
import { accounts } from './accounts';
import { attachments } from './attachments';

/**
 * One approval decision, reused by every register (borrow, copy, destroy, leave, travel, clearance …).
 * The approver is either an account that approved in the app, or a named person whose paper approval
 * the clerk recorded (with the document number and an optional scan).
 */
export const approvals = sqliteTable(
  'approvals',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: APPROVAL_KINDS }).notNull(),
    /** The register entity this approval is about, e.g. `carrier` / `42`. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    approverAccountId: integer('approver_account_id').references(() => accounts.id),
    approverName: text('approver_name'),
    approverTitle: text('approver_title'),
    decision: text('decision', { enum: APPROVAL_DECISIONS }).notNull(),
    decidedAt: text('decided_at').notNull(),
    documentNo: text('document_no'),
    opinion: text('opinion'),
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    recordedBy: integer('recorded_by').references(() => accounts.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check(
      'approvals_has_approver',
      sql`${t.approverAccountId} IS NOT NULL OR (${t.approverName} IS NOT NULL AND length(trim(${t.approverName})) > 0)`,
    ),
    index('approvals_subject_idx').on(t.subjectType, t.subjectId),
    index('approvals_decided_idx').on(t.decidedAt),
    // The 审批 page filtered by 事项: its count and its page, newest first, from the index (a scan of every
    // approval for each count otherwise: 61k at the large demo, 13–20 ms a page).
    index('approvals_kind_decided_idx').on(t.kind, t.decidedAt),
  ],
);
