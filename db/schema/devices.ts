import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  DEVICE_CHECK_KINDS,
  DEVICE_CLASSES,
  DEVICE_EVENT_KINDS,
  DEVICE_FAMILIES,
  DEVICE_KINDS,
  DEVICE_MOVEMENT_KINDS,
  DEVICE_STATUSES,
  INVENTORY_RESULTS,
  INVENTORY_SCOPES,
  INVENTORY_STATUSES,
  NATIONAL_LEVELS,
  REPAIR_MODES,
  STORAGE_STATES,
} from '../domain/vocab';
import { sql } from 'drizzle-orm';
import { accounts } from './accounts';
import { approvals } from './approvals';
import { departments, persons } from './persons';

/**
 * What the register's search reads (保密编号, 资产编号, 型号, 序列号, 硬盘序列号, 责任人, 持有人) as one text, the
 * fields apart by char(31) so that a term cannot match across two. Indexed after `family` (devices_search_idx),
 * so that a search counts and pages from the index alone instead of reading every row of the register: the query
 * must use this very expression for SQLite to read it from the index.
 */
export const DEVICE_SEARCH_EXPR =
  "(device_no || char(31) || ifnull(asset_no, '') || char(31) || ifnull(brand_model, '') || char(31) || " +
  "ifnull(serial_no, '') || char(31) || ifnull(disk_serials, '') || char(31) || ifnull(custodian_name, '') || " +
  "char(31) || ifnull(holder_name, ''))";
export const DEVICE_SEARCH_TEXT = sql.raw(DEVICE_SEARCH_EXPR);

/**
 * 涉密计算机/信息设备台账 and 存储介质台账 in one table (`family`): both are registered one by one, issued,
 * lent, carried out, repaired, retired and destroyed the same way. The two register pages filter by family and
 * then by kind/class/level/status/department/custodian, sorted by registration date or number: each filter is an
 * index led by `family` and ending in the sort, so a filtered page is read from the index in order.
 */
export const devices = sqliteTable(
  'devices',
  {
    id: integer('id').primaryKey(),
    family: text('family', { enum: DEVICE_FAMILIES }).notNull(),
    /** 保密编号: unique across devices and media. */
    deviceNo: text('device_no').notNull(),
    assetNo: text('asset_no'),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    class: text('class', { enum: DEVICE_CLASSES }).notNull(),
    /** Only a 涉密 item bears a level (the rules refuse one anywhere else). */
    level: text('level', { enum: NATIONAL_LEVELS }),
    /** 0 for none, then 秘密 1 · 机密 2 · 绝密 3, so "sort by level" means most protected first. */
    levelRank: integer('level_rank').notNull(),
    brandModel: text('brand_model'),
    /** 序列号 (主机序列号, or a medium's 唯一标识). */
    serialNo: text('serial_no'),
    /** 硬盘序列号: JSON array (a computer may have several). */
    diskSerials: text('disk_serials').notNull().default('[]'),
    mac: text('mac'),
    capacity: text('capacity'),
    /**
     * A medium's volume identifier (FAT serial or filesystem UUID, normalised as files/drives-parse.ts does):
     * how a plugged-in drive is known to be this registered medium. Recorded at registration or first sight.
     */
    volumeId: text('volume_id'),
    custodianPersonId: integer('custodian_person_id').references(() => persons.id),
    /** The custodian's name as registered, for search and sort without a join. */
    custodianName: text('custodian_name'),
    departmentId: integer('department_id').references(() => departments.id),
    location: text('location'),
    purpose: text('purpose'),
    os: text('os'),
    osInstalledOn: text('os_installed_on'),
    enabledOn: text('enabled_on'),
    registeredOn: text('registered_on').notNull(),
    /** 是否接入涉密网. */
    secretNetwork: integer('secret_network').notNull().default(0),
    /** 是否接入互联网: never for a 涉密 item. */
    onInternet: integer('on_internet').notNull().default(0),
    /** 三合一/违规外联监控 installed. */
    monitorInstalled: integer('monitor_installed').notNull().default(0),
    /** A medium: the highest level ever written to it (its 密级 may never be below). */
    maxWrittenRank: integer('max_written_rank').notNull().default(0),
    storageState: text('storage_state', { enum: STORAGE_STATES }).notNull().default('installed'),
    status: text('status', { enum: DEVICE_STATUSES }).notNull(),
    /** Who has it in hand while lent or carried out (the 责任人 otherwise). */
    holderPersonId: integer('holder_person_id').references(() => persons.id),
    holderName: text('holder_name'),
    /** Due date of the open loan or carry-out; null when none is open. */
    dueOn: text('due_on'),
    /** 1 for the PC this app runs on (offered at first run). */
    isHost: integer('is_host').notNull().default(0),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('devices_no_uq').on(t.deviceNo),
    index('devices_registered_idx').on(t.family, t.registeredOn),
    index('devices_family_no_idx').on(t.family, t.deviceNo),
    index('devices_level_rank_idx').on(t.family, t.levelRank, t.registeredOn),
    index('devices_kind_idx').on(t.family, t.kind, t.registeredOn),
    index('devices_class_idx').on(t.family, t.class, t.registeredOn),
    index('devices_status_idx').on(t.family, t.status, t.registeredOn),
    index('devices_department_idx').on(t.family, t.departmentId, t.registeredOn),
    index('devices_custodian_idx').on(t.custodianPersonId, t.status),
    index('devices_holder_idx').on(t.holderPersonId, t.status),
    index('devices_due_idx').on(t.dueOn),
    index('devices_facets_idx').on(t.family, t.class, t.level, t.kind, t.status, t.departmentId),
    uniqueIndex('devices_volume_uq').on(t.volumeId),
    index('devices_search_idx').on(t.family, DEVICE_SEARCH_TEXT, t.registeredOn),
    // The one row marked 本机 (the home page and the register's notice ask for it on every view): not a scan.
    index('devices_host_idx').on(t.isHost).where(sql.raw('is_host = 1')),
  ],
);

/** The history of a device or medium, one row per action, kept forever (a trigger refuses deletes). */
export const deviceEvents = sqliteTable(
  'device_events',
  {
    id: integer('id').primaryKey(),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    kind: text('kind', { enum: DEVICE_EVENT_KINDS }).notNull(),
    on: text('on').notNull(),
    at: text('at').notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    counterpart: text('counterpart'),
    approvalId: integer('approval_id').references(() => approvals.id),
    /** Canonical JSON of the particulars. */
    detail: text('detail').notNull(),
  },
  (t) => [
    index('device_events_device_idx').on(t.deviceId, t.id),
    index('device_events_kind_on_idx').on(t.kind, t.on),
  ],
);

/**
 * 借用 (专用存储介质借用审批表: 连接设备编号, 存储内容最高密级, 返回信息清除检查 by a named checker) and
 * 携带外出 (destination, return date, 返回检查): open while `returned_on` is null.
 */
export const deviceMovements = sqliteTable(
  'device_movements',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: DEVICE_MOVEMENT_KINDS }).notNull(),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    personName: text('person_name').notNull(),
    reason: text('reason'),
    connectDeviceId: integer('connect_device_id').references((): AnySQLiteColumn => devices.id),
    /** 存储内容最高密级 (a medium's loan). */
    contentLevel: text('content_level', { enum: NATIONAL_LEVELS }),
    destination: text('destination'),
    startedOn: text('started_on').notNull(),
    dueOn: text('due_on').notNull(),
    returnedOn: text('returned_on'),
    checkerName: text('checker_name'),
    /** 返回信息清除情况 / 返回检查情况. */
    checkResult: text('check_result'),
    prevStatus: text('prev_status', { enum: DEVICE_STATUSES }).notNull(),
    approvalId: integer('approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('device_movements_device_idx').on(t.deviceId, t.returnedOn),
    index('device_movements_due_idx').on(t.returnedOn, t.dueOn),
  ],
);

/** 设备维护审批表 / 送外维修审批表: one row per repair, open while `returned_on` is null. */
export const deviceRepairs = sqliteTable(
  'device_repairs',
  {
    id: integer('id').primaryKey(),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    mode: text('mode', { enum: REPAIR_MODES }).notNull(),
    fault: text('fault').notNull(),
    /** 维修单位 (外来单位 or 送外单位); null for the unit's own technicians. */
    vendor: text('vendor'),
    vendorQualified: integer('vendor_qualified').notNull().default(0),
    agreementSigned: integer('agreement_signed').notNull().default(0),
    /** 旁站陪同人 (现场维修). */
    escortName: text('escort_name'),
    /** 送外维修: storage removed and who keeps it. */
    storageRemoved: integer('storage_removed').notNull().default(0),
    storageKeptBy: text('storage_kept_by'),
    sentBy: text('sent_by'),
    startedOn: text('started_on').notNull(),
    returnedOn: text('returned_on'),
    result: text('result'),
    oldDiskSerials: text('old_disk_serials'),
    newDiskSerials: text('new_disk_serials'),
    handedOverBy: text('handed_over_by'),
    receivedBy: text('received_by'),
    prevStatus: text('prev_status', { enum: DEVICE_STATUSES }).notNull(),
    approvalId: integer('approval_id').references(() => approvals.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('device_repairs_device_idx').on(t.deviceId, t.returnedOn),
    index('device_repairs_started_idx').on(t.startedOn),
  ],
);

/**
 * 使用登记 of shared devices and media: who, when, for what, the highest level processed, and the 打印/刻录/
 * 导入导出 counts (打印: 名称, 文号, 密级, 份数, 每份页数, 批准人, 承办人 in `print_detail`). Kept five years
 * at least (a unit setting never below 5).
 */
export const deviceUsage = sqliteTable(
  'device_usage',
  {
    id: integer('id').primaryKey(),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    personId: integer('person_id').references(() => persons.id),
    userName: text('user_name').notNull(),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    purpose: text('purpose').notNull(),
    maxLevel: text('max_level', { enum: NATIONAL_LEVELS }),
    prints: integer('prints').notNull().default(0),
    burns: integer('burns').notNull().default(0),
    imports: integer('imports').notNull().default(0),
    exports: integer('exports').notNull().default(0),
    printDetail: text('print_detail'),
    /** Bytes written, for an entry the app made itself when it wrote a file onto this medium. */
    bytes: integer('bytes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('device_usage_device_idx').on(t.deviceId, t.startedAt),
    index('device_usage_started_idx').on(t.startedAt),
  ],
);

/** 定期检查 (保密检查, 病毒查杀, 审计日志查看), each signed by the checker. */
export const deviceChecks = sqliteTable(
  'device_checks',
  {
    id: integer('id').primaryKey(),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    kind: text('kind', { enum: DEVICE_CHECK_KINDS }).notNull(),
    checkedOn: text('checked_on').notNull(),
    checkerName: text('checker_name').notNull(),
    result: text('result').notNull(),
    findings: text('findings'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('device_checks_device_idx').on(t.deviceId, t.kind, t.checkedOn)],
);

/** 清点 of the devices or the media (one family at a time): everything, one department or one 责任人. */
export const deviceInventories = sqliteTable(
  'device_inventories',
  {
    id: integer('id').primaryKey(),
    family: text('family', { enum: DEVICE_FAMILIES }).notNull(),
    scope: text('scope', { enum: INVENTORY_SCOPES }).notNull(),
    /** The department's or the custodian's id, for a narrowed scope. */
    scopeId: integer('scope_id'),
    scopeLabel: text('scope_label').notNull(),
    startedOn: text('started_on').notNull(),
    closedOn: text('closed_on'),
    status: text('status', { enum: INVENTORY_STATUSES }).notNull(),
    /** Canonical JSON of the closing report (counts by result, open discrepancies). */
    report: text('report'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [index('device_inventories_status_idx').on(t.family, t.status, t.startedOn)],
);

/**
 * One device or medium to be found, as the register expected it at the start (who holds it, where, in what
 * state). A missing or discrepant line stays an open discrepancy until its resolution is recorded.
 */
export const deviceInventoryLines = sqliteTable(
  'device_inventory_lines',
  {
    id: integer('id').primaryKey(),
    inventoryId: integer('inventory_id')
      .notNull()
      .references(() => deviceInventories.id),
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id),
    expectedHolder: text('expected_holder'),
    expectedLocation: text('expected_location'),
    expectedStatus: text('expected_status', { enum: DEVICE_STATUSES }).notNull(),
    result: text('result', { enum: INVENTORY_RESULTS }).notNull().default('pending'),
    note: text('note'),
    checkedAt: text('checked_at'),
    resolvedAt: text('resolved_at'),
    resolution: text('resolution'),
  },
  (t) => [
    uniqueIndex('device_inventory_lines_device_uq').on(t.inventoryId, t.deviceId),
    index('device_inventory_lines_open_idx').on(t.resolvedAt, t.result),
  ],
);
