// 清点 of the devices or the media: start (everything, a department, a 责任人), tick each item 在位/缺失/不符,
// close with a report, resolve what stays open. The same steps as the carriers' 清点.
import { z } from 'zod';
import {
  DEVICE_FAMILIES,
  INVENTORY_RESULTS,
  INVENTORY_SCOPES,
  type DeviceFamily,
  type DeviceKind,
  type DeviceStatus,
  type InventoryResult,
  type InventoryScope,
  type InventoryStatus,
  type NationalLevel,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';

const inventoryId = z.number({ error: '请选择清点' }).int().positive('请选择清点');

export const DeviceInventoryStartInput = z
  .object({
    family: z.enum(DEVICE_FAMILIES),
    scope: z.enum(INVENTORY_SCOPES, { error: '请选择清点范围' }),
    departmentId: z.number().int().positive().optional(),
    custodianId: z.number().int().positive().optional(),
    startedOn: isoDate('清点日期'),
    note: optionalText('备注', 500),
  })
  .refine((i) => i.scope !== 'department' || !!i.departmentId, {
    message: '请选择部门',
    path: ['departmentId'],
  })
  .refine((i) => i.scope !== 'custodian' || !!i.custodianId, {
    message: '请选择责任人',
    path: ['custodianId'],
  });

export const DeviceInventoryListInput = PageInput.extend({ family: z.enum(DEVICE_FAMILIES) });

export const DeviceInventoryGetInput = PageInput.extend({
  id: inventoryId,
  result: z.enum(INVENTORY_RESULTS).optional(),
});

export const DeviceInventoryCheckInput = z.object({
  inventoryId,
  lines: z
    .array(
      z.object({
        lineId: z.number().int().positive(),
        result: z.enum(['present', 'missing', 'discrepant'], { error: '请选择清点结果' }),
        note: optionalText('说明', 200),
      }),
    )
    .min(1, '请至少勾选一项')
    .max(5000),
});

export const DeviceInventoryCloseInput = z.object({
  inventoryId,
  closedOn: isoDate('结束日期'),
  /** Lines nobody ticked become 缺失 instead of blocking the close. */
  markUncheckedMissing: z.boolean().default(false),
  note: optionalText('清点报告说明', 1000),
});

export const DeviceInventoryResolveInput = z.object({
  lineId: z.number().int().positive(),
  resolvedOn: isoDate('处理日期'),
  resolution: requiredText('处理情况', 500),
});

export const DeviceDiscrepancyListInput = PageInput.extend({ family: z.enum(DEVICE_FAMILIES).optional() });

export interface DeviceInventoryReport {
  total: number;
  present: number;
  missing: number;
  discrepant: number;
  /** Missing or discrepant lines not yet resolved. */
  open: number;
}

export interface DeviceInventoryView {
  id: number;
  family: DeviceFamily;
  scope: InventoryScope;
  scopeLabel: string;
  startedOn: string;
  closedOn: string | null;
  status: InventoryStatus;
  note: string | null;
  report: DeviceInventoryReport;
}

export interface DeviceInventoryLineView {
  id: number;
  inventoryId: number;
  deviceId: number;
  deviceNo: string;
  kind: DeviceKind;
  level: NationalLevel | null;
  brandModel: string | null;
  expectedHolder: string | null;
  expectedLocation: string | null;
  expectedStatus: DeviceStatus;
  result: InventoryResult;
  note: string | null;
  checkedAt: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface DeviceInventoryDetail extends DeviceInventoryView {
  lines: { total: number; rows: DeviceInventoryLineView[] };
}
