import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  KEY_SITE_KINDS,
  KEY_SITE_STATUSES,
  NATIONAL_LEVELS,
  PROTECTION_CATEGORIES,
  SITE_CHECK_RESULTS,
} from '../domain/vocab';
import { approvals } from './approvals';
import { departments, persons } from './persons';

/**
 * 保密要害部门部位 (law art. 39, regulation art. 31): 申报 → 保密委员会审定 → 撤销, with the 人防/物防/技防 in
 * key_site_protections, and for each place a 值班 roster, an 出入登记 and 安全设施检查 on a schedule.
 */
export const keySites = sqliteTable(
  'key_sites',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: KEY_SITE_KINDS }).notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: NATIONAL_LEVELS }).notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    managerPersonId: integer('manager_person_id')
      .notNull()
      .references(() => persons.id),
    location: text('location'),
    phone: text('phone'),
    staffCount: integer('staff_count').notNull().default(0),
    /** 申报理由 and 涉密工作事项及范围. */
    reason: text('reason').notNull(),
    status: text('status', { enum: KEY_SITE_STATUSES }).notNull(),
    proposedOn: text('proposed_on').notNull(),
    approvedOn: text('approved_on'),
    approvalId: integer('approval_id').references(() => approvals.id),
    /** 安全设施检查 every so many days (a reminder once due). */
    checkEveryDays: integer('check_every_days').notNull().default(90),
    lastCheckedOn: text('last_checked_on'),
    revokedOn: text('revoked_on'),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
    revokeApprovalId: integer('revoke_approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('key_sites_status_idx').on(t.status, t.name),
    index('key_sites_kind_idx').on(t.kind, t.name),
    index('key_sites_name_idx').on(t.name),
  ],
);

/** One protective measure: 保险柜 ×2, 门禁, 监控, 报警, 屏蔽, 24小时值班 … */
export const keySiteProtections = sqliteTable(
  'key_site_protections',
  {
    id: integer('id').primaryKey(),
    siteId: integer('site_id')
      .notNull()
      .references(() => keySites.id),
    category: text('category', { enum: PROTECTION_CATEGORIES }).notNull(),
    item: text('item').notNull(),
    quantity: integer('quantity').notNull().default(1),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('key_site_protections_site_idx').on(t.siteId)],
);

/** 出入登记: a visitor in, escorted, and out again (open while `out_at` is null). */
export const keySiteVisits = sqliteTable(
  'key_site_visits',
  {
    id: integer('id').primaryKey(),
    siteId: integer('site_id')
      .notNull()
      .references(() => keySites.id),
    visitorName: text('visitor_name').notNull(),
    visitorOrg: text('visitor_org'),
    purpose: text('purpose').notNull(),
    escortName: text('escort_name').notNull(),
    inAt: text('in_at').notNull(),
    outAt: text('out_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('key_site_visits_site_idx').on(t.siteId, t.inAt),
    index('key_site_visits_open_idx').on(t.outAt, t.inAt),
  ],
);

/** 值班: who is on duty at a place on a day. */
export const keySiteDuties = sqliteTable(
  'key_site_duties',
  {
    id: integer('id').primaryKey(),
    siteId: integer('site_id')
      .notNull()
      .references(() => keySites.id),
    dutyOn: text('duty_on').notNull(),
    personName: text('person_name').notNull(),
    shift: text('shift'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('key_site_duties_site_idx').on(t.siteId, t.dutyOn)],
);

/** 安全设施检查: the periodic check of a place's protections. */
export const keySiteChecks = sqliteTable(
  'key_site_checks',
  {
    id: integer('id').primaryKey(),
    siteId: integer('site_id')
      .notNull()
      .references(() => keySites.id),
    checkedOn: text('checked_on').notNull(),
    checker: text('checker').notNull(),
    result: text('result', { enum: SITE_CHECK_RESULTS }).notNull(),
    findings: text('findings'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('key_site_checks_site_idx').on(t.siteId, t.checkedOn)],
);
