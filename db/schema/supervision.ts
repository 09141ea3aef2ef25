import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { counterparts } from './exchange';

/**
 * Supervisor side (issue 25): what the bureau keeps per subordinate unit beside its key — its reporting chain
 * (restarted by 重新建立报送关系), its own interval (null: the default), and the dates its last packages were true.
 * The last-package columns are maintained by every import, so the comparison table reads no package history.
 */
export const supervisionUnits = sqliteTable('supervision_units', {
  unitCode: text('unit_code')
    .primaryKey()
    .references(() => counterparts.unitCode),
  /** 1 for the first chain; each 重新建立报送关系 starts the next. */
  chain: integer('chain').notNull().default(1),
  /** After a restart only a full package may open the new chain. */
  awaitingFull: integer('awaiting_full', { mode: 'boolean' }).notNull().default(false),
  restartedAt: text('restarted_at'),
  reportIntervalDays: integer('report_interval_days'),
  /** The unit's clock when its last register-carrying (full/incremental) package was made: the data date. */
  lastDataAt: text('last_data_at'),
  lastDataProfile: text('last_data_profile'),
  /** The year of the last 年度报告 received, and when that package was made. */
  lastAnnualYear: integer('last_annual_year'),
  lastAnnualAt: text('last_annual_at'),
});

/** The bureau's defaults (one row): the reporting interval and when a year's 年度报告 is due the year after. */
export const supervisionSettings = sqliteTable('supervision_settings', {
  id: integer('id').primaryKey(),
  reportIntervalDays: integer('report_interval_days').notNull().default(30),
  /** MM-DD of the following year. */
  annualDue: text('annual_due').notNull().default('01-31'),
  /** A report is "due soon" this many days before it is due. */
  dueSoonDays: integer('due_soon_days').notNull().default(7),
  /** The home page alerts on a unit whose loans past due reach this many (carriers and devices together). */
  overdueLoanAlert: integer('overdue_loan_alert').notNull().default(5),
  updatedAt: text('updated_at').notNull(),
});

/** A replaced chain's key, kept to verify that chain's packages; never deleted. */
export const supervisionReplacedKeys = sqliteTable(
  'supervision_replaced_keys',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => counterparts.unitCode),
    chain: integer('chain').notNull(),
    signKeyId: text('sign_key_id').notNull(),
    signPublicKey: blob('sign_public_key', { mode: 'buffer' }).notNull(),
    encKeyId: text('enc_key_id').notNull(),
    encPublicKey: blob('enc_public_key', { mode: 'buffer' }).notNull(),
    fingerprint: text('fingerprint').notNull(),
    replacedAt: text('replaced_at').notNull(),
    replacedBy: integer('replaced_by').references(() => accounts.id),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.chain] })],
);

/** The packages of a replaced chain (moved from exchange_incoming at the restart), shown as 已被替换. */
export const supervisionReplacedPackages = sqliteTable(
  'supervision_replaced_packages',
  {
    unitCode: text('unit_code').notNull(),
    chain: integer('chain').notNull(),
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    profile: text('profile').notNull(),
    createdAt: text('created_at').notNull(),
    importedAt: text('imported_at').notNull(),
    counts: text('counts').notNull(),
    auditHead: text('audit_head').notNull(),
    bytes: integer('bytes'),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.chain, t.seq] })],
);

/** The records a replaced chain had reported, as they stood at the restart, read-only history. */
export const supervisionReplacedRecords = sqliteTable(
  'supervision_replaced_records',
  {
    unitCode: text('unit_code').notNull(),
    chain: integer('chain').notNull(),
    register: text('register').notNull(),
    recordId: text('record_id').notNull(),
    data: text('data').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.chain, t.register, t.recordId] })],
);

/** The layouts of a replaced chain's records (imported_layouts as they stood at the restart). */
export const supervisionReplacedLayouts = sqliteTable(
  'supervision_replaced_layouts',
  {
    unitCode: text('unit_code').notNull(),
    chain: integer('chain').notNull(),
    register: text('register').notNull(),
    columns: text('columns').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.chain, t.register] })],
);

/** Every package received: its size, and for a refused one the reason (nothing of it was imported). */
export const supervisionReceived = sqliteTable(
  'supervision_received',
  {
    id: integer('id').primaryKey(),
    /** As the package names itself; null when even that could not be read. */
    unitCode: text('unit_code'),
    chain: integer('chain'),
    seq: integer('seq'),
    profile: text('profile'),
    createdAt: text('created_at'),
    packageHash: text('package_hash'),
    fileName: text('file_name').notNull(),
    bytes: integer('bytes').notNull(),
    receivedAt: text('received_at').notNull(),
    /** Null: imported. Else the refusal reason code and its message as the clerk saw it. */
    refusal: text('refusal'),
    message: text('message'),
  },
  (t) => [index('supervision_received_unit_idx').on(t.unitCode, t.id)],
);

/**
 * The figures of each unit, recomputed from its records by every import (one unit's rows, in the import's
 * transaction), so the comparison table and the consolidated figures read a few rows per unit and no JSON.
 * `key` is the value counted by (a level, a status) or a date/year for what today decides (loans due).
 */
export const supervisionFigures = sqliteTable(
  'supervision_figures',
  {
    unitCode: text('unit_code').notNull(),
    figure: text('figure').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
    /**
     * n summed over this unit's figure up to this key, so the count before a date (loans due before today) is
     * one index seek per unit, however many dates a unit's loans have.
     */
    cum: integer('cum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.figure, t.key] })],
);

/**
 * Cross-unit search (issue 25, points 5 and 10): each unit's carriers (编号, 名称, 文号) and persons (姓名, 部门) in
 * typed columns, rewritten for the records an import wrote (supervisor-search.ts). The FTS5 table
 * `supervision_search_grams` (custom migration) indexes the bigrams of 编号 and 名称 of every row, kept by
 * triggers on this table, so a search reads an index, never a unit's JSON.
 */
export const supervisionSearch = sqliteTable(
  'supervision_search',
  {
    id: integer('id').primaryKey(),
    unitCode: text('unit_code').notNull(),
    register: text('register').notNull(),
    recordId: text('record_id').notNull(),
    /** The record id as a number when it is one, for natural order. */
    recordNo: integer('record_no'),
    /** 编号 of a carrier; null for a person. */
    no: text('no'),
    name: text('name').notNull(),
    /** 文号 of a carrier, 部门 of a person. */
    detail: text('detail').notNull(),
  },
  (t) => [
    uniqueIndex('supervision_search_record_uq').on(t.unitCode, t.register, t.recordId),
    // A 编号 typed whole or its beginning: a range of this index across every unit.
    index('supervision_search_no_idx').on(t.no),
  ],
);
