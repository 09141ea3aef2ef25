// A person's clearance chain, vetting (资格审查表), training and pledges, and the dossier that gathers all.
import type { HeldDeviceView } from './devices';
import type { AgreementView, AppraisalView, SanctionView } from './trainings-records';
import { z } from 'zod';
import {
  CLEARANCE_STEPS,
  PLEDGE_KINDS,
  TRAINING_KINDS,
  VETTING_KINDS,
  VETTING_RESULTS,
  type Clearance,
  type ClearanceDecisionStatus,
  type ClearanceStep,
  type PledgeKind,
  type TrainingKind,
  type VettingKind,
  type VettingResult,
} from '../../../db/domain/vocab';
import { type HeldCopyView } from './carriers';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, optionalText, requiredText } from './common';
import { clearance, personId, type PersonDetail, type PersonEventView } from './persons';
import type { LeavingView } from './leaving';
import type { PassportView, TravelView } from './travel';

const attachmentId = z.number().int().positive().optional();

/** 部门提名: opens a decision to set or change the clearance; the first step is recorded with it. */
export const ClearanceNominateInput = z.object({
  personId,
  /** Defaults to what the person's posts call for; anything else is refused (the rule). */
  clearance: clearance.optional(),
  reason: requiredText('提名理由', 500),
  nomination: ActionApprovalInput,
});

/** The next step of an open decision: 部门负责人审核, 单位领导审批, 备案 — in that order only. */
export const ClearanceStepInput = z.object({
  decisionId: z.number().int().positive(),
  step: z.enum(CLEARANCE_STEPS, { error: '请选择审批环节' }),
  approval: ActionApprovalInput,
});

/** 资格审查表 (涉密岗位聘用人员保密资格审查表), REFERENCE.md §2.2. Every part optional but the conclusion. */
export const VettingForm = z
  .object({
    formerNames: optionalText('曾用名', 60),
    ethnicity: optionalText('民族', 20),
    nativePlace: optionalText('籍贯', 60),
    education: optionalText('文化程度', 40),
    professionalTitle: optionalText('技术专业/职称', 60),
    languages: optionalText('掌握语言', 100),
    studyAbroad: optionalText('留学国家、时间、方式', 200),
    householdPolice: optionalText('户籍派出所', 100),
    passportNo: optionalText('因私护照号/通行证号', 60),
    address: optionalText('家庭住址', 200),
    previousEmployer: optionalText('原单位', 100),
    previousPost: optionalText('原岗位', 60),
    previousPostLevel: optionalText('原岗位密级', 10),
    /** 原单位脱密期起止. */
    previousSeparationFrom: isoDate('原单位脱密期起').optional(),
    previousSeparationTo: isoDate('原单位脱密期止').optional(),
    history: z
      .array(
        z.object({
          from: optionalText('起', 10),
          to: optionalText('止', 10),
          employer: optionalText('单位', 100),
          post: optionalText('岗位/职务', 60),
          witness: optionalText('证明人', 40),
        }),
      )
      .max(30)
      .default([]),
    family: z
      .array(
        z.object({
          relation: requiredText('关系', 20),
          name: requiredText('姓名', 40),
          gender: optionalText('性别', 4),
          age: z.number().int().min(0).max(130).optional(),
          nationality: optionalText('国籍/籍贯', 60),
        }),
      )
      .max(30)
      .default([]),
    politicalConduct: optionalText('政治表现', 500),
    parties: optionalText('党派团体', 200),
    sanctions: optionalText('处分', 200),
    /** 与境外组织、人员的联系 (DOMAIN.md: contacts with foreign organisations or persons). */
    foreignContacts: optionalText('与境外组织、人员联系情况', 500),
    conduct: optionalText('现实表现', 500),
    other: optionalText('其他', 500),
    hrOpinion: optionalText('人力资源部意见', 200),
    secrecyOfficeOpinion: optionalText('保密办意见', 200),
    committeeOpinion: optionalText('保密委员会审批意见', 200),
  })
  .strict();

export const VettingInput = z.object({
  personId,
  kind: z.enum(VETTING_KINDS, { error: '请选择审查类型' }).default('initial'),
  vettedOn: isoDate('审查日期'),
  result: z.enum(VETTING_RESULTS, { error: '请选择审查结论' }),
  form: VettingForm.default({ history: [], family: [] }),
  approval: ActionApprovalInput.optional(),
  scanAttachmentId: attachmentId,
});

export const TrainingInput = z.object({
  personId,
  kind: z.enum(TRAINING_KINDS, { error: '请选择培训类型' }),
  trainedOn: isoDate('培训日期'),
  hours: z.number().min(0.5, '学时至少 0.5').max(200, '学时过多'),
  content: requiredText('培训内容', 500),
  recorder: optionalText('记录人', 40),
  scanAttachmentId: attachmentId,
});

export const PledgeInput = z
  .object({
    personId,
    kind: z.enum(PLEDGE_KINDS, { error: '请选择承诺书类型' }),
    signedOn: isoDate('签订日期'),
    /** 保密责任书: the year it covers (defaults to the year signed). */
    year: z.number().int().min(2000).max(2100).optional(),
    travelId: z.number().int().positive().optional(),
    scanAttachmentId: attachmentId,
    notes: optionalText('备注', 200),
  })
  .refine((p) => p.kind !== 'travel' || p.travelId !== undefined, {
    message: '出国(境)承诺书须对应一次出国(境)申请',
    path: ['travelId'],
  });

export interface ClearanceDecisionView {
  id: number;
  personId: number;
  fromClearance: Clearance | null;
  toClearance: Clearance;
  reason: string;
  status: ClearanceDecisionStatus;
  lastStep: ClearanceStep;
  /** The step still to record, or null when filed or rejected. */
  nextStep: ClearanceStep | null;
  approvedOn: string | null;
  steps: StepView[];
}

/** One change of clearance in the personnel file (from the history). */
export interface ClearanceChangeView {
  on: string;
  from: Clearance | null;
  to: Clearance | null;
  decisionId: number | null;
  summary: string;
}

export interface VettingView {
  id: number;
  kind: VettingKind;
  vettedOn: string;
  result: VettingResult;
  form: z.output<typeof VettingForm>;
  nextDueOn: string | null;
  approvalId: number | null;
  scanAttachmentId: number | null;
}

export interface TrainingView {
  id: number;
  kind: TrainingKind;
  trainedOn: string;
  hours: number;
  content: string;
  recorder: string | null;
  scanAttachmentId: number | null;
}

export interface PledgeView {
  id: number;
  kind: PledgeKind;
  signedOn: string;
  year: number | null;
  travelId: number | null;
  leavingId: number | null;
  scanAttachmentId: number | null;
  notes: string | null;
}

/**
 * Incidents (泄密事件/违规行为) the person is linked to (当事人 or otherwise concerned), offered by the incidents
 * register (electron/core/incidents/incidents.handlers.ts).
 */
export interface IncidentRef {
  id: number;
  title: string;
  occurredOn: string;
  role: string;
}

/** A record of the unit's secrecy work that names the person (保密审查承办人, 要害部位负责人, 委员会成员, 决定事项责任人). */
export interface WorkRef {
  register: string;
  id: number;
  title: string;
  on: string;
  role: string;
}

/** The dynamic personnel file: everything about one person, for the dossier page and its print. */
export interface PersonDossier {
  person: PersonDetail;
  clearanceDecisions: ClearanceDecisionView[];
  clearanceHistory: ClearanceChangeView[];
  vettings: VettingView[];
  trainings: TrainingView[];
  pledges: PledgeView[];
  travel: TravelView[];
  passports: PassportView[];
  leaving: LeavingView[];
  appraisals: AppraisalView[];
  sanctions: SanctionView[];
  agreements: AgreementView[];
  /** What the carrier register shows in the person's hands now (both their keys). */
  holds: HeldCopyView[];
  /** What the device and media register shows in the person's charge or hands. */
  devices: HeldDeviceView[];
  incidents: IncidentRef[];
  /** Secrecy-work records naming the person, newest first. */
  work: WorkRef[];
  history: PersonEventView[];
}
