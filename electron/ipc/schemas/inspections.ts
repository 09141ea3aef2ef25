// 保密检查与整改: checks with their checklist, findings moved to closure, the checklist template and schedules.
import { z } from 'zod';
import {
  CHECK_ANSWERS,
  CHECK_AREAS,
  CHECK_FREQUENCIES,
  CHECK_KINDS,
  CHECK_STATUSES,
  FINDING_SEVERITIES,
  FINDING_STATES,
  type CheckAnswer,
  type CheckArea,
  type CheckFrequency,
  type CheckKind,
  type CheckStatus,
  type FindingEventKind,
  type FindingSeverity,
  type FindingState,
  type FindingStatus,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';
import { personId } from './persons';

export const inspectionId = z.number({ error: '请选择检查' }).int().positive();
export const findingId = z.number({ error: '请选择问题' }).int().positive();
const attachmentId = z.number().int().positive().optional();
const area = z.enum(CHECK_AREAS, { error: '请选择检查领域' });
const severity = z.enum(FINDING_SEVERITIES, { error: '请选择严重程度' });

/** A check's scope of departments as the form gives it: `departmentId` (if any) first, then `departmentIds`. */
export function scopeDepartmentIds(c: {
  departmentId?: number | undefined;
  departmentIds?: number[] | undefined;
}) {
  return [
    ...new Set([...(c.departmentId === undefined ? [] : [c.departmentId]), ...(c.departmentIds ?? [])]),
  ];
}

export const InspectionOpenInput = z
  .object({
    kind: z.enum(CHECK_KINDS, { error: '请选择检查类型' }),
    title: requiredText('检查名称', 100),
    period: requiredText('检查期间', 20),
    checkedOn: isoDate('检查日期'),
    departmentId: departmentId.optional(),
    /**
     * 检查范围（部门）: several departments (a 联合检查 or 抽查), each once, in the order chosen; with `departmentId`
     * too, that one comes first. None is the whole unit.
     */
    departmentIds: z
      .array(departmentId)
      .max(200, '检查范围最多200个部门')
      .refine((ids) => new Set(ids).size === ids.length, '同一部门只能选一次')
      .optional(),
    personId: personId.optional(),
    /** The areas of art. 58 to check; all thirteen when left out. */
    areas: z.array(area).min(1, '请至少选择一个检查领域').optional(),
    inspectors: requiredText('检查人员', 200),
    authority: optionalText('检查机关', 100),
    opinion: optionalText('检查意见', 4000),
  })
  .refine((c) => c.kind !== 'superior' || (c.authority ?? '') !== '', {
    message: '上级检查须填写检查机关',
    path: ['authority'],
  })
  .refine((c) => c.kind !== 'self_dept' || scopeDepartmentIds(c).length > 0, {
    message: '部门自查须选择被查部门',
    path: ['departmentIds'],
  })
  .refine((c) => c.kind !== 'self_dept' || scopeDepartmentIds(c).length <= 1, {
    message: '部门自查只查一个部门；查几个部门请选“抽查”或“联合检查”',
    path: ['departmentIds'],
  })
  .refine((c) => c.kind !== 'self_person' || c.personId !== undefined, {
    message: '个人自查须选择自查人员',
    path: ['personId'],
  });

/** 修改检查范围: the departments of a check still open, all of them (none is the whole unit). */
export const InspectionScopeInput = z.object({
  inspectionId,
  departmentIds: z
    .array(departmentId)
    .max(200, '检查范围最多200个部门')
    .refine((ids) => new Set(ids).size === ids.length, '同一部门只能选一次'),
});

/** Answers to checklist lines (the keyboard form sends each as it is given). */
export const InspectionAnswerInput = z.object({
  inspectionId,
  answers: z
    .array(
      z.object({
        itemId: z.number().int().positive(),
        answer: z.enum(CHECK_ANSWERS, { error: '请选择符合、不符合或不适用' }).nullable(),
        note: optionalText('说明', 500),
        evidenceAttachmentId: attachmentId,
      }),
    )
    .min(1, '没有要保存的答复'),
});

export const FindingAddInput = z.object({
  inspectionId,
  itemId: z.number().int().positive().optional(),
  area,
  what: requiredText('问题描述', 1000),
  severity: severity.default('minor'),
  departmentId: departmentId.optional(),
  responsiblePersonId: personId.optional(),
  requirement: optionalText('整改要求', 1000),
  deadline: isoDate('整改期限').optional(),
});

/** 下达整改: who answers for it, what to fix and by when (art. 59). */
export const FindingAssignInput = z.object({
  findingId,
  severity,
  departmentId,
  responsiblePersonId: personId,
  requirement: requiredText('整改要求', 1000),
  deadline: isoDate('整改期限').optional(),
});

export const FindingStartInput = z.object({ findingId, startedOn: isoDate('开始整改日期') });

export const FindingSubmitInput = z.object({
  findingId,
  rectifiedOn: isoDate('整改完成日期'),
  rectification: requiredText('整改情况', 2000),
  rectifiedById: personId,
});

/** 验收: a named verifier (not the one answering for it), a date and the evidence; or sent back. */
export const FindingVerifyInput = z.object({
  findingId,
  verifierId: personId,
  verifiedOn: isoDate('验收日期'),
  passed: z.boolean(),
  evidence: requiredText('验收依据', 1000),
  evidenceAttachmentId: attachmentId,
});

export const InspectionCloseInput = z.object({
  inspectionId,
  closedOn: isoDate('结束日期'),
  /** Findings still open, carried over to the next check, each with its reason. */
  carryOver: z.array(z.object({ findingId, reason: requiredText('结转理由', 500) })).default([]),
});

export const InspectionListInput = PageInput.extend({
  kind: z.enum(CHECK_KINDS).optional(),
  status: z.enum(CHECK_STATUSES).optional(),
  departmentId: z.number().int().positive().optional(),
  q: z.string().trim().max(50).optional(),
});

export const FindingListInput = PageInput.extend({
  inspectionId: z.number().int().positive().optional(),
  state: z.enum(FINDING_STATES).optional(),
  /** Every finding not yet closed or carried over. */
  openOnly: z.boolean().default(false),
  departmentId: z.number().int().positive().optional(),
  /** Deadline on or before this date. */
  deadlineBy: isoDate('整改期限').optional(),
});

export const InspectionIdInput = z.object({ inspectionId });
export const FindingIdInput = z.object({ findingId });

export const TemplateItemInput = z.object({ area, text: requiredText('检查内容', 300) });
export const TemplateSetInput = z.object({
  items: z.array(TemplateItemInput).min(1, '检查表至少要有一项'),
});

export const InspectionSettingsInput = z.object({
  frequencies: z.partialRecord(z.enum(CHECK_KINDS), z.enum(CHECK_FREQUENCIES)),
});

export interface TemplateItem {
  area: CheckArea;
  text: string;
}

export interface InspectionSettings {
  frequencies: Record<CheckKind, CheckFrequency>;
}

export interface InspectionRow {
  id: number;
  kind: CheckKind;
  title: string;
  period: string;
  checkedOn: string;
  department: string | null;
  /** 检查范围（部门）: the names of the departments checked, in the order chosen; empty for the whole unit. */
  departments: string[];
  person: string | null;
  inspectors: string;
  status: CheckStatus;
  closedOn: string | null;
  items: number;
  answered: number;
  failed: number;
  openFindings: number;
  overdueFindings: number;
}

export interface InspectionItemView {
  id: number;
  seq: number;
  area: CheckArea;
  text: string;
  answer: CheckAnswer | null;
  note: string | null;
  evidenceAttachmentId: number | null;
  findingId: number | null;
}

export interface FindingEventView {
  kind: FindingEventKind;
  on: string;
  summary: string;
  createdAt: string;
}

export interface FindingView {
  id: number;
  inspectionId: number;
  inspectionTitle: string;
  inspectionKind: CheckKind;
  itemId: number | null;
  area: CheckArea;
  what: string;
  severity: FindingSeverity;
  departmentId: number | null;
  department: string | null;
  responsiblePersonId: number | null;
  responsible: string | null;
  requirement: string | null;
  deadline: string | null;
  status: FindingStatus;
  /** The stored status, or 逾期 when the deadline has passed and it is not closed. */
  state: FindingState;
  overdue: boolean;
  /** Days past the deadline (0 when not overdue). */
  overdueDays: number;
  rectification: string | null;
  rectifiedOn: string | null;
  rectifiedBy: string | null;
  verifier: string | null;
  verifiedOn: string | null;
  evidence: string | null;
  carryOverReason: string | null;
  events: FindingEventView[];
}

export interface InspectionView extends Omit<InspectionRow, 'department' | 'person'> {
  departmentId: number | null;
  department: string | null;
  departmentIds: number[];
  personId: number | null;
  person: string | null;
  areas: CheckArea[];
  authority: string | null;
  opinion: string | null;
  checklist: InspectionItemView[];
  findings: FindingView[];
}

/** xlsx of the findings as the board shows them (same filters), every row. */
export const FindingExportInput = FindingListInput.omit({ page: true, pageSize: true }).extend({
  /** An existing folder (the file gets a dated default name) or a file name ending in .xlsx. */
  outPath: requiredText('保存位置', 1000),
});

export interface FindingExportResult {
  path: string;
  rows: number;
}
