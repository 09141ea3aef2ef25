// Lifecycle actions on carriers: each one transaction with an audit entry and a history row.
import { z } from 'zod';
import { COPY_MODES, DESTRUCTION_METHODS, type DestructionMethod } from '../../../db/domain/vocab';
import {
  carrierId,
  CopyNosInput,
  level,
  NeedToKnowInput,
  PersonInput,
  positiveInt,
  TermInput,
} from './carriers';
import { ActionApprovalInput } from './approvals';
import { isoDate, optionalText, requiredText } from './common';

const count = positiveInt;

const DUE_AFTER_START = { message: '应还（返回）日期不能早于开始日期', path: ['dueOn'] };

/** 分发 by copy: each copy to its recipient, who signs for it. */
export const DistributeInput = z.object({
  carrierId,
  distributedOn: isoDate('分发日期'),
  items: z
    .array(z.object({ copyNo: count('份号', 999_999), recipient: PersonInput }))
    .min(1, '请至少分发一份')
    .max(1000)
    .refine((a) => new Set(a.map((i) => i.copyNo)).size === a.length, '份号不能重复'),
});

/** 收回: a distributed copy comes back to the custodian. */
export const RecallInput = z.object({ carrierId, copyNos: CopyNosInput, recalledOn: isoDate('收回日期') });

const borrowShape = z.object({
  carrierId,
  copyNos: CopyNosInput,
  borrower: PersonInput,
  /** The borrower is outside the unit (never allowed for 绝密). */
  outside: z.boolean().default(false),
  purpose: optionalText('借阅事由', 200),
  lentOn: isoDate('借出日期'),
  dueOn: isoDate('应还日期'),
  approval: ActionApprovalInput.optional(),
  /**
   * The approver's exception, when the borrower is outside the 知悉范围 or not a 涉密人员 with the clearance the
   * level needs: lent only with its reason recorded (law art. 21).
   */
  exception: z.object({ reason: requiredText('例外理由', 200) }).optional(),
});
export const BorrowInput = borrowShape.refine((t) => t.dueOn >= t.lentOn, DUE_AFTER_START);

const carryOutShape = z.object({
  carrierId,
  copyNos: CopyNosInput,
  /** The person responsible for the carrier while out. */
  carrier: PersonInput,
  /** Others travelling with it (绝密: at least one, regulation art. 29(2)). */
  companions: z.array(requiredText('同行人员', 40)).max(10).default([]),
  destination: requiredText('外出地点', 100),
  purpose: requiredText('外出事由', 200),
  startedOn: isoDate('携带外出日期'),
  dueOn: isoDate('预计返回日期'),
  approval: ActionApprovalInput.optional(),
});
export const CarryOutInput = carryOutShape.refine((t) => t.dueOn >= t.startedOn, DUE_AFTER_START);

/** 归还: closes the open 借阅 or 外出携带 of these copies. */
export const ReturnInput = z.object({ carrierId, copyNos: CopyNosInput, returnedOn: isoDate('归还日期') });

/** 批量归还: the open loans of several carriers, all or nothing (one transaction, one audit entry). */
export const ReturnBatchInput = z.object({
  items: z
    .array(z.object({ carrierId, copyNos: CopyNosInput }))
    .min(1, '请选择要归还的载体')
    .max(500, '一次最多归还 500 件载体')
    .refine((a) => new Set(a.map((i) => i.carrierId)).size === a.length, '同一载体不能重复列出'),
  returnedOn: isoDate('归还日期'),
  remark: optionalText('备注', 200),
});

export interface ReturnBatchResult {
  /** Copies returned, over all carriers. */
  returned: number;
  carriers: number;
}

/** 清退: back to the issuing unit, as it requires (regulation art. 27(9)). */
export const ReturnToIssuerInput = z.object({
  carrierId,
  copyNos: CopyNosInput,
  returnedOn: isoDate('清退日期'),
  receiver: requiredText('接收人（单位）', 100),
  note: optionalText('备注', 200),
});

/** 移交: to another custodian in the unit, or out of the register to another unit (e.g. 档案馆). */
export const HandOverInput = z.object({
  carrierId,
  copyNos: CopyNosInput,
  handedOn: isoDate('移交日期'),
  to: PersonInput,
  toUnit: optionalText('接收单位', 100),
  note: optionalText('备注', 200),
});

/** 绝密: the originating authority's (原定密机关) consent to copy or excerpt (regulation art. 29(4)). */
export const OriginatorConsentInput = z.object({
  authority: requiredText('原定密机关', 100),
  documentNo: requiredText('同意文件文号', 60),
  decidedAt: isoDate('同意日期'),
});

/**
 * 复制 / 摘录: new copies with their own 份号, stamped 复制件, inheriting level, term and range. Overrides may
 * only tighten (regulation art. 27(5)).
 */
export const CopyInput = z.object({
  carrierId,
  mode: z.enum(COPY_MODES).default('copy'),
  copiedOn: isoDate('复制日期'),
  copyCount: count('复制份数', 1000),
  purpose: requiredText('复制用途', 200),
  /** An excerpt has its own title; a copy keeps the original's. */
  name: optionalText('名称', 200),
  carrierNo: optionalText('编号', 40),
  department: requiredText('所属部门', 60),
  custodian: requiredText('保管人', 40),
  location: optionalText('存放位置', 100),
  /** Why the copies are kept where the storage rules warn against (as at registration). */
  storageReason: optionalText('存放说明', 200),
  level: level.optional(),
  term: TermInput.optional(),
  needToKnow: NeedToKnowInput.optional(),
  approval: ActionApprovalInput.optional(),
  originatorConsent: OriginatorConsentInput.optional(),
});
export type CopyInput = z.output<typeof CopyInput>;

export const WitnessInput = z.object({
  name: requiredText('监销人姓名', 40),
  title: optionalText('职务', 40),
  department: optionalText('部门', 60),
});

/** 销毁: one batch (销毁审批表 + 清单), approval, two or more different witnesses, time, place, method. */
export const DestroyInput = z.object({
  batchNo: optionalText('销毁批号', 40),
  destroyedAt: z
    .string({ error: '请填写销毁时间' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '销毁时间格式应为 YYYY-MM-DDTHH:MM'),
  place: requiredText('销毁地点', 100),
  method: z.enum(DESTRUCTION_METHODS, { error: '请选择销毁方式' }),
  reason: requiredText('销毁原因', 200),
  responsibleName: requiredText('销毁人', 40),
  receiverName: optionalText('接收人（销毁机构）', 100),
  witnesses: z.array(WitnessInput).max(10).default([]),
  approval: ActionApprovalInput.optional(),
  items: z
    .array(z.object({ carrierId, copyNos: CopyNosInput }))
    .min(1, '请选择要销毁的载体')
    .max(1000),
});

export const KnowerInput = z.object({
  carrierId,
  person: PersonInput,
  knownOn: isoDate('知悉日期'),
  how: requiredText('知悉方式', 40),
  /** false: outside the 知悉范围 — then an approval is required (law art. 21). */
  withinRange: z.boolean().default(true),
  approval: ActionApprovalInput.optional(),
});

export const DestructionListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export const MovementListInput = DestructionListInput.extend({
  kind: z.enum(['borrow', 'carry_out']).optional(),
  openOnly: z.boolean().default(false),
});

export interface DestructionBatchView {
  id: number;
  batchNo: string;
  destroyedAt: string;
  place: string;
  method: DestructionMethod;
  reason: string;
  responsibleName: string;
  receiverName: string | null;
  approvalId: number;
  approverName: string;
  witnesses: { name: string; title: string | null; department: string | null }[];
  items: {
    carrierId: number;
    carrierNo: string;
    name: string;
    level: string;
    copyNo: number;
    copyText: string;
  }[];
}
