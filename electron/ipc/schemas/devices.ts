// The device and media register's inputs (zod, Chinese messages) and the views the renderer reads.
import { z } from 'zod';
import {
  DEVICE_CLASSES,
  DEVICE_FAMILIES,
  DEVICE_KINDS,
  DEVICE_STATUSES,
  NATIONAL_LEVELS,
  type DeviceClass,
  type DeviceEventKind,
  type DeviceFamily,
  type DeviceKind,
  type DeviceMovementKind,
  type DeviceStatus,
  type NationalLevel,
  type RepairMode,
  type StorageState,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';

const level = z.enum(NATIONAL_LEVELS, { error: '请选择密级' });
const personId = (label: string) =>
  z
    .number({ error: `请选择${label}` })
    .int()
    .positive();

/** 登记/配发: a device (§2.4 fields) or a unit-issued medium. */
export const DeviceRegisterInput = z.object({
  family: z.enum(DEVICE_FAMILIES, { error: '请选择登记设备还是存储介质' }),
  deviceNo: requiredText('保密编号', 40),
  assetNo: optionalText('资产编号', 40),
  kind: z.enum(DEVICE_KINDS, { error: '请选择类型' }),
  class: z.enum(DEVICE_CLASSES, { error: '请选择涉密、非涉密或互联网' }),
  level: level.optional(),
  brandModel: optionalText('品牌型号', 80),
  serialNo: optionalText('序列号', 80),
  diskSerials: z.array(requiredText('硬盘序列号', 80)).max(16, '硬盘序列号最多 16 个').default([]),
  mac: optionalText('MAC地址', 60),
  capacity: optionalText('容量', 40),
  /** A medium's volume identifier (the drive's serial or UUID), so a plugged-in drive is known as this medium. */
  volumeId: optionalText('卷标识', 80),
  custodianId: personId('责任人').optional(),
  departmentId: personId('使用部门').optional(),
  location: optionalText('位置/房间', 80),
  purpose: optionalText('用途', 200),
  os: optionalText('操作系统', 80),
  osInstalledOn: isoDate('操作系统安装日期').optional(),
  enabledOn: isoDate('启用日期').optional(),
  registeredOn: isoDate('登记日期'),
  secretNetwork: z.boolean().default(false),
  onInternet: z.boolean().default(false),
  monitorInstalled: z.boolean().default(false),
  /** 统一配发: media are issued by the unit only, never brought in. */
  issuedByUnit: z.boolean().default(true),
  isHost: z.boolean().default(false),
  notes: optionalText('备注', 500),
});
export type DeviceRegisterInput = z.output<typeof DeviceRegisterInput>;

export const DEVICE_SORT_FIELDS = ['registeredOn', 'deviceNo', 'levelRank'] as const;

export const DeviceListInput = PageInput.extend({
  family: z.enum(DEVICE_FAMILIES),
  sort: z
    .object({
      field: z.enum(DEVICE_SORT_FIELDS, { error: '无法按此列排序' }),
      order: z.enum(['asc', 'desc']).default('desc'),
    })
    .default({ field: 'registeredOn', order: 'desc' }),
  filters: z
    .object({
      kind: z.enum(DEVICE_KINDS).optional(),
      class: z.enum(DEVICE_CLASSES).optional(),
      level: level.optional(),
      status: z.enum(DEVICE_STATUSES).optional(),
      departmentId: z.number().int().positive().optional(),
      custodianId: z.number().int().positive().optional(),
      overdue: z.boolean().optional(),
    })
    .default({}),
  search: z.string().trim().max(100, '搜索词不能超过 100 个字').optional(),
});
export type DeviceListInput = z.output<typeof DeviceListInput>;

export const DeviceIdInput = z.object({ id: z.number().int().positive() });

/** 首次识别: bind the volume identifier of a drive plugged in now to a registered medium. */
export const DeviceBindVolumeInput = z.object({
  id: z.number().int().positive(),
  volumeId: requiredText('卷标识', 80),
});
export const HeldByPersonInput = z.object({ personId: personId('人员') });

export interface DeviceRow {
  id: number;
  family: DeviceFamily;
  deviceNo: string;
  assetNo: string | null;
  kind: DeviceKind;
  class: DeviceClass;
  level: NationalLevel | null;
  brandModel: string | null;
  serialNo: string | null;
  diskSerials: string[];
  mac: string | null;
  capacity: string | null;
  volumeId: string | null;
  custodianId: number | null;
  custodianName: string | null;
  departmentId: number | null;
  department: string | null;
  location: string | null;
  purpose: string | null;
  os: string | null;
  registeredOn: string;
  enabledOn: string | null;
  status: DeviceStatus;
  storageState: StorageState;
  holderName: string | null;
  dueOn: string | null;
  overdue: boolean;
  secretNetwork: boolean;
  onInternet: boolean;
  monitorInstalled: boolean;
  isHost: boolean;
}

export interface DeviceEventView {
  id: number;
  kind: DeviceEventKind;
  on: string;
  at: string;
  counterpart: string | null;
  approvalId: number | null;
  /** The approval the act rests on, as the 审批表 prints it. */
  approval: {
    approverName: string;
    approverTitle: string | null;
    decidedAt: string;
    documentNo: string | null;
  } | null;
  detail: Record<string, unknown>;
}

export interface DeviceMovementView {
  id: number;
  kind: DeviceMovementKind;
  personName: string;
  reason: string | null;
  connectDeviceNo: string | null;
  contentLevel: NationalLevel | null;
  destination: string | null;
  startedOn: string;
  dueOn: string;
  returnedOn: string | null;
  checkerName: string | null;
  checkResult: string | null;
}

export interface DeviceRepairView {
  id: number;
  mode: RepairMode;
  fault: string;
  vendor: string | null;
  vendorQualified: boolean;
  agreementSigned: boolean;
  escortName: string | null;
  storageRemoved: boolean;
  storageKeptBy: string | null;
  startedOn: string;
  returnedOn: string | null;
  result: string | null;
  oldDiskSerials: string[];
  newDiskSerials: string[];
  handedOverBy: string | null;
  receivedBy: string | null;
}

export interface DeviceDetail extends DeviceRow {
  os: string | null;
  osInstalledOn: string | null;
  notes: string | null;
  maxWrittenLevel: NationalLevel | null;
  events: DeviceEventView[];
  movements: DeviceMovementView[];
  repairs: DeviceRepairView[];
}

/** What the register shows in a person's charge or hands (the leaving check names these). */
export interface HeldDeviceView {
  id: number;
  family: DeviceFamily;
  deviceNo: string;
  kind: DeviceKind;
  level: NationalLevel | null;
  status: DeviceStatus;
  /** 责任人 (in their charge) or 借用/携带外出 (in their hands). */
  how: 'custodian' | 'holder';
}

/** This PC as the core reads it, and its entry in the register once registered (本机). */
export interface HostFacts {
  registeredId: number | null;
  registeredNo: string | null;
  hostName: string;
  os: string;
  macs: string[];
}
