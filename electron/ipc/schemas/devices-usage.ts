// 使用登记簿 and 定期检查: list inputs and views.
import { z } from 'zod';
import {
  DEVICE_FAMILIES,
  DEVICE_MOVEMENT_KINDS,
  type DeviceCheckKind,
  type DeviceKind,
  type DeviceMovementKind,
  type NationalLevel,
  type RepairMode,
} from '../../../db/domain/vocab';
import type { PrintLineInput } from './devices-actions';
import { isoDate, PageInput } from './common';

export const DeviceUsageListInput = PageInput.extend({
  deviceId: z.number().int().positive().optional(),
  from: isoDate('起始日期').optional(),
  to: isoDate('截止日期').optional(),
});
export type DeviceUsageListInput = z.output<typeof DeviceUsageListInput>;

export interface DeviceUsageView {
  id: number;
  deviceId: number;
  deviceNo: string;
  userName: string;
  startedAt: string;
  endedAt: string | null;
  purpose: string;
  maxLevel: NationalLevel | null;
  prints: number;
  burns: number;
  imports: number;
  exports: number;
  printLines: z.output<typeof PrintLineInput>[];
}

export interface DeviceCheckView {
  id: number;
  kind: DeviceCheckKind;
  checkedOn: string;
  checkerName: string;
  result: string;
  findings: string | null;
}

/** 维修登记: every repair, open ones first filterable, newest first. */
export const DeviceRepairListInput = PageInput.extend({
  open: z.boolean().optional(),
});
export type DeviceRepairListInput = z.output<typeof DeviceRepairListInput>;

export interface DeviceRepairRow {
  id: number;
  deviceId: number;
  deviceNo: string;
  mode: RepairMode;
  fault: string;
  vendor: string | null;
  escortName: string | null;
  storageRemoved: boolean;
  storageKeptBy: string | null;
  startedOn: string;
  returnedOn: string | null;
  result: string | null;
}

/** 定期检查: each classified device in use or in store with its last check of each kind and when the next is due. */
export const DeviceCheckScheduleInput = PageInput.extend({
  overdueOnly: z.boolean().optional(),
  departmentId: z.number().int().positive().optional(),
});
export type DeviceCheckScheduleInput = z.output<typeof DeviceCheckScheduleInput>;

export interface DeviceCheckDue {
  kind: DeviceCheckKind;
  lastOn: string | null;
  dueOn: string;
  overdue: boolean;
}

export interface DeviceCheckScheduleRow {
  deviceId: number;
  deviceNo: string;
  kind: string;
  level: NationalLevel | null;
  custodianName: string | null;
  department: string | null;
  location: string | null;
  checks: DeviceCheckDue[];
}

/** 借用登记表 (部门存储介质借用登记表, §2.4): every 借用 or 携带外出 of one family, newest first. */
export const DeviceMovementListInput = PageInput.extend({
  family: z.enum(DEVICE_FAMILIES).optional(),
  kind: z.enum(DEVICE_MOVEMENT_KINDS).optional(),
  open: z.boolean().optional(),
});
export type DeviceMovementListInput = z.output<typeof DeviceMovementListInput>;

export interface DeviceMovementRow {
  id: number;
  kind: DeviceMovementKind;
  deviceId: number;
  deviceNo: string;
  deviceKind: DeviceKind;
  level: NationalLevel | null;
  personName: string;
  reason: string | null;
  connectDeviceNo: string | null;
  connectLevel: NationalLevel | null;
  contentLevel: NationalLevel | null;
  destination: string | null;
  startedOn: string;
  dueOn: string;
  returnedOn: string | null;
  checkerName: string | null;
  checkResult: string | null;
}
