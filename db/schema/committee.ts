import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  COMMITTEE_ROLES,
  LEADER_GRADES,
  MEETING_KINDS,
  MEETING_STATUSES,
  NATIONAL_LEVELS,
  TASK_KINDS,
  TASK_STATUSES,
} from '../domain/vocab';
import { approvals } from './approvals';
import { attachments } from './attachments';
import { carrierCopies, carriers } from './carriers';
import { departments, persons } from './persons';

/** 保密委员会/领导小组成员 (REFERENCE §2.1): the person, the role, and when they joined and left. */
export const committeeMembers = sqliteTable(
  'committee_members',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role', { enum: COMMITTEE_ROLES }).notNull(),
    /** 行政职务 and 行政级别 as the 台账 writes them. */
    title: text('title'),
    phone: text('phone'),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('committee_members_role_idx').on(t.leftOn, t.role)],
);

/** 委员会会议记录: 议题, 主持人, 出席, 记录人, 纪要. Meets once or twice each half-year. */
export const committeeMeetings = sqliteTable(
  'committee_meetings',
  {
    id: integer('id').primaryKey(),
    heldOn: text('held_on').notNull(),
    topics: text('topics').notNull(),
    chair: text('chair').notNull(),
    attendees: text('attendees').notNull(),
    recorder: text('recorder').notNull(),
    minutes: text('minutes'),
    minutesAttachmentId: integer('minutes_attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('committee_meetings_held_idx').on(t.heldOn)],
);

/** A meeting's decision or an item of the year's plan: an owner, a due date, tracked to done. */
export const committeeTasks = sqliteTable(
  'committee_tasks',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    meetingId: integer('meeting_id').references(() => committeeMeetings.id),
    year: integer('year').notNull(),
    content: text('content').notNull(),
    ownerPersonId: integer('owner_person_id')
      .notNull()
      .references(() => persons.id),
    dueOn: text('due_on'),
    status: text('status', { enum: TASK_STATUSES }).notNull(),
    doneOn: text('done_on'),
    doneNote: text('done_note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('committee_tasks_status_idx').on(t.status, t.dueOn),
    index('committee_tasks_meeting_idx').on(t.meetingId),
    index('committee_tasks_year_idx').on(t.year, t.kind),
  ],
);

/** The yearly cycle: 年度工作计划 (its items are tasks) → half-yearly meetings → 年度工作总结. */
export const committeeYears = sqliteTable('committee_years', {
  year: integer('year').primaryKey(),
  plan: text('plan'),
  planAdoptedOn: text('plan_adopted_on'),
  summary: text('summary'),
  summaryOn: text('summary_on'),
  createdAt: text('created_at').notNull(),
});

/** 部门保密工作责任书: signed per department per year. */
export const responsibilityLetters = sqliteTable(
  'responsibility_letters',
  {
    id: integer('id').primaryKey(),
    year: integer('year').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    signedOn: text('signed_on').notNull(),
    signer: text('signer').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('responsibility_letters_uq').on(t.year, t.departmentId)],
);

/**
 * 领导干部履行保密工作责任制情况检查表 (regulation art. 6: 履行保密工作责任制情况纳入年度考评): one per leader per
 * year, each item of the 责任制 (LEADER_DUTIES) rated with a note, the overall 评价, who checked and when.
 */
export const leaderChecks = sqliteTable(
  'leader_checks',
  {
    id: integer('id').primaryKey(),
    year: integer('year').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** 职务 as the sheet prints it (主要负责人, 分管副局长 …). */
    post: text('post').notNull(),
    /** JSON array of `{ duty, rating, note }`, one per item of LEADER_DUTIES, in its order. */
    items: text('items').notNull(),
    grade: text('grade', { enum: LEADER_GRADES }).notNull(),
    comment: text('comment'),
    checker: text('checker').notNull(),
    checkedOn: text('checked_on').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('leader_checks_uq').on(t.year, t.personId)],
);

/**
 * 涉密会议与活动 (law art. 38, regulation art. 45): 密级, 保密方案, 知悉范围, 合规场所设备, 身份核实与保密教育;
 * 外单位参观考察 and 参展 are activities of the same kind.
 */
export const classifiedMeetings = sqliteTable(
  'classified_meetings',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: NATIONAL_LEVELS }).notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    place: text('place').notNull(),
    hostDepartmentId: integer('host_department_id')
      .notNull()
      .references(() => departments.id),
    /** 知悉范围: JSON array of the attendees' names. */
    attendees: text('attendees').notNull(),
    planAttachmentId: integer('plan_attachment_id').references(() => attachments.id),
    venueCompliant: integer('venue_compliant').notNull().default(0),
    identityChecked: integer('identity_checked').notNull().default(0),
    educated: integer('educated').notNull().default(0),
    measures: text('measures'),
    status: text('status', { enum: MEETING_STATUSES }).notNull(),
    approvalId: integer('approval_id').references(() => approvals.id),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('classified_meetings_starts_idx').on(t.startsOn, t.id),
    index('classified_meetings_status_idx').on(t.status, t.startsOn),
  ],
);

/** 会议材料: a carrier copy issued at the meeting and collected back (open while `collected_on` is null). */
export const meetingMaterials = sqliteTable(
  'meeting_materials',
  {
    id: integer('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => classifiedMeetings.id),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    copyId: integer('copy_id')
      .notNull()
      .references(() => carrierCopies.id),
    issuedTo: text('issued_to').notNull(),
    issuedOn: text('issued_on').notNull(),
    collectedOn: text('collected_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('meeting_materials_meeting_idx').on(t.meetingId, t.collectedOn),
    index('meeting_materials_copy_idx').on(t.copyId, t.collectedOn),
  ],
);

/** 保密制度建设: the unit's rules (名称, 文号, 生效日期, 废止). */
export const ruleDocuments = sqliteTable(
  'rule_documents',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    docNo: text('doc_no'),
    effectiveOn: text('effective_on').notNull(),
    repealedOn: text('repealed_on'),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('rule_documents_effective_idx').on(t.effectiveOn)],
);

/** 保密工作档案: 文件, 通报, 备忘录, 会议记录, 检查报告, 总结, each an encrypted attachment, by year and kind. */
export const secrecyArchive = sqliteTable(
  'secrecy_archive',
  {
    id: integer('id').primaryKey(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('secrecy_archive_year_idx').on(t.year, t.kind)],
);
