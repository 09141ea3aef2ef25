import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CLEARANCE_DECISION_STATUSES,
  CLEARANCE_STEPS,
  CLEARANCES,
  PLEDGE_KINDS,
  VETTING_KINDS,
  VETTING_RESULTS,
} from '../domain/vocab';
import { accounts } from './accounts';
import { approvals } from './approvals';
import { attachments } from './attachments';
import { persons } from './persons';

/**
 * 涉密人员密级审定: one decision to set or change a person's clearance, moved through its four steps
 * (CLEARANCE_STEPS) by `clearance_steps`. The person's clearance changes only when the leader approves.
 */
export const clearanceDecisions = sqliteTable(
  'clearance_decisions',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    fromClearance: text('from_clearance', { enum: CLEARANCES }),
    toClearance: text('to_clearance', { enum: CLEARANCES }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: CLEARANCE_DECISION_STATUSES }).notNull(),
    /** The last step recorded. */
    lastStep: text('last_step', { enum: CLEARANCE_STEPS }).notNull(),
    approvedOn: text('approved_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('clearance_decisions_person_idx').on(t.personId, t.id)],
);

/** Each step of a clearance decision: who, when, opinion (and document, scan) live in the approval. */
export const clearanceSteps = sqliteTable(
  'clearance_steps',
  {
    id: integer('id').primaryKey(),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => clearanceDecisions.id),
    step: text('step', { enum: CLEARANCE_STEPS }).notNull(),
    approvalId: integer('approval_id')
      .notNull()
      .references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('clearance_steps_uq').on(t.decisionId, t.step)],
);

/**
 * 保密资格审查 and 复审 with the contents of the 资格审查表 (REFERENCE.md §2.2) as canonical JSON in `form`:
 * family and social relations, conduct, foreign contacts, previous posts and separation periods, opinions.
 */
export const vettings = sqliteTable(
  'vettings',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: VETTING_KINDS }).notNull(),
    vettedOn: text('vetted_on').notNull(),
    result: text('result', { enum: VETTING_RESULTS }).notNull(),
    form: text('form').notNull(),
    /** When the next 复审 falls due (unit interval by clearance); null after a failed vetting. */
    nextDueOn: text('next_due_on'),
    approvalId: integer('approval_id').references(() => approvals.id),
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('vettings_person_idx').on(t.personId, t.vettedOn)],
);

/** 保密承诺书 (上岗 / 在岗 / 离岗 / 出国(境)) and the yearly 保密责任书 (`year` set), with the signed scan. */
export const pledges = sqliteTable(
  'pledges',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: PLEDGE_KINDS }).notNull(),
    signedOn: text('signed_on').notNull(),
    year: integer('year'),
    /** The travel or leaving it belongs to, if any. */
    travelId: integer('travel_id'),
    leavingId: integer('leaving_id'),
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('pledges_person_idx').on(t.personId, t.kind, t.signedOn),
    index('pledges_year_idx').on(t.kind, t.year),
  ],
);
