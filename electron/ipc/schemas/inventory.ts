// 清点 (inventory): start, tick, close with a report, resolve discrepancies.
import { z } from 'zod';
import {
  INVENTORY_RESULTS,
  INVENTORY_SCOPES,
  type CarrierLevel,
  type CopyStatus,
  type InventoryResult,
  type InventoryScope,
  type InventoryStatus,
} from '../../../db/domain/vocab';
import { PageInput } from './common';
import { isoDate, optionalText, requiredText } from './common';

const inventoryId = z.number({ error: '请选择清点' }).int().positive('请选择清点');

export const InventoryStartInput = z
  .object({
    scope: z.enum(INVENTORY_SCOPES, { error: '请选择清点范围' }),
    department: optionalText('部门', 60),
    custodianKey: optionalText('保管人', 100),
    startedOn: isoDate('清点日期'),
    note: optionalText('备注', 500),
  })
  .refine((i) => i.scope !== 'department' || !!i.department, { message: '请选择部门', path: ['department'] })
  .refine((i) => i.scope !== 'custodian' || !!i.custodianKey, {
    message: '请选择保管人',
    path: ['custodianKey'],
  });

export const InventoryGetInput = PageInput.extend({
  id: inventoryId,
  result: z.enum(INVENTORY_RESULTS).optional(),
  /** 编号 (from its start), 名称 or 应在 (anywhere), or a 份号. */
  q: optionalText('搜索', 100),
});

/** What a scanner or the keyboard gives: 编号 and 份号 (收2026-00012 0015, 收2026-00012/15, 收2026-00012 第15份). */
export const InventoryScanInput = z.object({
  inventoryId,
  code: requiredText('编号和份号', 120),
});

/** 未清点的全部记为在位: `expected` is the count the button showed, so it marks exactly what it said. */
export const InventoryCheckRestInput = z.object({
  inventoryId,
  expected: z.number().int().min(1, '没有未清点的份'),
});

export const InventoryCheckInput = z.object({
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

export const InventoryCloseInput = z.object({
  inventoryId,
  closedOn: isoDate('结束日期'),
  /** Lines nobody ticked become 缺失 instead of blocking the close. */
  markUncheckedMissing: z.boolean().default(false),
  note: optionalText('清点报告说明', 1000),
});

export const InventoryResolveInput = z.object({
  lineId: z.number().int().positive(),
  resolvedOn: isoDate('处理日期'),
  resolution: requiredText('处理情况', 500),
});

export const InventoryListInput = PageInput;

export interface InventoryReport {
  total: number;
  present: number;
  missing: number;
  discrepant: number;
  /** Missing or discrepant lines not yet resolved. */
  open: number;
}

export interface InventoryView {
  id: number;
  scope: InventoryScope;
  scopeLabel: string;
  startedOn: string;
  closedOn: string | null;
  status: InventoryStatus;
  note: string | null;
  report: InventoryReport;
}

export interface InventoryLineView {
  id: number;
  inventoryId: number;
  carrierId: number;
  carrierNo: string;
  name: string;
  level: CarrierLevel;
  copyNo: number;
  /** The 份号 as printed ("0015"). */
  copyText: string;
  expectedHolder: string;
  expectedStatus: CopyStatus;
  result: InventoryResult;
  note: string | null;
  checkedAt: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface InventoryScanResult {
  line: InventoryLineView;
  /** The copy had been counted before (在位 or 不符): nothing changed. */
  already: boolean;
  inventory: InventoryView;
}

export interface InventoryDetail extends InventoryView {
  lines: { rows: InventoryLineView[]; total: number };
}
