import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CLEARANCES, LEAVING_KINDS, LEAVING_STATUSES } from '../domain/vocab';
import { approvals } from './approvals';
import { persons } from './persons';

/**
 * 离岗离职 (regulation art. 53) as a guided procedure: 保密提醒谈话 (≥ 2 people besides the person) → 清退
 * checked against the carrier register → devices returned → system access removed → 离岗承诺书 → approval,
 * which fixes the separation period. Each step's date is its column here plus a history row.
 */
export const leavingProcedures = sqliteTable(
  'leaving_procedures',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: LEAVING_KINDS }).notNull(),
    status: text('status', { enum: LEAVING_STATUSES }).notNull(),
    startedOn: text('started_on').notNull(),
    reason: text('reason').notNull(),
    /** 调往单位 / 去向. */
    destination: text('destination'),
    talkOn: text('talk_on'),
    /** JSON array of {name, title} present at the talk besides the person. */
    talkPresent: text('talk_present'),
    talkNotes: text('talk_notes'),
    /** 清退: when the register showed nothing held, and what was checked (JSON of the keys). */
    carriersClearedOn: text('carriers_cleared_on'),
    carriersChecked: text('carriers_checked'),
    /** Free-text list until the devices register exists (JSON array of strings). */
    devicesReturned: text('devices_returned'),
    devicesReturnedOn: text('devices_returned_on'),
    accountDoneOn: text('account_done_on'),
    /** The account that was disabled, or null when the person had none. */
    accountDisabledId: integer('account_disabled_id'),
    pledgeId: integer('pledge_id'),
    approvalId: integer('approval_id').references(() => approvals.id),
    approvedOn: text('approved_on'),
    clearance: text('clearance', { enum: CLEARANCES }),
    separationYears: integer('separation_years'),
    separationEndsOn: text('separation_ends_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('leaving_procedures_person_idx').on(t.personId, t.status),
    // The register's order (newest first): a page reads its rows in order and stops, rather than joining and
    // sorting every procedure.
    index('leaving_procedures_started_idx').on(sql`started_on DESC`, t.id),
  ],
);
