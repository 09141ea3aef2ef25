// 因私出国(境): applications, their two approvals, education, departure with the passport, return.
import { z } from 'zod';
import {
  PASSPORT_KINDS,
  TRAVEL_STATUSES,
  TRAVEL_STEPS,
  type PassportKind,
  type TravelStatus,
} from '../../../db/domain/vocab';
import { PageInput } from './common';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, requiredText } from './common';
import { personId } from './persons';

export const travelId = z.number({ error: '请选择出国(境)申请' }).int().positive();

export const TravelApplyInput = z
  .object({
    personId,
    destination: requiredText('前往国家(地区)', 100),
    purpose: requiredText('事由', 200),
    appliedOn: isoDate('申请日期'),
    plannedDepartOn: isoDate('拟出境日期'),
    plannedReturnOn: isoDate('拟返回日期'),
  })
  .refine((t) => t.plannedReturnOn >= t.plannedDepartOn, {
    message: '返回日期不能早于出境日期',
    path: ['plannedReturnOn'],
  });

/** 部门领导 then 保密委员会; a rejection at either step refuses the trip (and stays on record). */
export const TravelDecideInput = z.object({
  travelId,
  step: z.enum(TRAVEL_STEPS, { error: '请选择审批环节' }),
  approval: ActionApprovalInput,
});

/** 出境前保密教育. */
export const TravelEducateInput = z.object({
  travelId,
  educatedOn: isoDate('教育日期'),
  educatedBy: requiredText('教育人', 40),
});

/** Departure: the unit hands out the passport (if it holds one) for this trip. */
export const TravelDepartInput = z.object({
  travelId,
  departedOn: isoDate('出境日期'),
  passportId: z.number().int().positive().optional(),
});

/** Return: 回国(境)报告 and the passport back into the unit's custody. */
export const TravelReturnInput = z.object({
  travelId,
  returnedOn: isoDate('返回日期'),
  report: requiredText('回国(境)报告', 2000),
  passportReturnedOn: isoDate('证照交回日期').optional(),
});

export const TravelListInput = PageInput.extend({
  personId: personId.optional(),
  status: z.enum(TRAVEL_STATUSES).optional(),
});

export const PassportRegisterInput = z.object({
  personId,
  kind: z.enum(PASSPORT_KINDS, { error: '请选择证照类型' }),
  number: requiredText('证照号码', 30),
  expiresOn: isoDate('有效期至').optional(),
  receivedOn: isoDate('交单位保管日期'),
});

/** Hand a passport back to the unit outside a trip (e.g. taken for renewal). */
export const PassportReturnInput = z.object({
  passportId: z.number().int().positive(),
  returnedOn: isoDate('交回日期'),
});

export const PassportListInput = z.object({
  personId: personId.optional(),
  /** Only those handed out and not back. */
  outOnly: z.boolean().default(false),
});

export interface TravelView {
  id: number;
  personId: number;
  personName: string;
  department: string;
  destination: string;
  purpose: string;
  appliedOn: string;
  plannedDepartOn: string;
  plannedReturnOn: string;
  status: TravelStatus;
  needsApproval: boolean;
  educatedOn: string | null;
  educatedBy: string | null;
  pledgeId: number | null;
  departedOn: string | null;
  returnedOn: string | null;
  returnReport: string | null;
  /** Departed, planned return passed, no return recorded. */
  returnOverdue: boolean;
  steps: StepView[];
}

export interface PassportView {
  id: number;
  personId: number;
  personName: string;
  kind: PassportKind;
  number: string;
  expiresOn: string | null;
  inCustody: boolean;
  receivedOn: string;
  handedOutOn: string | null;
  dueBackOn: string | null;
  overdue: boolean;
}

export const TravelIdInput = z.object({ travelId });
