import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REVIEW_OUTCOMES, REVIEW_PURPOSES, REVIEW_STATUSES, REVIEW_STEPS } from '../domain/vocab';
import { approvals } from './approvals';
import { attachments } from './attachments';
import { carriers } from './carriers';
import { departments, persons } from './persons';

/**
 * 信息发布保密审查 (law art. 35/37, regulation art. 42: 先审查、后公开): one request per piece of outgoing
 * information, its steps in review_steps, and the outcome. 按涉密办理 links the carrier it became.
 */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    handlerPersonId: integer('handler_person_id')
      .notNull()
      .references(() => persons.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    purpose: text('purpose', { enum: REVIEW_PURPOSES }).notNull(),
    recipient: text('recipient'),
    appliedOn: text('applied_on').notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    outcome: text('outcome', { enum: REVIEW_OUTCOMES }),
    /** 删改后公开: what was struck or changed. */
    amendments: text('amendments'),
    /** 向境外提供: the basis it rests on (law art. 37), recorded with the leader's approval. */
    abroadBasis: text('abroad_basis'),
    decidedOn: text('decided_on'),
    carrierId: integer('carrier_id').references(() => carriers.id),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('reviews_applied_idx').on(t.appliedOn, t.id),
    index('reviews_status_idx').on(t.status, t.appliedOn),
    index('reviews_purpose_idx').on(t.purpose, t.appliedOn),
    index('reviews_department_idx').on(t.departmentId, t.appliedOn),
  ],
);

/** Each step of a review with its opinion, the reviewer and the date (the approval row behind it). */
export const reviewSteps = sqliteTable(
  'review_steps',
  {
    id: integer('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    step: text('step', { enum: REVIEW_STEPS }).notNull(),
    approvalId: integer('approval_id')
      .notNull()
      .references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('review_steps_review_idx').on(t.reviewId)],
);
