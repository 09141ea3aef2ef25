import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CLEARANCES,
  DEPARTURE_KINDS,
  GENDERS,
  LEAVING_KINDS,
  NATIONAL_LEVELS,
  PERSON_EVENT_KINDS,
  PERSON_STATUSES,
} from '../domain/vocab';
import { accounts } from './accounts';
import { approvals } from './approvals';

/** 部门 of the unit; `key_dept` marks a 保密要害部门 (law art. 39). */
export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    keyDept: integer('key_dept').notNull().default(0),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('departments_name_uq').on(t.name)],
);

/**
 * 涉密人员登记: one row per person (REFERENCE.md §2.2). Status and the dates that move it live here; the
 * decisions behind them (clearance chain, vetting, pledges, leaving) in their own tables, and every change in
 * `person_events`. In the carrier register a person is `person:<id>` (electron/core/carriers/custodian.ts).
 *
 * The register page filters by department, status and clearance and sorts by name: each has an index ending
 * in the name, pinned by test/electron/core/persons/query-plan.test.ts.
 */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    /** 18-digit 居民身份证号 (checksum validated), upper-case X. */
    idNumber: text('id_number').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    politicalStatus: text('political_status'),
    phone: text('phone'),
    /** 涉密等级 once the chain has filed it; null while 拟任 and not yet decided. */
    clearance: text('clearance', { enum: CLEARANCES }),
    /** 3/2/1 for core/important/general, 0 for none: sorts most cleared first. */
    clearanceRank: integer('clearance_rank').notNull().default(0),
    /** 确定为涉密人员时间: the 单位领导审批 date of the current clearance. */
    clearedOn: text('cleared_on'),
    /** 接触最高密级. */
    highestLevel: text('highest_level', { enum: NATIONAL_LEVELS }),
    isClassifier: integer('is_classifier').notNull().default(0),
    isKeyDeptStaff: integer('is_key_dept_staff').notNull().default(0),
    /** 上岗证 number and date. */
    postCertNo: text('post_cert_no'),
    postCertOn: text('post_cert_on'),
    status: text('status', { enum: PERSON_STATUSES }).notNull(),
    proposedOn: text('proposed_on').notNull(),
    postedOn: text('posted_on'),
    /** 离岗 approval date: the separation period counts from here (regulation art. 53). */
    leftOn: text('left_on'),
    leavingKind: text('leaving_kind', { enum: LEAVING_KINDS }),
    separationYears: integer('separation_years'),
    /** Per-person extension on top of the unit's length. */
    separationExtraMonths: integer('separation_extra_months').notNull().default(0),
    separationEndsOn: text('separation_ends_on'),
    departedOn: text('departed_on'),
    departureKind: text('departure_kind', { enum: DEPARTURE_KINDS }),
    /** Next 复审 due, from the last vetting and the unit's interval for the clearance. */
    nextVettingOn: text('next_vetting_on'),
    /** The person's login, if they have one: disabled when they leave. */
    accountId: integer('account_id').references(() => accounts.id),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('persons_id_number_uq').on(t.idNumber),
    uniqueIndex('persons_account_uq').on(t.accountId),
    // Name sort and the name search (prefix range, or a LIKE scan of this narrow covering index).
    index('persons_name_idx').on(t.name, t.id),
    index('persons_department_idx').on(t.departmentId, t.name),
    index('persons_status_idx').on(t.status, t.name),
    // 在岗 by department (the register's 部门 sort under a status filter): read in order, not sorted at each page.
    index('persons_status_department_idx').on(t.status, t.departmentId, t.name),
    index('persons_clearance_idx').on(t.clearanceRank, t.name),
    index('persons_cleared_idx').on(t.clearedOn),
    index('persons_separation_idx').on(t.separationEndsOn),
    index('persons_vetting_due_idx').on(t.nextVettingOn),
  ],
);

/** 岗位: a person may hold several, each with its level; the clearance follows the highest current one. */
export const personPosts = sqliteTable(
  'person_posts',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    post: text('post').notNull(),
    level: text('level', { enum: NATIONAL_LEVELS }).notNull(),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('person_posts_person_idx').on(t.personId, t.endedOn)],
);

/**
 * The dynamic personnel file (北京条例 art. 24): every change to a person, kept forever and append-only like
 * the carriers' history — triggers (migration 0011) refuse any update or delete of a row.
 */
export const personEvents = sqliteTable(
  'person_events',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: PERSON_EVENT_KINDS }).notNull(),
    /** The date of the act as stated; `at` when it was recorded. */
    on: text('on').notNull(),
    at: text('at').notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    approvalId: integer('approval_id').references(() => approvals.id),
    summary: text('summary').notNull(),
    /** Canonical JSON of the particulars (before/after for changes). */
    detail: text('detail').notNull(),
  },
  (t) => [index('person_events_person_idx').on(t.personId, t.id)],
);
