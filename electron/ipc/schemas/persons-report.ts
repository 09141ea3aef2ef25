// 年度报备: the yearly personnel report the unit files with the 保密行政管理部门.
import { z } from 'zod';
import type { Clearance, LeavingKind } from '../../../db/domain/vocab';
import type { ByClearance } from './persons';

export const AnnualReportInput = z.object({
  year: z.number({ message: '请填写年度' }).int('年度应为整数').min(2000, '年度过早').max(2100, '年度过晚'),
});

export interface AnnualReportPerson {
  personId: number;
  name: string;
  department: string;
  clearance: Clearance | null;
  on: string;
}

export interface AnnualReportLeaver extends AnnualReportPerson {
  kind: LeavingKind;
  separationEndsOn: string | null;
}

export interface AnnualReport {
  year: number;
  /** 12月31日: every "at year end" count is taken on this day. */
  asOf: string;
  /** 在岗涉密人员 at year end; the clearance is the current one (a change after year end is not undone). */
  inPost: number;
  byClearance: ByClearance<number>;
  byDepartment: {
    departmentId: number;
    department: string;
    total: number;
    byClearance: ByClearance<number>;
  }[];
  /** 上岗 in the year. */
  joiners: AnnualReportPerson[];
  /** 离岗 approved in the year. */
  leavers: AnnualReportLeaver[];
  /** In the 脱密期 on 12月31日. */
  inSeparation: AnnualReportLeaver[];
  /** 因私出国(境) applied for in the year, by where each application stands now. */
  travel: { applied: number; approved: number; refused: number; returned: number };
}
