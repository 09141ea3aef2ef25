import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AGREEMENT_KINDS,
  APPRAISAL_KINDS,
  APPRAISAL_RESULTS,
  ATTENDANCE_STATUSES,
  SANCTION_APPROVERS,
  SANCTION_KINDS,
  SESSION_FORMS,
  SESSION_STATUSES,
  TRAINING_KINDS,
} from '../domain/vocab';
import { accounts } from './accounts';
import { attachments } from './attachments';
import { departments, persons } from './persons';

/**
 * 在职人员: the light list of everyone on staff who is not a 涉密人员 (those are `persons`), so that anyone can
 * attend a session or sign an agreement. `person_id` links a row once the person is flagged 涉密.
 */
export const staffMembers = sqliteTable(
  'staff_members',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    post: text('post'),
    /** 新录用/调入 date: the 上岗前保密教育 and the unit's agreement are due from here. */
    joinedOn: text('joined_on'),
    leftOn: text('left_on'),
    personId: integer('person_id').references(() => persons.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('staff_members_department_idx').on(t.departmentId, t.name),
    index('staff_members_name_idx').on(t.name),
    uniqueIndex('staff_members_person_uq').on(t.personId),
  ],
);

/**
 * 保密教育培训: one session, planned in the 年度学习计划 (`planned_on`) and then held (`held_on`), with its
 * attendance. The person-by-person records the persons register kept before became attendance of these
 * (migration 0014, one session per distinct kind/date/content/hours/recorder).
 */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey(),
    /** 岗前培训 / 年度培训 / 其他: what the session counts for. */
    purpose: text('purpose', { enum: TRAINING_KINDS }).notNull(),
    form: text('form', { enum: SESSION_FORMS }).notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull(),
    topic: text('topic').notNull(),
    /** The year of the 年度学习计划 it belongs to (the planned or held year). */
    year: integer('year').notNull(),
    plannedOn: text('planned_on'),
    heldOn: text('held_on'),
    organizer: text('organizer'),
    speaker: text('speaker'),
    scope: text('scope'),
    content: text('content').notNull(),
    hours: real('hours').notNull(),
    place: text('place'),
    recorder: text('recorder'),
    /** Materials (scans): JSON array of attachment ids. */
    materials: text('materials').notNull().default('[]'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    index('training_sessions_year_idx').on(t.year, t.status, t.heldOn),
    index('training_sessions_held_idx').on(t.heldOn, t.id),
    index('training_sessions_planned_idx').on(t.plannedOn, t.id),
    index('training_sessions_form_idx').on(t.form, t.heldOn),
  ],
);

/**
 * 出席 / 缺席 / 补学 of one attendee (a 涉密人员 or a 在职人员) at one session. `held_on` and `hours` are kept here
 * too so the training matrix and the yearly floor read one covering index, not the sessions.
 */
export const trainingAttendance = sqliteTable(
  'training_attendance',
  {
    id: integer('id').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    personId: integer('person_id').references(() => persons.id),
    staffId: integer('staff_id').references(() => staffMembers.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    absenceReason: text('absence_reason'),
    madeUpOn: text('made_up_on'),
    /** The day it counts for: the session's day, or the 补学 day. */
    heldOn: text('held_on').notNull(),
    hours: real('hours').notNull(),
    /** The person's signed record (岗前保密教育培训记录表), if scanned. */
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('training_attendance_session_idx').on(t.sessionId, t.personId),
    // A session's lines and its absent ones counted from the index alone (the sessions register's page).
    index('training_attendance_session_status_idx').on(t.sessionId, t.status),
    index('training_attendance_person_idx').on(t.personId, t.heldOn, t.status, t.hours),
    index('training_attendance_staff_idx').on(t.staffId, t.heldOn),
    index('training_attendance_held_idx').on(t.heldOn, t.personId, t.status, t.hours),
  ],
);

const month = (n: number) => integer(`m${n}`).notNull().default(0);

/**
 * Each person's sessions by month and hours in a year, kept by triggers on `training_attendance` (migration
 * 0017) so the training matrix and the yearly floor read one row per person instead of a year of attendance.
 */
export const trainingTallies = sqliteTable(
  'training_tallies',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    year: integer('year').notNull(),
    m1: month(1),
    m2: month(2),
    m3: month(3),
    m4: month(4),
    m5: month(5),
    m6: month(6),
    m7: month(7),
    m8: month(8),
    m9: month(9),
    m10: month(10),
    m11: month(11),
    m12: month(12),
    sessions: integer('sessions').notNull().default(0),
    hours: real('hours').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.personId, t.year] })],
);

/** 年度考核 (涉密人员, 保密员), 专项考核 and the 考核 closing a 岗前培训. */
export const appraisals = sqliteTable(
  'appraisals',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: APPRAISAL_KINDS }).notNull(),
    year: integer('year').notNull(),
    appraisedOn: text('appraised_on').notNull(),
    result: text('result', { enum: APPRAISAL_RESULTS }).notNull(),
    /** 笔试成绩, if there was a written test. */
    score: real('score'),
    appraiser: text('appraiser').notNull(),
    remarks: text('remarks'),
    /** The session a 岗前培训考核 closes. */
    sessionId: integer('session_id').references(() => trainingSessions.id),
    /** 不合格: when the clearance review it calls for was recorded (the reminder ends then). */
    reviewedOn: text('reviewed_on'),
    reviewNote: text('review_note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('appraisals_person_idx').on(t.personId, t.kind, t.year),
    index('appraisals_year_idx').on(t.year, t.kind, t.result),
  ],
);

/** 奖惩, approved by the 保密委员会 or 领导小组; where it arose from an incident or a check finding, which one. */
export const sanctions = sqliteTable(
  'sanctions',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: SANCTION_KINDS }).notNull(),
    matter: text('matter').notNull(),
    personId: integer('person_id').references(() => persons.id),
    staffId: integer('staff_id').references(() => staffMembers.id),
    departmentId: integer('department_id').references(() => departments.id),
    on: text('on').notNull(),
    /** 类别: 通报表扬, 记功, 警告, 扣发津贴 … as the unit words it. */
    category: text('category').notNull(),
    basis: text('basis').notNull(),
    approver: text('approver', { enum: SANCTION_APPROVERS }).notNull(),
    approvedOn: text('approved_on').notNull(),
    documentNo: text('document_no'),
    /** 'incident:<id>' or 'finding:<id>' of the registers that will keep them. */
    sourceRef: text('source_ref'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('sanctions_on_idx').on(t.on, t.id), index('sanctions_person_idx').on(t.personId, t.on)],
);

/** 技术保密协议, 知识产权保护协议, 竞业限制协议, 合作方保密协议, with the signed scan. */
export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    personId: integer('person_id').references(() => persons.id),
    staffId: integer('staff_id').references(() => staffMembers.id),
    /** 合作方 of a partner agreement. */
    partner: text('partner'),
    signedOn: text('signed_on').notNull(),
    termEndsOn: text('term_ends_on'),
    /** 竞业限制: from the day employment ends, for at most the unit's cap. */
    nonCompeteFrom: text('non_compete_from'),
    nonCompeteEndsOn: text('non_compete_ends_on'),
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('agreements_person_idx').on(t.personId, t.kind),
    index('agreements_staff_idx').on(t.staffId, t.kind),
    index('agreements_term_idx').on(t.termEndsOn),
    index('agreements_non_compete_idx').on(t.nonCompeteEndsOn),
    index('agreements_signed_idx').on(t.signedOn, t.id),
  ],
);
