// 涉密人员: the register, a person's posts and status, settings, and what the renderer gets back.
import { z } from 'zod';
import {
  CLEARANCES,
  DEPARTURE_KINDS,
  GENDERS,
  NATIONAL_LEVELS,
  PERSON_DUE_FILTERS,
  PERSON_SORT_FIELDS,
  PERSON_STATUSES,
  type Clearance,
  type DepartureKind,
  type Gender,
  type LeavingKind,
  type NationalLevel,
  type PersonEventKind,
  type PersonStatus,
} from '../../../db/domain/vocab';
import { PageInput } from './common';
import { ActionApprovalInput } from './approvals';
import { isoDate, optionalText, requiredText } from './common';
import { departmentId } from './departments';
import { genderOfId, idNumberProblem } from './persons-id-number';

export const personId = z.number({ error: '请选择人员' }).int().positive('请选择人员');
export const clearance = z.enum(CLEARANCES, { error: '请选择涉密等级' });
export const postLevel = z.enum(NATIONAL_LEVELS, { error: '请选择岗位密级' });

/** 18-digit 居民身份证号 with its check character verified; stored upper-case. */
export const IdNumber = z
  .string({ error: '请填写证件号' })
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    const problem = idNumberProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const PostInput = z.object({
  post: requiredText('岗位名称', 60),
  level: postLevel,
  startedOn: isoDate('任职日期'),
});

const personFields = {
  name: requiredText('姓名', 40),
  gender: z.enum(GENDERS, { error: '请选择性别' }),
  idNumber: IdNumber,
  departmentId,
  politicalStatus: optionalText('政治面貌', 20),
  phone: optionalText('联系方式', 40),
  highestLevel: postLevel.optional(),
  isClassifier: z.boolean().default(false),
  isKeyDeptStaff: z.boolean().default(false),
  notes: optionalText('备注', 500),
};

/** The 17th digit of the ID number gives the sex; a mismatch is almost always a typing error. */
function genderMatches(v: { gender?: Gender | undefined; idNumber?: string | undefined }): boolean {
  return (
    !v.gender || !v.idNumber || idNumberProblem(v.idNumber) !== null || genderOfId(v.idNumber) === v.gender
  );
}
const genderMessage = { message: '证件号第 17 位表示的性别与所填性别不符，请核对', path: ['gender'] };

/** A new person, 拟任 (proposed) until vetted, trained, pledged and posted. */
export const PersonCreateInput = z
  .object({
    ...personFields,
    proposedOn: isoDate('拟任日期'),
    posts: z.array(PostInput).max(10, '岗位过多').default([]),
  })
  .refine(genderMatches, genderMessage);

export const PersonUpdateInput = z
  .object({
    id: personId,
    name: personFields.name.optional(),
    gender: personFields.gender.optional(),
    idNumber: IdNumber.optional(),
    departmentId: departmentId.optional(),
    politicalStatus: personFields.politicalStatus,
    phone: personFields.phone,
    highestLevel: postLevel.optional(),
    isClassifier: z.boolean().optional(),
    isKeyDeptStaff: z.boolean().optional(),
    postCertNo: optionalText('上岗证号', 40),
    postCertOn: isoDate('上岗证取得日期').optional(),
    notes: personFields.notes,
  })
  .refine(genderMatches, genderMessage);

export const PersonIdInput = z.object({ id: personId });

export const PersonListInput = PageInput.extend({
  /** 姓名 (any part; two characters work) or 证件号 (its beginning). */
  search: optionalText('查询', 60),
  filters: z
    .object({
      departmentId: departmentId.optional(),
      status: z.enum(PERSON_STATUSES).optional(),
      clearance: clearance.optional(),
      due: z.enum(PERSON_DUE_FILTERS).optional(),
    })
    .default({}),
  sort: z
    .object({
      field: z.enum(PERSON_SORT_FIELDS).default('name'),
      order: z.enum(['asc', 'desc']).default('asc'),
    })
    .default({ field: 'name', order: 'asc' }),
});
export type PersonListInput = z.output<typeof PersonListInput>;

export const PostAddInput = PostInput.extend({ personId });
export const PostEndInput = z.object({
  personId,
  postId: z.number().int().positive(),
  endedOn: isoDate('离开岗位日期'),
});

/** 上岗: the person starts in post (先培训后上岗 is checked). */
export const PersonPostInput = z.object({
  personId,
  postedOn: isoDate('上岗日期'),
  postCertNo: optionalText('上岗证号', 40),
  postCertOn: isoDate('上岗证取得日期').optional(),
});

export const LinkAccountInput = z.object({ personId, accountId: z.number().int().positive().nullable() });

/**
 * 调离 / 离职 / 退休 from the unit after the leaving procedure. Inside the separation period a transfer or
 * resignation needs the leader's recorded exception.
 */
export const DepartInput = z.object({
  personId,
  kind: z.enum(DEPARTURE_KINDS, { error: '请选择去向类型' }),
  departedOn: isoDate('离开单位日期'),
  destination: optionalText('去向', 100),
  exception: ActionApprovalInput.optional(),
});

export const ExtendSeparationInput = z.object({
  personId,
  extraMonths: z.number().int('延长月数应为整数').min(1, '至少延长 1 个月').max(120, '延长过长'),
  reason: requiredText('延长理由', 200),
  approval: ActionApprovalInput,
});

const byClearance = (label: string, max: number) =>
  z.object({
    core: z.number().min(0, `${label}不能为负`).max(max),
    important: z.number().min(0, `${label}不能为负`).max(max),
    general: z.number().min(0, `${label}不能为负`).max(max),
  });

/** Whole months, at least one: 0 would make every 复审 due the day it is recorded. */
const monthsByClearance = (label: string, max: number) => {
  const months = z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整月数`)
    .min(1, `${label}至少 1 个月`)
    .max(max, `${label}过长`);
  return z.object({ core: months, important: months, general: months });
};

/** Any number here: whole years within the bounds, in order, is the core's rule (separation_years_*). */
const years = z.number({ error: '请填写脱密期年数' });

export const PersonnelSettingsInput = z
  .object({
    /** 脱密期 in whole years by clearance (published ranges differ: unit setting within them). */
    separationYears: z.object({ core: years, important: years, general: years }).optional(),
    /** 复审 interval in months by clearance. */
    revettingMonths: monthsByClearance('复审间隔', 120).optional(),
    /** 保密津贴 in 元/月 by clearance. */
    allowanceRates: byClearance('津贴标准', 100_000).optional(),
    warningDays: z.number().int().min(1).max(365).optional(),
    /** Days after the planned return a passport is due back. */
    passportGraceDays: z.number().int().min(0).max(60).optional(),
  })
  .strict();

export interface ByClearance<T> {
  core: T;
  important: T;
  general: T;
}

export interface PersonnelSettings {
  separationYears: ByClearance<number>;
  revettingMonths: ByClearance<number>;
  allowanceRates: ByClearance<number>;
  warningDays: number;
  passportGraceDays: number;
}

export interface PostView {
  id: number;
  post: string;
  level: NationalLevel;
  startedOn: string;
  endedOn: string | null;
}

export interface PersonRow {
  id: number;
  name: string;
  gender: Gender;
  idNumber: string;
  departmentId: number;
  department: string;
  clearance: Clearance | null;
  clearedOn: string | null;
  highestLevel: NationalLevel | null;
  isClassifier: boolean;
  isKeyDeptStaff: boolean;
  postCertNo: string | null;
  /** As of today: `separation` turns into `released` (脱密期满) on its end date. */
  status: PersonStatus;
  /** True while a separation period runs, whatever the status (a retiree is managed as in post). */
  inSeparation: boolean;
  separationEndsOn: string | null;
  nextVettingOn: string | null;
  vettingDue: boolean;
  accountId: number | null;
  /** The key under which the carrier register knows this person. */
  holderKey: string;
}

/** What still stands between a 拟任 person and 在岗 (先培训后上岗). */
export interface Readiness {
  vetted: boolean;
  trained: boolean;
  /** The 岗前培训考核 passed (任用前培训并考核合格后方可任职). */
  appraised: boolean;
  pledged: boolean;
  /** 审查 / 岗前培训 / 考核 / 上岗承诺书, named for the clerk. */
  missing: string[];
}

export interface PersonDetail extends PersonRow {
  politicalStatus: string | null;
  phone: string | null;
  postCertOn: string | null;
  proposedOn: string;
  postedOn: string | null;
  leftOn: string | null;
  leavingKind: LeavingKind | null;
  separationYears: number | null;
  separationExtraMonths: number;
  departedOn: string | null;
  departureKind: DepartureKind | null;
  notes: string | null;
  posts: PostView[];
  /** The clearance the current posts call for (highest post level); null without posts. */
  clearanceByPosts: Clearance | null;
  readiness: Readiness;
  accountUsername: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonEventView {
  id: number;
  kind: PersonEventKind;
  on: string;
  at: string;
  summary: string;
  detail: unknown;
  approvalId: number | null;
  actor: string | null;
}

export interface PersonCounts {
  persons: number;
  inPost: number;
  inSeparation: number;
  byClearance: ByClearance<number>;
  privateTravel: number;
  allowanceStatements: number;
}
