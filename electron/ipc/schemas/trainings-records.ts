// 年度考核 / 专项考核, 奖惩, 保密协议 and the light 在职人员 list.
import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  APPRAISAL_KINDS,
  APPRAISAL_RESULTS,
  SANCTION_APPROVERS,
  SANCTION_KINDS,
  type AgreementKind,
  type AppraisalKind,
  type AppraisalResult,
  type Clearance,
  type SanctionApprover,
  type SanctionKind,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { personId } from './persons';
import { sessionId, staffId } from './trainings';

const year = z.number({ error: '请填写年度' }).int().min(2000, '年度有误').max(2100, '年度有误');
const departmentId = z.number({ error: '请选择部门' }).int().positive('请选择部门');

const AppraisalFields = z.object({
  kind: z.enum(APPRAISAL_KINDS, { error: '请选择考核类别' }),
  year,
  appraisedOn: isoDate('考核日期'),
  result: z.enum(APPRAISAL_RESULTS, { error: '请选择考核结果' }),
  score: z.number().min(0, '成绩不能为负').max(100, '成绩不超过 100').optional(),
  appraiser: requiredText('考核人', 40),
  remarks: optionalText('备注', 500),
  sessionId: sessionId.optional(),
});

export const AppraiseInput = AppraisalFields.extend({ personId });

/** The 考核 grid of a whole department: the shared fields once, a result (and score) per person. */
export const AppraiseGridInput = AppraisalFields.omit({ result: true, score: true, remarks: true }).extend({
  lines: z
    .array(
      z.object({
        personId,
        result: z.enum(APPRAISAL_RESULTS, { error: '请选择考核结果' }),
        score: z.number().min(0).max(100).optional(),
        remarks: optionalText('备注', 500),
      }),
    )
    .min(1, '请至少考核一人')
    .max(5000),
});

/** The clearance review a 不合格 calls for, recorded (the clearance itself changes only through its chain). */
export const AppraisalReviewInput = z.object({
  appraisalId: z.number().int().positive(),
  reviewedOn: isoDate('复核日期'),
  reviewNote: requiredText('复核意见', 500),
});

export const AppraisalListInput = PageInput.extend({
  year: year.optional(),
  kind: z.enum(APPRAISAL_KINDS).optional(),
  personId: personId.optional(),
  departmentId: departmentId.optional(),
});

export const SanctionInput = z
  .object({
    kind: z.enum(SANCTION_KINDS, { error: '请选择奖励或惩处' }),
    matter: requiredText('事项', 300),
    personId: personId.optional(),
    staffId: staffId.optional(),
    departmentId: departmentId.optional(),
    on: isoDate('时间'),
    category: requiredText('类别', 40),
    basis: requiredText('依据', 300),
    approver: z.enum(SANCTION_APPROVERS, { error: '请选择审批机构' }),
    approvedOn: isoDate('审批日期'),
    documentNo: optionalText('文号', 60),
    sourceRef: z
      .string()
      .regex(/^(incident|finding):\d+$/, '来源应为泄密事件或检查发现的问题')
      .optional(),
  })
  .refine((s) => s.personId || s.staffId || s.departmentId, {
    message: '请选择人员或部门',
    path: ['personId'],
  });

export const SanctionListInput = PageInput.extend({
  year: year.optional(),
  kind: z.enum(SANCTION_KINDS).optional(),
  personId: personId.optional(),
});

export const AgreementInput = z
  .object({
    kind: z.enum(AGREEMENT_KINDS, { error: '请选择协议类别' }),
    personId: personId.optional(),
    staffId: staffId.optional(),
    partner: optionalText('合作方', 100),
    signedOn: isoDate('签订日期'),
    termEndsOn: isoDate('期满日期').optional(),
    nonCompeteFrom: isoDate('竞业限制起始日期').optional(),
    nonCompeteEndsOn: isoDate('竞业限制截止日期').optional(),
    scanAttachmentId: z.number().int().positive().optional(),
    notes: optionalText('备注', 500),
  })
  .refine((a) => (a.kind === 'partner' ? !!a.partner : !!(a.personId || a.staffId)), {
    message: '请选择签订人员（合作方协议请填写合作方）',
    path: ['personId'],
  })
  .refine((a) => a.kind !== 'non_compete' || (!!a.nonCompeteFrom && !!a.nonCompeteEndsOn), {
    message: '竞业限制协议须填写起止日期',
    path: ['nonCompeteEndsOn'],
  });

export const AgreementListInput = PageInput.extend({
  /** One agreement (its print). */
  id: z.number().int().positive().optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  personId: personId.optional(),
});

export const StaffAddInput = z.object({
  name: requiredText('姓名', 40),
  departmentId,
  post: optionalText('岗位', 60),
  joinedOn: isoDate('入职日期').optional(),
});

export const StaffListInput = PageInput.extend({
  departmentId: departmentId.optional(),
  q: z.string().trim().max(50).optional(),
});

export interface AppraisalView {
  id: number;
  personId: number;
  name: string;
  department: string;
  clearance: Clearance | null;
  kind: AppraisalKind;
  year: number;
  appraisedOn: string;
  result: AppraisalResult;
  score: number | null;
  appraiser: string;
  remarks: string | null;
  sessionId: number | null;
  reviewedOn: string | null;
  reviewNote: string | null;
}

export interface SanctionView {
  id: number;
  kind: SanctionKind;
  matter: string;
  subject: string;
  personId: number | null;
  staffId: number | null;
  departmentId: number | null;
  on: string;
  category: string;
  basis: string;
  approver: SanctionApprover;
  approvedOn: string;
  documentNo: string | null;
  sourceRef: string | null;
  /** What it arose from, as words (泄密事件：title, 检查发现问题：what); null when not linked. */
  source: string | null;
}

export interface AgreementView {
  id: number;
  kind: AgreementKind;
  subject: string;
  /** The signer's department (涉密人员 or 在职人员); null for a partner. */
  department: string | null;
  /** A 在职人员's post (a 涉密人员's posts are in their file). */
  post: string | null;
  personId: number | null;
  staffId: number | null;
  partner: string | null;
  signedOn: string;
  termEndsOn: string | null;
  nonCompeteFrom: string | null;
  nonCompeteEndsOn: string | null;
  scanAttachmentId: number | null;
  notes: string | null;
}

export interface StaffView {
  id: number;
  name: string;
  departmentId: number;
  department: string;
  post: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  personId: number | null;
}

export const TrainingFiguresInput = z.object({ year });

/** A year's training and appraisal figures (the 年度报备 print, the exchange's annual profile): counts only. */
export interface TrainingFigures {
  trainingSessionsInYear: number;
  trainingAttendancesInYear: number;
  peopleInPostForTraining: number;
  peopleUnderTrainingFloor: number;
  appraisalsInYearByResult: Partial<Record<AppraisalResult, number>>;
  sanctionsInYearByKind: Partial<Record<SanctionKind, number>>;
}
