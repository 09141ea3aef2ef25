import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CHECK_ANSWERS,
  CHECK_AREAS,
  CHECK_KINDS,
  CHECK_STATUSES,
  FINDING_EVENT_KINDS,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
} from '../domain/vocab';
import { accounts } from './accounts';
import { attachments } from './attachments';
import { departments, persons } from './persons';

/**
 * 保密检查: one check of any kind (自查, 抽查, 专项, 联合, 年度自查自评, 上级检查), its scope and checkers, and
 * for a 上级检查 the 检查机关 and its 检查意见 (regulation art. 59). The register filters by kind and status and
 * sorts by date; `inspections_kind_idx` also answers "when was the last check of this kind" for the due reminder.
 */
export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: CHECK_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The period checked: `2026-06` for a month, `2026-Q2`, `2026` for a year. */
    period: text('period').notNull(),
    checkedOn: text('checked_on').notNull(),
    /**
     * The department checked when the scope is exactly one (a 部门自查; a finding's default department, the due
     * reminder), else null. The whole scope, one department or several, is in `inspection_departments`.
     */
    departmentId: integer('department_id').references(() => departments.id),
    /** The person checking himself (a 个人自查). */
    personId: integer('person_id').references(() => persons.id),
    /** The areas of art. 58 checked, as a JSON array of codes. */
    areas: text('areas').notNull(),
    /** 检查人员, names as written on the form. */
    inspectors: text('inspectors').notNull(),
    /** 检查机关 of a 上级检查. */
    authority: text('authority'),
    /** 检查意见 (上级检查) or the summary of a self-check. */
    opinion: text('opinion'),
    status: text('status', { enum: CHECK_STATUSES }).notNull(),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    index('inspections_date_idx').on(t.checkedOn, t.id),
    index('inspections_kind_idx').on(t.kind, t.checkedOn),
    index('inspections_status_idx').on(t.status, t.checkedOn),
    index('inspections_department_idx').on(t.departmentId, t.checkedOn),
  ],
);

/**
 * 检查范围（部门）: the departments a check covers (a 联合检查 or 抽查 of 办公室, 保密办 and 财务处), in the order
 * chosen. No rows is the whole unit. The register's "checks of this department" reads it by department.
 */
export const inspectionDepartments = sqliteTable(
  'inspection_departments',
  {
    id: integer('id').primaryKey(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [
    uniqueIndex('inspection_departments_pair_idx').on(t.inspectionId, t.departmentId),
    index('inspection_departments_department_idx').on(t.departmentId, t.inspectionId),
  ],
);

/** One line of a check's checklist, copied from the unit's template when the check is opened. */
export const inspectionItems = sqliteTable(
  'inspection_items',
  {
    id: integer('id').primaryKey(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    seq: integer('seq').notNull(),
    area: text('area', { enum: CHECK_AREAS }).notNull(),
    text: text('text').notNull(),
    answer: text('answer', { enum: CHECK_ANSWERS }),
    note: text('note'),
    evidenceAttachmentId: integer('evidence_attachment_id').references(() => attachments.id),
  },
  (t) => [index('inspection_items_check_idx').on(t.inspectionId, t.seq)],
);

/**
 * 发现问题: each 不符合 (or a problem the checkers name), its 整改要求, deadline and who answers for it, moved
 * 待整改 → 整改中 → 待验收 → 已整改 by named people, or 已结转 with a reason when its check closes. The
 * findings board filters by state, department and deadline: each has an index.
 */
export const findings = sqliteTable(
  'findings',
  {
    id: integer('id').primaryKey(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemId: integer('item_id').references(() => inspectionItems.id),
    area: text('area', { enum: CHECK_AREAS }).notNull(),
    what: text('what').notNull(),
    severity: text('severity', { enum: FINDING_SEVERITIES }).notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    responsiblePersonId: integer('responsible_person_id').references(() => persons.id),
    requirement: text('requirement'),
    deadline: text('deadline'),
    status: text('status', { enum: FINDING_STATUSES }).notNull(),
    /** 整改情况, written when it is handed in for 验收. */
    rectification: text('rectification'),
    rectifiedOn: text('rectified_on'),
    rectifiedById: integer('rectified_by_id').references(() => persons.id),
    verifierId: integer('verifier_id').references(() => persons.id),
    verifiedOn: text('verified_on'),
    evidence: text('evidence'),
    evidenceAttachmentId: integer('evidence_attachment_id').references(() => attachments.id),
    carryOverReason: text('carry_over_reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('findings_check_idx').on(t.inspectionId, t.id),
    index('findings_status_idx').on(t.status, t.deadline),
    index('findings_department_idx').on(t.departmentId, t.status, t.deadline),
    index('findings_deadline_idx').on(t.deadline, t.status),
  ],
);

/** A finding's history: each step, who and when (kept, never rewritten). */
export const findingEvents = sqliteTable(
  'finding_events',
  {
    id: integer('id').primaryKey(),
    findingId: integer('finding_id')
      .notNull()
      .references(() => findings.id),
    kind: text('kind', { enum: FINDING_EVENT_KINDS }).notNull(),
    on: text('on').notNull(),
    summary: text('summary').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('finding_events_finding_idx').on(t.findingId, t.id)],
);
