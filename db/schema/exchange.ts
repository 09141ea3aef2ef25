import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { COUNTERPART_ROLES, EXCHANGE_PROFILES } from '../domain/vocab';
import { accounts } from './accounts';
import { carriers } from './carriers';

/**
 * Units this installation exchanges packages with: its supervisor (上级保密工作部门), or, in supervisor mode,
 * its subordinate units. Their public keys were accepted only after the fingerprint was confirmed out of band;
 * a later key is accepted only when endorsed by the one on file (electron/core/exchange/counterparts.ts).
 */
export const counterparts = sqliteTable('counterparts', {
  unitCode: text('unit_code').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: COUNTERPART_ROLES }).notNull(),
  signKeyId: text('sign_key_id').notNull(),
  signPublicKey: blob('sign_public_key', { mode: 'buffer' }).notNull(),
  encKeyId: text('enc_key_id').notNull(),
  encPublicKey: blob('enc_public_key', { mode: 'buffer' }).notNull(),
  /** Of the signing key, as printed on the unit's fingerprint sheet. */
  fingerprint: text('fingerprint').notNull(),
  /** Subordinates: how often a package is expected (days), for the overdue view. */
  reportIntervalDays: integer('report_interval_days').notNull().default(30),
  importedAt: text('imported_at').notNull(),
  importedBy: integer('imported_by').references(() => accounts.id),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Packages this unit wrote, per receiver; the sequence and the previous package's hash chain them. A package
 * is acknowledged when the receiver's signed receipt is imported: incrementals are built on the last one.
 */
export const exchangeOutgoing = sqliteTable(
  'exchange_outgoing',
  {
    id: integer('id').primaryKey(),
    receiverCode: text('receiver_code').notNull(),
    seq: integer('seq').notNull(),
    /** SHA-256 (hex) of the canonical manifest: what the next package and the receipt name. */
    packageHash: text('package_hash').notNull(),
    prevHash: text('prev_hash').notNull(),
    profile: text('profile', { enum: EXCHANGE_PROFILES }).notNull(),
    /** The snapshot time: the next incremental carries what changed from here. */
    createdAt: text('created_at').notNull(),
    /**
     * The highest row_versions.ver when the package was read: the next incremental carries the tracked rows that
     * moved past it. Null for packages made before the versions were kept (their incrementals send those whole).
     */
    rowVersion: integer('row_version'),
    baseSeq: integer('base_seq'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    /** Canonical JSON: records per part. */
    counts: text('counts').notNull(),
    /** The file is a 涉密载体 in the carriers register. */
    carrierId: integer('carrier_id').references(() => carriers.id),
    acknowledgedAt: text('acknowledged_at'),
    receiptImportedAt: text('receipt_imported_at'),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [uniqueIndex('exchange_outgoing_channel_uq').on(t.receiverCode, t.seq)],
);

/**
 * Registers whose changes carry no timestamp (a vetting's result, a loan's return, a department renamed under its
 * people): triggers (migration row_versions) give each insert, update or delete of a row the next number here,
 * one entry per row, kept after a delete so an incremental knows to send the id list. An incremental sends the
 * rows past its base package's number (exchange/table-part.ts). Derived only; nothing else reads it.
 */
export const rowVersions = sqliteTable(
  'row_versions',
  {
    /** The register's table as a package names its rows (a link row counts for its owner: inspections). */
    tbl: text('tbl').notNull(),
    rowId: integer('row_id').notNull(),
    ver: integer('ver').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.rowId] }), index('row_versions_ver_idx').on(t.ver)],
);

/** Supervisor side: what each subordinate unit has delivered so far (one row per unit). */
export const exchangeChannels = sqliteTable('exchange_channels', {
  unitCode: text('unit_code')
    .primaryKey()
    .references(() => counterparts.unitCode),
  lastSeq: integer('last_seq').notNull(),
  lastHash: text('last_hash').notNull(),
  lastReceivedAt: text('last_received_at').notNull(),
  /** When the unit made its last package (its clock), and which profile it was. */
  lastCreatedAt: text('last_created_at').notNull(),
  lastProfile: text('last_profile').notNull(),
});

/** Supervisor side: every package imported, kept so a receipt can be issued again. */
export const exchangeIncoming = sqliteTable(
  'exchange_incoming',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => counterparts.unitCode),
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    profile: text('profile').notNull(),
    createdAt: text('created_at').notNull(),
    importedAt: text('imported_at').notNull(),
    /** Canonical JSON: records per part. */
    counts: text('counts').notNull(),
    /** The sender's audit-chain head as carried in the manifest. */
    auditHead: text('audit_head').notNull(),
    importedBy: integer('imported_by').references(() => accounts.id),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.seq] })],
);

/**
 * Supervisor side: the subordinate units' registers as they reported them, read-only, one row per record: the
 * line its package sent, a JSON array of the register's values in the order of the unit's layout of that
 * register (imported_layouts), so a register added later needs no new table here.
 */
export const importedRecords = sqliteTable(
  'imported_records',
  {
    unitCode: text('unit_code').notNull(),
    register: text('register').notNull(),
    recordId: text('record_id').notNull(),
    data: text('data').notNull(),
    /** The package that last wrote this record. */
    seq: integer('seq').notNull(),
    /**
     * The digest of the line that package sent (parts.ts rowDigest): a later package sending the same line skips
     * the record. Empty for records written before digests were kept; their next import fills it.
     */
    digest: text('digest'),
    /** The record id as a number when it is one, for natural order. */
    recordNo: integer('record_no').generatedAlwaysAs(
      sql`CASE WHEN record_id <> '' AND record_id NOT GLOB '*[^0-9]*' THEN CAST(record_id AS INTEGER) END`,
      { mode: 'virtual' },
    ),
  },
  (t) => [
    primaryKey({ columns: [t.unitCode, t.register, t.recordId] }),
    // Natural order (1, 2, … 10), page by page, without sorting a unit's whole register; with the digests, so an
    // import reads a register's digests from this index alone.
    index('imported_records_natural_idx').on(t.unitCode, t.register, t.recordNo, t.recordId, t.digest),
    check('imported_records_json', sql`json_valid(${t.data})`),
  ],
);

/**
 * The columns of a unit's register as its packages send them: every record of (unit, register) in
 * imported_records is a JSON array in this order. A package with other columns (the unit's app was updated) has
 * the records it does not rewrite put in its order first (record-layout.ts).
 */
export const importedLayouts = sqliteTable(
  'imported_layouts',
  {
    unitCode: text('unit_code').notNull(),
    register: text('register').notNull(),
    /** JSON array of the column names. */
    columns: text('columns').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitCode, t.register] }),
    check('imported_layouts_json', sql`json_valid(${t.columns})`),
  ],
);
