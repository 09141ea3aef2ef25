import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  CARRIER_EVENT_KINDS,
  CARRIER_LEVELS,
  CARRIER_SOURCES,
  CARRIER_STATUSES,
  CARRIER_TYPES,
  CLASS_STATES,
  CLASSIFICATION_DECISIONS,
  COPY_MODES,
  COPY_STATUSES,
  MOVEMENT_KINDS,
  TERM_KINDS,
} from '../domain/vocab';
import { accounts } from './accounts';
import { approvals } from './approvals';
import { attachments } from './attachments';
import { classificationItems } from './classification-items';

/**
 * Items due for the yearly 定密审核 (law art. 24): secrets the unit classified itself, still secret (only
 * national secrets carry a `last_review_year`).
 * Written as a literal so that the partial index below and the query (register-query.ts) share it exactly —
 * SQLite uses a partial index only when the query repeats its condition.
 */
export const REVIEWABLE = "own_classification = 1 AND class_state = 'classified' AND source <> 'copied'";

/**
 * 涉密载体台账: one row per document or medium (all its copies share level, term and range). The register
 * page filters by level/status/type/department/custodian/due and sorts by date, number, name, level and
 * term end: each of those has an index, pinned by query-plan tests (test/electron/core/carriers).
 *
 * Custodian (保管人) is for now a name plus the department; `custodian_key` is their normalised identity
 * (see electron/core/carriers/custodian.ts). When the personnel register lands, a nullable
 * `custodian_person_id` references persons(id) and the key becomes `person:<id>`: no query changes.
 */
export const carriers = sqliteTable(
  'carriers',
  {
    id: integer('id').primaryKey(),
    /** 编号: the unit's register number, e.g. 收2026-00017. */
    carrierNo: text('carrier_no').notNull(),
    type: text('type', { enum: CARRIER_TYPES }).notNull(),
    name: text('name').notNull(),
    /** 文号 (or the medium's own number). */
    docNo: text('doc_no'),
    /** 制作/发文单位. */
    issuer: text('issuer'),
    level: text('level', { enum: CARRIER_LEVELS }).notNull(),
    /** LEVEL_RANK of `level`, so "sort by level" means most protected first, not alphabetical. */
    levelRank: integer('level_rank').notNull(),
    termKind: text('term_kind', { enum: TERM_KINDS }).notNull(),
    termYears: integer('term_years'),
    termMonths: integer('term_months'),
    /**
     * 解密日期 when the term is a fixed date; for a 解密条件 that replaced a date without a 另有规定, the
     * statutory maximum that still bounds it (classification/extension.ts).
     */
    termUntil: text('term_until'),
    declassifyCondition: text('declassify_condition'),
    /**
     * The last day of the term, still inside it (民法典 art. 203; 已到期 from the next day): 制发日 + period, the
     * 解密日期, or a condition's bound; null for an unbounded condition, 长期, and always null once declassified
     * — so the due filters need no second condition.
     */
    termEndsOn: text('term_ends_on'),
    /** 制发日: the term counts from here (regulation art. 19). */
    issuedOn: text('issued_on').notNull(),
    registeredOn: text('registered_on').notNull(),
    /** 知悉范围: JSON array of entries (units, departments or persons). */
    needToKnow: text('need_to_know').notNull(),
    pages: integer('pages'),
    /** 容量 of a medium, as written on it (e.g. 4.7GB). */
    capacity: text('capacity'),
    source: text('source', { enum: CARRIER_SOURCES }).notNull(),
    /** A copy or excerpt links its original. */
    originalId: integer('original_id').references((): AnySQLiteColumn => carriers.id),
    copyMode: text('copy_mode', { enum: COPY_MODES }),
    /** The 复制件 stamp: copying unit and date. */
    copyStamp: text('copy_stamp'),
    /** 1 when this unit made the classification decision (自制, or a copy of one): it may change it. */
    ownClassification: integer('own_classification').notNull(),
    /** 所属部门 (also the custodian's department). */
    department: text('department').notNull(),
    custodianName: text('custodian_name').notNull(),
    custodianKey: text('custodian_key').notNull(),
    location: text('location'),
    /** 密点 (law art. 19), optional. */
    secretPoints: text('secret_points'),
    classificationItemId: integer('classification_item_id').references(() => classificationItems.id),
    /** 收文: who signed for it. */
    signedBy: text('signed_by'),
    status: text('status', { enum: CARRIER_STATUSES }).notNull(),
    classState: text('class_state', { enum: CLASS_STATES }).notNull().default('classified'),
    declassifiedOn: text('declassified_on'),
    /**
     * Calendar year of the last 定密审核 decision (or of the classification itself); set only while the item
     * is a national secret the unit classified (null otherwise), so "review due" is one range on this column.
     */
    lastReviewYear: integer('last_review_year'),
    /** Earliest due date among copies on loan or carried out; null when none is out. */
    loanDueOn: text('loan_due_on'),
    copyCount: integer('copy_count').notNull(),
    liveCopies: integer('live_copies').notNull(),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('carriers_no_uq').on(t.carrierNo),
    // Sort orders of the register: each index ends with what breaks ties, so a page never needs a sort.
    index('carriers_registered_idx').on(t.registeredOn),
    index('carriers_name_idx').on(t.name, t.docNo),
    index('carriers_issued_idx').on(t.issuedOn),
    index('carriers_level_rank_idx').on(t.levelRank, t.registeredOn),
    // Filters, each followed by the default sort so a filtered page is read from the index in order.
    index('carriers_level_idx').on(t.level, t.registeredOn),
    index('carriers_status_idx').on(t.status, t.registeredOn),
    index('carriers_type_idx').on(t.type, t.registeredOn),
    index('carriers_department_idx').on(t.department, t.registeredOn),
    index('carriers_custodian_idx').on(t.custodianKey, t.registeredOn),
    // Counting with two or more broad filters (密级 + 类别, 类别 + 状态 …): one narrow covering index holds them
    // all, so the total is read from it (a range, or at worst a scan of the index) instead of a table lookup
    // per row of the broadest filter.
    index('carriers_facets_idx').on(t.level, t.type, t.status, t.department, t.classState),
    // Due filters (term ending / ended; loans overdue) and the term sort.
    index('carriers_term_end_idx').on(t.termEndsOn, t.registeredOn),
    index('carriers_loan_due_idx').on(t.loanDueOn, t.registeredOn),
    // The home page's counts of terms ended and ending among secrets still classified, from this index alone
    // (through the one above, a row lookup each for its 解密状态: 0.8 s at the large demo, cold). 解密状态
    // leading would draw every filter on it here.
    index('carriers_term_class_idx').on(t.termEndsOn, t.classState),
    // The yearly 定密审核: only items the unit classified itself and that are still secret.
    index('carriers_review_idx').on(t.lastReviewYear, t.registeredOn).where(sql.raw(REVIEWABLE)),
    index('carriers_original_idx').on(t.originalId),
    // The custodians in the register (the 保管人 filter, 清点): one pass over this narrow index holding every
    // column the question reads, never a table lookup per carrier (300–650 ms at 100k).
    index('carriers_custodian_live_idx').on(t.custodianKey, t.custodianName, t.department, t.liveCopies),
    // The 国家秘密事项一览表's 载体数, one count per item of a page: without it each count scans every carrier
    // (a page of 100 items took seconds at the large demo). Only carriers that cite an item are in it.
    index('carriers_classification_item_idx')
      .on(t.classificationItemId)
      .where(sql.raw('classification_item_id IS NOT NULL')),
  ],
);

/** Each copy (份) by its number; who holds it now (`holder_key` answers "what does person X hold"). */
export const carrierCopies = sqliteTable(
  'carrier_copies',
  {
    id: integer('id').primaryKey(),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    copyNo: integer('copy_no').notNull(),
    /** The 份号 as printed on the copy when it is not the number's plain digits ("0015"): shown and printed so. */
    copyLabel: text('copy_label'),
    status: text('status', { enum: COPY_STATUSES }).notNull(),
    holderName: text('holder_name').notNull(),
    holderDept: text('holder_dept'),
    holderKey: text('holder_key').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('carrier_copies_no_uq').on(t.carrierId, t.copyNo),
    index('carrier_copies_holder_idx').on(t.holderKey, t.status),
  ],
);

/** 借阅 and 外出携带: open while `returned_on` is null. The 借阅登记表 prints from here. */
export const carrierMovements = sqliteTable(
  'carrier_movements',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    copyId: integer('copy_id')
      .notNull()
      .references(() => carrierCopies.id),
    personName: text('person_name').notNull(),
    personDept: text('person_dept'),
    personKey: text('person_key').notNull(),
    /** 1 when the borrower is outside the unit (never for 绝密). */
    outside: integer('outside').notNull().default(0),
    /** 外出携带: JSON array of the people travelling with it (绝密: two or more). */
    companions: text('companions'),
    destination: text('destination'),
    purpose: text('purpose'),
    startedOn: text('started_on').notNull(),
    dueOn: text('due_on').notNull(),
    returnedOn: text('returned_on'),
    /** Who held the copy before; it goes back to them on return. */
    prevHolderName: text('prev_holder_name').notNull(),
    prevHolderDept: text('prev_holder_dept'),
    approvalId: integer('approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('carrier_movements_copy_idx').on(t.copyId, t.returnedOn),
    index('carrier_movements_carrier_idx').on(t.carrierId),
    index('carrier_movements_due_idx').on(t.returnedOn, t.dueOn),
  ],
);

/**
 * The history of a carrier, one row per action: kept forever (a trigger refuses deletes), never destroyed
 * with the carrier. `on` is the date of the act as the clerk states it; `at` when it was recorded.
 */
export const carrierEvents = sqliteTable(
  'carrier_events',
  {
    id: integer('id').primaryKey(),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    copyId: integer('copy_id').references(() => carrierCopies.id),
    kind: text('kind', { enum: CARRIER_EVENT_KINDS }).notNull(),
    on: text('on').notNull(),
    at: text('at').notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    /** The other party: recipient, borrower, receiver, witness list … as shown in the timeline. */
    counterpart: text('counterpart'),
    approvalId: integer('approval_id').references(() => approvals.id),
    /** Canonical JSON of the particulars. */
    detail: text('detail').notNull(),
  },
  (t) => [
    index('carrier_events_carrier_idx').on(t.carrierId, t.id),
    index('carrier_events_copy_idx').on(t.copyId),
    // Registers of one kind of act over a period (复制登记表: every 复制/摘录 between two dates), in date order.
    index('carrier_events_kind_on_idx').on(t.kind, t.on),
  ],
);

/**
 * 定密 / 变更 / 解密 / 延期 / 维持 decisions with their before and after (审批表 of REFERENCE.md §2.5): who
 * proposed (承办人), who decided (定密责任人, or the originating authority's notice), why, and the written
 * notice to the holders (law art. 23).
 */
export const classificationDecisions = sqliteTable(
  'classification_decisions',
  {
    id: integer('id').primaryKey(),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    kind: text('kind', { enum: CLASSIFICATION_DECISIONS }).notNull(),
    decidedOn: text('decided_on').notNull(),
    proposerName: text('proposer_name'),
    decidedBy: text('decided_by').notNull(),
    authority: text('authority', { enum: ['own', 'originator'] }).notNull(),
    reason: text('reason').notNull(),
    levelBefore: text('level_before', { enum: CARRIER_LEVELS }),
    levelAfter: text('level_after', { enum: CARRIER_LEVELS }),
    /** Canonical JSON of the term before and after. */
    termBefore: text('term_before'),
    termAfter: text('term_after'),
    rangeBefore: text('range_before'),
    rangeAfter: text('range_after'),
    noticeNo: text('notice_no'),
    noticeTo: text('notice_to'),
    reviewYear: integer('review_year'),
    /**
     * A term past the level's statutory maximum (law art. 20 "除另有规定外"): canonical JSON of the 另有规定
     * it rests on, who allowed it, the document and its date, and the approval recorded for it. Null: within it.
     */
    beyondMax: text('beyond_max'),
    basisItemId: integer('basis_item_id').references(() => classificationItems.id),
    approvalId: integer('approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    index('classification_decisions_carrier_idx').on(t.carrierId, t.id),
    index('classification_decisions_year_idx').on(t.reviewYear),
  ],
);

/** 知悉人员登记 (regulation 2024 art. 20): who came to know a 机密-or-above secret, when and how. */
export const carrierKnowers = sqliteTable(
  'carrier_knowers',
  {
    id: integer('id').primaryKey(),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    name: text('name').notNull(),
    department: text('department'),
    personKey: text('person_key').notNull(),
    knownOn: text('known_on').notNull(),
    /** 阅读 / 借阅 / 分发 / 传达 … */
    how: text('how').notNull(),
    /** 0 when the person is outside the 知悉范围: then an approval is recorded (law art. 21). */
    withinRange: integer('within_range').notNull().default(1),
    approvalId: integer('approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('carrier_knowers_carrier_idx').on(t.carrierId),
    index('carrier_knowers_person_idx').on(t.personKey),
  ],
);

/** Scans that belong to a carrier (the signed 签收单, the 定密 审批表 …), stored encrypted in `attachments`. */
export const carrierAttachments = sqliteTable(
  'carrier_attachments',
  {
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
    attachmentId: integer('attachment_id')
      .notNull()
      .references(() => attachments.id),
    label: text('label').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.carrierId, t.attachmentId] })],
);
