// 定密: the 国家秘密事项一览表, and 变更 / 解密 / 延期 by a 定密责任人 (or the originating authority).
import { z } from 'zod';
import type { CarrierLevel, TermKind } from '../../../db/domain/vocab';
import { PageInput } from './common';
import { carrierId, level, NeedToKnowInput, TermInput } from './carriers';
import { isoDate, optionalText, requiredText } from './common';

const itemFields = {
  name: requiredText('事项名称', 200),
  level,
  term: TermInput,
  classifierName: requiredText('定密责任人', 40),
  department: optionalText('产生部门', 60),
  basis: optionalText('保密事项范围依据', 200),
  keyDepartment: z.boolean().default(false),
  notes: optionalText('备注', 500),
};

export const ClassificationItemInput = z.object(itemFields);

export const ClassificationItemUpdateInput = z.object({
  id: z.number().int().positive(),
  patch: z.object({ ...itemFields, active: z.boolean() }).partial(),
});

export const ClassificationListInput = PageInput.extend({ activeOnly: z.boolean().default(true) });

/** An item as the carrier form's picker of 定密依据 offers it: what its option shows. */
export interface ClassificationItemOption {
  id: number;
  name: string;
  level: CarrierLevel;
}

/**
 * Who decides: the unit's own 定密责任人 on the 承办人's proposal (law art. 16), or — for a secret another
 * authority classified — that authority, by its written notice (law art. 23).
 */
export const DeciderInput = z.discriminatedUnion(
  'authority',
  [
    z.object({
      authority: z.literal('own'),
      proposerName: requiredText('承办人', 40),
      classifierName: requiredText('定密责任人', 40),
    }),
    z.object({
      authority: z.literal('originator'),
      authorityName: requiredText('原定密机关', 100),
      documentNo: requiredText('通知文号', 60),
    }),
  ],
  { error: '请说明由谁决定（本单位定密责任人或原定密机关）' },
);
export type DeciderInput = z.output<typeof DeciderInput>;

/** The written notice to those within the range (law art. 23). */
export const NoticeInput = z.object({
  noticeNo: optionalText('书面通知文号', 60),
  noticeTo: requiredText('通知对象', 200),
});

/**
 * 另有规定 (law art. 20: the maxima hold "除另有规定外"): what a term past its level's maximum rests on, who
 * allowed it, by which document and when. Without it such a term is refused; with it, it is recorded.
 */
export const BeyondMaxInput = z.object({
  basis: requiredText('另有规定依据', 200),
  allowedBy: requiredText('批准机关', 40),
  documentNo: requiredText('批准文件文号', 60),
  allowedOn: isoDate('批准日期'),
});
export type BeyondMaxInput = z.output<typeof BeyondMaxInput>;

const decisionBase = {
  carrierId,
  decidedOn: isoDate('决定日期'),
  by: DeciderInput,
  reason: requiredText('理由', 500),
  notice: NoticeInput,
};

/** 变更: level, term and/or range. */
export const ReclassifyInput = z
  .object({
    ...decisionBase,
    level: level.optional(),
    term: TermInput.optional(),
    needToKnow: NeedToKnowInput.optional(),
    beyondMax: BeyondMaxInput.optional(),
  })
  .refine((d) => d.level !== undefined || d.term !== undefined || d.needToKnow !== undefined, {
    message: '请至少变更密级、保密期限或知悉范围中的一项',
    path: ['level'],
  });

export const DeclassifyInput = z.object(decisionBase);

/**
 * 延期: a new term, decided before the current one ends (law art. 24); past the level's maximum only on a
 * recorded 另有规定.
 */
export const ExtendInput = z.object({
  ...decisionBase,
  term: TermInput,
  beyondMax: BeyondMaxInput.optional(),
});

export interface ClassificationItemView {
  id: number;
  name: string;
  level: CarrierLevel;
  term: {
    kind: TermKind;
    years: number | null;
    months: number | null;
    until: string | null;
    condition: string | null;
  };
  classifierName: string;
  department: string | null;
  basis: string | null;
  keyDepartment: boolean;
  active: boolean;
  notes: string | null;
  carriers: number;
}
