// 涉密载体台账: shared pieces, registration, the register page and what the renderer gets back.
import { z } from 'zod';
import {
  CARRIER_DUE_FILTERS,
  CARRIER_LEVELS,
  CARRIER_SORT_FIELDS,
  CARRIER_STATUSES,
  CARRIER_TYPES,
  CLASS_STATES,
  type CarrierEventKind,
  type CarrierLevel,
  type CarrierSource,
  type CarrierStatus,
  type CarrierType,
  type ClassificationDecision,
  type ClassState,
  type CopyMode,
  type CopyStatus,
  type MovementKind,
  type TermKind,
} from '../../../db/domain/vocab';
import { PageInput } from './common';
import { isoDate, optionalText, requiredText } from './common';

export const positiveInt = (label: string, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(1, `${label}至少为 1`)
    .max(max, `${label}不能大于 ${max}`);

export const carrierId = z.number({ error: '请选择载体' }).int().positive('请选择载体');

export const level = z.enum(CARRIER_LEVELS, { error: '请选择密级' });

/** 保密期限: years/months from 制发日 | a 解密日期 | a 解密条件 | 长期 (commercial secrets only). */
export const TermInput = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('period'),
        years: z.number().int('年数应为整数').min(0, '年数不能为负').max(100, '年数过大').default(0),
        months: z.number().int('月数应为整数').min(0, '月数不能为负').max(11, '月数应为 0–11').default(0),
      })
      .refine((t) => t.years + t.months > 0, { message: '保密期限不能为零', path: ['years'] }),
    z.object({ kind: z.literal('until_date'), until: isoDate('解密日期') }),
    z.object({ kind: z.literal('condition'), condition: requiredText('解密条件', 200) }),
    z.object({ kind: z.literal('long_term') }),
  ],
  { error: '请选择保密期限的类型' },
);
export type TermInput = z.output<typeof TermInput>;

/** A person named in a record; becomes a reference to the personnel register later. */
export const PersonInput = z.object({
  name: requiredText('姓名', 40),
  department: optionalText('部门', 60),
});

/** 知悉范围 as a list of entries (units, departments or persons), so "never loosened" can be checked. */
export const NeedToKnowInput = z
  .array(requiredText('知悉范围', 100), { error: '请填写知悉范围' })
  .min(1, '请填写知悉范围')
  .max(100, '知悉范围条目过多');

export const CopyNosInput = z
  .array(positiveInt('份号', 999_999), { error: '请选择份号' })
  .min(1, '请至少选择一份')
  .max(1000, '一次最多 1000 份')
  .refine((a) => new Set(a).size === a.length, '份号不能重复');

const carrierBase = {
  carrierNo: optionalText('编号', 40),
  type: z.enum(CARRIER_TYPES, { error: '请选择载体类别' }),
  name: requiredText('名称', 200),
  docNo: optionalText('文号', 60),
  issuer: optionalText('制作/发文单位', 100),
  level,
  term: TermInput,
  issuedOn: isoDate('制发日'),
  registeredOn: isoDate('登记日期'),
  needToKnow: NeedToKnowInput,
  pages: z.number().int('页数应为整数').min(1, '页数至少为 1').max(100_000, '页数不能大于 100000').optional(),
  capacity: optionalText('容量', 40),
  copyCount: positiveInt('份数', 1000),
  /** The issuer's 份号 for a received carrier; 1…n when absent. */
  copyNos: CopyNosInput.optional(),
  /** The same 份号 as printed ("0015"), kept so; alone, they give the numbers too. */
  copyNoTexts: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{1,6}$/, '份号只能是数字（可带前导零，如 0015）'),
    )
    .max(1000, '一次最多 1000 份')
    .optional(),
  department: requiredText('所属部门', 60),
  custodian: requiredText('保管人', 40),
  location: optionalText('存放位置', 100),
  /** Why the carrier is kept where the storage rules warn against (绝密 outside a safe place, levels mixed). */
  storageReason: optionalText('存放说明', 200),
  secretPoints: optionalText('密点', 500),
  classificationItemId: z.number().int().positive().optional(),
  notes: optionalText('备注', 500),
};

/** 收文: 清点、编号、登记、签收 (regulation art. 27(2)). */
export const ReceiptInput = z.object({
  fromUnit: optionalText('来文单位', 100),
  signedBy: requiredText('签收人', 40),
  /** 清点: how many copies were actually counted on receipt. */
  countedCopies: positiveInt('清点份数', 1000),
});

/** 自制: the 定密 record — 承办人 proposes, 定密责任人 approves (law art. 16). */
export const ClassificationRecordInput = z.object({
  proposerName: requiredText('承办人', 40),
  classifierName: requiredText('定密责任人', 40),
  decidedOn: isoDate('定密日期'),
  reason: optionalText('定密依据说明', 500),
});

export const CarrierRegisterInput = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('received'), ...carrierBase, receipt: ReceiptInput }),
    z.object({ source: z.literal('produced'), ...carrierBase, classification: ClassificationRecordInput }),
  ],
  { error: '请选择来源（收文或自制）' },
);
export type CarrierRegisterInput = z.output<typeof CarrierRegisterInput>;

/** Fields a carrier has that 编辑 refuses, by their names on the form. */
const NOT_EDITABLE: Record<string, string> = {
  carrierNo: '编号',
  source: '来源',
  level: '密级',
  term: '保密期限',
  needToKnow: '知悉范围',
  issuedOn: '制发日',
  registeredOn: '登记日期',
  copyCount: '份数',
  copyNos: '份号',
  copyNoTexts: '份号',
  department: '所属部门',
  custodian: '保管人',
  status: '状态',
};

/**
 * Corrections of the descriptive fields. Anything else is refused, not silently dropped: level, term and
 * range change only through 变更/解密 (with the 定密 record), the custodian through 移交, the copies by copy.
 */
export const CarrierEditInput = z.object({
  carrierId,
  patch: z
    .strictObject(
      {
        type: z.enum(CARRIER_TYPES, { error: '请选择载体类别' }),
        name: requiredText('名称', 200),
        docNo: optionalText('文号', 60).nullable(),
        issuer: optionalText('制作/发文单位', 100).nullable(),
        pages: z
          .number()
          .int('页数应为整数')
          .min(1, '页数至少为 1')
          .max(100_000, '页数不能大于 100000')
          .nullable(),
        capacity: optionalText('容量', 40).nullable(),
        location: optionalText('存放位置', 100).nullable(),
        secretPoints: optionalText('密点', 500).nullable(),
        classificationItemId: z.number().int().positive().nullable(),
        notes: optionalText('备注', 500).nullable(),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `编辑不能修改${iss.keys.map((k) => NOT_EDITABLE[k] ?? k).join('、')}：密级、保密期限和知悉范围通过“变更”“解密”办理，保管人通过“移交”办理。`
            : undefined,
      },
    )
    .partial(),
  reason: requiredText('修改原因', 200),
  /** Why the new 存放位置 is kept despite the storage warnings (as at registration). */
  storageReason: optionalText('存放说明', 200),
});

export const CarrierIdInput = z.object({ id: carrierId });

export const CarrierAttachInput = z.object({
  carrierId,
  attachmentId: z.number().int().positive(),
  label: requiredText('附件说明', 60),
});

export const CarrierListInput = PageInput.extend({
  sort: z
    .object({
      field: z.enum(CARRIER_SORT_FIELDS, { error: '无法按此列排序' }),
      order: z.enum(['asc', 'desc']).default('desc'),
    })
    .default({ field: 'registeredOn', order: 'desc' }),
  filters: z
    .object({
      level: level.optional(),
      status: z.enum(CARRIER_STATUSES).optional(),
      type: z.enum(CARRIER_TYPES).optional(),
      department: optionalText('部门', 60),
      custodian: optionalText('保管人', 100),
      due: z.enum(CARRIER_DUE_FILTERS).optional(),
      classState: z.enum(CLASS_STATES).optional(),
    })
    .default({}),
  search: z.string().trim().max(100, '搜索词不能超过 100 个字').optional(),
});
export type CarrierListInput = z.output<typeof CarrierListInput>;

export const HeldByInput = z.object({ custodianKey: requiredText('保管人', 100) });

export interface TermView {
  kind: TermKind;
  years: number | null;
  months: number | null;
  until: string | null;
  condition: string | null;
}

export interface CarrierRow {
  id: number;
  carrierNo: string;
  type: CarrierType;
  name: string;
  docNo: string | null;
  issuer: string | null;
  level: CarrierLevel;
  term: TermView;
  termEndsOn: string | null;
  issuedOn: string;
  registeredOn: string;
  source: CarrierSource;
  copyCount: number;
  liveCopies: number;
  department: string;
  custodianName: string;
  custodianKey: string;
  location: string | null;
  status: CarrierStatus;
  classState: ClassState;
  /** 已到期: the term has ended and no extension was recorded before it ended (computed for today). */
  expired: boolean;
  loanDueOn: string | null;
  loanOverdue: boolean;
}

export interface CopyView {
  id: number;
  copyNo: number;
  /** The 份号 as printed ("0015"), or the number. */
  copyText: string;
  status: CopyStatus;
  holderName: string;
  holderDept: string | null;
  holderKey: string;
  /** Due date while lent or carried out. */
  dueOn: string | null;
}

export interface CarrierEventView {
  id: number;
  kind: CarrierEventKind;
  on: string;
  at: string;
  copyNo: number | null;
  /** The 份号 as printed ("0015"). */
  copyText: string | null;
  counterpart: string | null;
  actor: string | null;
  approvalId: number | null;
  detail: unknown;
}

export interface DecisionView {
  id: number;
  kind: ClassificationDecision;
  decidedOn: string;
  proposerName: string | null;
  decidedBy: string;
  authority: 'own' | 'originator';
  reason: string;
  levelBefore: CarrierLevel | null;
  levelAfter: CarrierLevel | null;
  termBefore: TermView | null;
  termAfter: TermView | null;
  rangeBefore: string[] | null;
  rangeAfter: string[] | null;
  noticeNo: string | null;
  noticeTo: string | null;
  reviewYear: number | null;
  /** The statutory maximum of the level after the decision, counted from 制发日 (null: no maximum). */
  maxEndsOn: string | null;
  /** The recorded 另有规定 when the term after the decision passes that maximum. */
  beyondMax: { basis: string; allowedBy: string; documentNo: string; allowedOn: string } | null;
}

export interface KnowerView {
  id: number;
  name: string;
  department: string | null;
  knownOn: string;
  how: string;
  withinRange: boolean;
  approvalId: number | null;
}

export interface CarrierDetail extends CarrierRow {
  needToKnow: string[];
  pages: number | null;
  capacity: string | null;
  original: { id: number; carrierNo: string } | null;
  copyMode: CopyMode | null;
  copyStamp: string | null;
  ownClassification: boolean;
  secretPoints: string | null;
  classificationItem: { id: number; name: string } | null;
  signedBy: string | null;
  notes: string | null;
  declassifiedOn: string | null;
  lastReviewYear: number | null;
  copies: CopyView[];
  history: CarrierEventView[];
  decisions: DecisionView[];
  knowers: KnowerView[];
  derived: { id: number; carrierNo: string; copyMode: CopyMode | null }[];
  attachments: { attachmentId: number; label: string; fileName: string }[];
}

/** One copy a person holds now (their personal register is this list). */
export interface HeldCopyView {
  carrierId: number;
  carrierNo: string;
  name: string;
  docNo: string | null;
  level: CarrierLevel;
  copyId: number;
  copyNo: number;
  status: CopyStatus;
  holderName: string;
  holderDept: string | null;
  dueOn: string | null;
}

export interface CustodianView {
  key: string;
  name: string;
  department: string;
  carriers: number;
}

export interface MovementView {
  id: number;
  kind: MovementKind;
  carrierId: number;
  carrierNo: string;
  name: string;
  docNo: string | null;
  level: CarrierLevel;
  copyNo: number;
  /** The 份号 as printed ("0015"). */
  copyText: string;
  personName: string;
  personDept: string | null;
  outside: boolean;
  startedOn: string;
  dueOn: string;
  returnedOn: string | null;
  approvalId: number | null;
  approverName: string | null;
}
