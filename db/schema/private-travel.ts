import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PASSPORT_KINDS, TRAVEL_STATUSES, TRAVEL_STEPS } from '../domain/vocab';
import { approvals } from './approvals';
import { persons } from './persons';

/**
 * 因私出国(境)审批 (law art. 45, regulation art. 52): application, 部门领导 then 保密委员会, 出境前教育,
 * 出国(境)承诺书, departure, 回国报告. Refusals stay on record with their approval.
 */
export const privateTravel = sqliteTable(
  'private_travel',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    destination: text('destination').notNull(),
    purpose: text('purpose').notNull(),
    appliedOn: text('applied_on').notNull(),
    plannedDepartOn: text('planned_depart_on').notNull(),
    plannedReturnOn: text('planned_return_on').notNull(),
    status: text('status', { enum: TRAVEL_STATUSES }).notNull(),
    /** 1 when the person was in post or in a separation period when applying: approval is required. */
    needsApproval: integer('needs_approval').notNull(),
    educatedOn: text('educated_on'),
    educatedBy: text('educated_by'),
    pledgeId: integer('pledge_id'),
    departedOn: text('departed_on'),
    returnedOn: text('returned_on'),
    /** 回国(境)报告: what happened abroad, contacts, anything to report. */
    returnReport: text('return_report'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('private_travel_person_idx').on(t.personId, t.appliedOn),
    index('private_travel_status_idx').on(t.status, t.plannedReturnOn),
    // The register's order (newest application first), all and by status: a page reads them in order.
    index('private_travel_applied_idx').on(t.appliedOn),
    index('private_travel_status_applied_idx').on(t.status, t.appliedOn),
  ],
);

/** The approvals of a trip, one per step. */
export const travelSteps = sqliteTable(
  'travel_steps',
  {
    id: integer('id').primaryKey(),
    travelId: integer('travel_id')
      .notNull()
      .references(() => privateTravel.id),
    step: text('step', { enum: TRAVEL_STEPS }).notNull(),
    approvalId: integer('approval_id')
      .notNull()
      .references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('travel_steps_travel_idx').on(t.travelId)],
);

/** 因私证照由单位统一保管: each passport or pass, and whether the unit holds it now. */
export const passports = sqliteTable(
  'passports',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: PASSPORT_KINDS }).notNull(),
    number: text('number').notNull(),
    expiresOn: text('expires_on'),
    /** 1 while the unit keeps it; 0 while handed out. */
    inCustody: integer('in_custody').notNull().default(1),
    receivedOn: text('received_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('passports_person_idx').on(t.personId)],
);

/** Handing a passport out for a trip and taking it back; open while `returned_on` is null. */
export const passportMovements = sqliteTable(
  'passport_movements',
  {
    id: integer('id').primaryKey(),
    passportId: integer('passport_id')
      .notNull()
      .references(() => passports.id),
    travelId: integer('travel_id').references(() => privateTravel.id),
    handedOutOn: text('handed_out_on').notNull(),
    /** Due back: the planned return plus the unit's grace days. */
    dueBackOn: text('due_back_on').notNull(),
    returnedOn: text('returned_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('passport_movements_passport_idx').on(t.passportId, t.returnedOn),
    index('passport_movements_due_idx').on(t.returnedOn, t.dueBackOn),
  ],
);
