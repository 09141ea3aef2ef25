import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  INCIDENT_ENTRY_KINDS,
  INCIDENT_KINDS,
  INCIDENT_LINK_KINDS,
  INCIDENT_NATURES,
  INCIDENT_STATUSES,
  NATIONAL_LEVELS,
  REPORT_METHODS,
  REPORT_RECIPIENTS,
  RESPONSIBLE_UNIT_NATURES,
} from '../domain/vocab';
import { accounts } from './accounts';
import { attachments } from './attachments';
import { departments } from './persons';

/**
 * 泄密事件/违规: the record of the SCS 泄密事件报告登记表. `discovered_at` (an instant) starts the 24-hour clock
 * of regulation art. 61. Once the first report is recorded (`reported_at`) the record's own fields never change
 * again (0014 trigger): what is learnt later, and every correction, is a new `incident_entries` row.
 */
export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', { enum: INCIDENT_KINDS }).notNull(),
    /** 填报部门. */
    departmentId: integer('department_id').references(() => departments.id),
    discoveredAt: text('discovered_at').notNull(),
    discoveredPlace: text('discovered_place').notNull(),
    discoveredBy: text('discovered_by').notNull(),
    discoveredByTitle: text('discovered_by_title'),
    /** 发现经过. */
    discoveryHow: text('discovery_how').notNull(),
    /** 当事人 and 职务, as written; the persons register links are in `incident_links`. */
    party: text('party'),
    partyTitle: text('party_title'),
    occurredAt: text('occurred_at'),
    occurredPlace: text('occurred_place'),
    /** 泄密方式 / 违规方式. */
    method: text('method'),
    level: text('level', { enum: NATIONAL_LEVELS }),
    summary: text('summary').notNull(),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull(),
    /** The first report recorded: from here the record is append-only. */
    reportedAt: text('reported_at'),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    index('incidents_discovered_idx').on(t.discoveredAt, t.id),
    index('incidents_status_idx').on(t.status, t.discoveredAt),
    index('incidents_department_idx').on(t.departmentId, t.discoveredAt),
  ],
);

/** A report of art. 61: to whom, when, how, by whom. Kept forever (0014 trigger). */
export const incidentReports = sqliteTable(
  'incident_reports',
  {
    id: integer('id').primaryKey(),
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id),
    recipient: text('recipient', { enum: REPORT_RECIPIENTS }).notNull(),
    /** The office or person it went to. */
    recipientName: text('recipient_name').notNull(),
    reportedAt: text('reported_at').notNull(),
    method: text('method', { enum: REPORT_METHODS }).notNull(),
    reportedBy: text('reported_by').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('incident_reports_incident_idx').on(t.incidentId, t.recipient)],
);

/** What is added to an incident after it is opened (INCIDENT_ENTRY_KINDS); never changed (0014 trigger). */
export const incidentEntries = sqliteTable(
  'incident_entries',
  {
    id: integer('id').primaryKey(),
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id),
    kind: text('kind', { enum: INCIDENT_ENTRY_KINDS }).notNull(),
    /** When it happened (a 补救措施's time, an opinion's date), as the clerk wrote it. */
    at: text('at').notNull(),
    /** Who took the measure or gave the opinion. */
    by: text('by'),
    text: text('text').notNull(),
    /** 案件性质 and 责任单位性质, decided with a 处理结果 (the latest result entry's stand). */
    nature: text('nature', { enum: INCIDENT_NATURES }),
    unitNature: text('unit_nature', { enum: RESPONSIBLE_UNIT_NATURES }),
    scanAttachmentId: integer('scan_attachment_id').references(() => attachments.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('incident_entries_incident_idx').on(t.incidentId, t.kind, t.id)],
);

/**
 * What an incident concerns: a carrier, a device or medium, a person, an inventory discrepancy. The other side
 * finds its incidents through `incident_links_ref_idx` (an inventory line shows the incident opened from it).
 */
export const incidentLinks = sqliteTable(
  'incident_links',
  {
    id: integer('id').primaryKey(),
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id),
    kind: text('kind', { enum: INCIDENT_LINK_KINDS }).notNull(),
    refId: integer('ref_id').notNull(),
    label: text('label').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('incident_links_incident_idx').on(t.incidentId, t.id),
    index('incident_links_ref_idx').on(t.kind, t.refId),
  ],
);
