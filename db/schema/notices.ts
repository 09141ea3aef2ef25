import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FILING_REGISTERS, NOTICE_KINDS } from '../domain/vocab';
import { accounts } from './accounts';
import { counterparts } from './exchange';
import { findings, inspections } from './inspections';
import { leavingProcedures } from './leaving';

/**
 * Supervisor side (issue 25, point 6): every notice written for a unit, numbered per unit from 1 (the unit
 * refuses a number it already imported). The content is kept as sent, so the bureau's history shows it and
 * the findings coming back up in the unit's packages are matched to it by `<supervisor>/<seq>/<item>`.
 */
export const noticesSent = sqliteTable(
  'notices_sent',
  {
    id: integer('id').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => counterparts.unitCode),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The notice's content as signed and encrypted (canonical JSON). */
    content: text('content').notNull(),
    noticeHash: text('notice_hash').notNull(),
    fileName: text('file_name').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [uniqueIndex('notices_sent_unit_seq_uq').on(t.unitCode, t.seq)],
);

/**
 * Unit side: every notice imported from the supervisor, with where it landed — the 上级检查 a 整改通知 opened,
 * the leaving procedure an 意见 answers. The content is kept as decrypted (canonical JSON).
 */
export const noticesReceived = sqliteTable(
  'notices_received',
  {
    id: integer('id').primaryKey(),
    supervisorCode: text('supervisor_code').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    noticeHash: text('notice_hash').notNull(),
    /** The supervisor's clock when it wrote the notice. */
    issuedAt: text('issued_at').notNull(),
    inspectionId: integer('inspection_id').references(() => inspections.id),
    leavingId: integer('leaving_id').references(() => leavingProcedures.id),
    importedAt: text('imported_at').notNull(),
    importedBy: integer('imported_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('notices_received_seq_uq').on(t.supervisorCode, t.seq),
    index('notices_received_leaving_idx').on(t.leavingId),
  ],
);

/** Unit side: each item of a notice — the finding a 整改通知's item became, or the record a 备案 acknowledges. */
export const noticeItems = sqliteTable(
  'notice_items',
  {
    noticeId: integer('notice_id')
      .notNull()
      .references(() => noticesReceived.id),
    itemNo: integer('item_no').notNull(),
    findingId: integer('finding_id').references(() => findings.id),
    register: text('register', { enum: FILING_REGISTERS }),
    recordId: text('record_id'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.itemNo] }), index('notice_items_finding_idx').on(t.findingId)],
);
