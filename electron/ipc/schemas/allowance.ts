// 保密津贴: a statement per month and department, with changes and deductions, printable.
import { z } from 'zod';
import type { AllowanceStatus, AppraisalResult, Clearance } from '../../../db/domain/vocab';
import { PageInput } from './common';
import { optionalText, requiredText } from './common';
import { departmentId } from './departments';
import { personId } from './persons';

export const period = z
  .string({ error: '请填写发放月份' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '发放月份格式应为 YYYY-MM');

export const AllowanceCreateInput = z.object({
  period,
  /** One department, or the whole unit when absent. */
  departmentId: departmentId.optional(),
  deductions: z
    .array(
      z.object({
        personId,
        /** 元, up to two decimals. */
        amount: z.number().min(0.01, '扣发金额至少 0.01 元').max(100_000),
        reason: requiredText('扣发原因', 200),
      }),
    )
    .max(1000)
    .default([]),
  /** A final statement can no longer be regenerated. */
  final: z.boolean().default(false),
  notes: optionalText('备注', 200),
});

export const AllowanceGetInput = z.object({ id: z.number().int().positive() });
export const AllowanceListInput = PageInput.extend({ period: period.optional() });

export interface AllowanceSegment {
  from: string;
  to: string;
  clearance: Clearance;
  days: number;
  /** 分. */
  amount: number;
}

export interface AllowanceLineView {
  personId: number;
  name: string;
  department: string;
  clearance: Clearance;
  segments: AllowanceSegment[];
  /** 应发 / 扣发 / 实发, in 分. */
  due: number;
  deducted: number;
  paid: number;
  changeNote: string | null;
  deductionReason: string | null;
  /** The latest 年度考核 up to the statement's year, shown beside the amount (any 扣发 is decided by hand). */
  appraisal: { year: number; result: AppraisalResult } | null;
}

export interface AllowanceStatementView {
  id: number;
  period: string;
  departmentId: number | null;
  department: string | null;
  status: AllowanceStatus;
  /** 元/月 used. */
  rates: Record<Clearance, number>;
  totalDue: number;
  totalDeducted: number;
  totalPaid: number;
  createdAt: string;
  lines: AllowanceLineView[];
}

/**
 * A statement as the register lists it: its totals and how many people it pays, without the lines (a big unit's
 * month holds thousands; the print asks allowance:get for them).
 */
export type AllowanceStatementRow = Omit<AllowanceStatementView, 'lines'> & { people: number };
