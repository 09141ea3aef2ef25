import type { NationalLevel } from './unit';

// ---- Devices and media (涉密计算机、信息设备与存储介质) — DOMAIN.md "Devices and media", REFERENCE.md §2.4 ----

/** 设备 (computers, office equipment, security products) or 存储介质: one register each, one lifecycle. */
export const DEVICE_FAMILIES = ['device', 'medium'] as const;
export type DeviceFamily = (typeof DEVICE_FAMILIES)[number];

/** 类型: computers, 办公自动化设备, 安全保密产品/技防设备, then the storage media. */
export const DEVICE_KINDS = [
  'desktop',
  'laptop',
  'server',
  'printer',
  'copier',
  'scanner',
  'fax',
  'shredder',
  'multifunction',
  'security_product',
  'other_device',
  'usb',
  'portable_disk',
  'optical',
  'memory_card',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const MEDIUM_KINDS = [
  'usb',
  'portable_disk',
  'optical',
  'memory_card',
] as const satisfies DeviceKind[];
export type MediumKind = (typeof MEDIUM_KINDS)[number];

/**
 * 类别: 涉密 (bears a 密级), 非涉密工作机, 互联网 (上网机). The unit's non-secret and internet computers are
 * registered too, so the 工作机/上网机 split is visible.
 */
export const DEVICE_CLASSES = ['classified', 'office', 'internet'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/** A classified device or medium bears a national level: the highest it processes or holds. */
export type DeviceLevel = NationalLevel;

/**
 * 在库 (held by the 保密办, nobody's charge) · 在用 (领用 by its 责任人) · 借出 · 携带外出 · 维修中 ·
 * 已报废 (out of use, storage still kept) · 已销毁.
 */
export const DEVICE_STATUSES = [
  'in_stock',
  'in_use',
  'on_loan',
  'carried_out',
  'in_repair',
  'retired',
  'destroyed',
] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** 现场维修 (under a named 旁站陪同人) or 送外维修 (storage removed and kept first). */
export const REPAIR_MODES = ['onsite', 'outside'] as const;
export type RepairMode = (typeof REPAIR_MODES)[number];

/** 借用 and 携带外出: open until the item comes back and is checked. */
export const DEVICE_MOVEMENT_KINDS = ['borrow', 'carry_out'] as const satisfies DeviceEventKind[];
export type DeviceMovementKind = (typeof DEVICE_MOVEMENT_KINDS)[number];

/** 定期检查: 保密检查, 病毒查杀, 审计日志查看. */
export const DEVICE_CHECK_KINDS = ['secrecy', 'antivirus', 'audit_log'] as const;
export type DeviceCheckKind = (typeof DEVICE_CHECK_KINDS)[number];

/** Rows of an item's history (kept forever, like a carrier's). */
export const DEVICE_EVENT_KINDS = [
  'register',
  'issue',
  'give_back',
  'borrow',
  'carry_out',
  'return',
  'change',
  'repair',
  'repair_done',
  'retire',
  'destroy',
  'downgrade',
  'check',
  'inventory',
] as const;
export type DeviceEventKind = (typeof DEVICE_EVENT_KINDS)[number];

/**
 * Where a device's storage (硬盘, 固件存储) is: installed, removed and kept by the unit (送外维修), replaced
 * (old disks handed over), or destroyed at an approved place. Only 'replaced' or 'destroyed' let a device be
 * 降密/转为非涉密; a retired device keeps its storage until it is destroyed.
 */
export const STORAGE_STATES = ['installed', 'removed', 'replaced', 'destroyed'] as const;
export type StorageState = (typeof STORAGE_STATES)[number];
