// Notices the supervising bureau sends down (issue 25, point 6): what it writes for one unit, and what the
// unit sees once imported. The content is what is signed and encrypted in the `.bmn` file (FORMAT.md).
import { z } from 'zod';
import {
  CHECK_AREAS,
  FILING_REGISTERS,
  FINDING_SEVERITIES,
  OPINION_VERDICTS,
  type FilingRegister,
  type FindingState,
  type NoticeKind,
  type NoticeState,
  type OpinionVerdict,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, requiredText } from './common';
import { unitCode } from './exchange';

const outPath = requiredText('保存位置', 1000);

export const OpinionContent = z.object({
  kind: z.literal('opinion'),
  title: requiredText('标题', 100),
  /** The unit's own id of the leaving procedure, as its package reported it. */
  leavingId: z.number().int().positive(),
  personName: requiredText('姓名', 40),
  verdict: z.enum(OPINION_VERDICTS, { error: '请选择意见（同意、同意并延长脱密期或不同意）' }),
  /** 同意并延长脱密期: the day the longer separation period ends. */
  separationEndsOn: isoDate('脱密期截止日期').optional(),
  text: requiredText('意见内容', 2000),
});

export const RectificationFinding = z.object({
  area: z.enum(CHECK_AREAS, { error: '请选择问题所属方面' }),
  severity: z.enum(FINDING_SEVERITIES, { error: '请选择问题性质' }),
  what: requiredText('问题', 500),
  requirement: requiredText('整改要求', 500),
  deadline: isoDate('整改期限'),
});

export const RectificationContent = z.object({
  kind: z.literal('rectification'),
  title: requiredText('标题', 100),
  checkedOn: isoDate('检查日期'),
  inspectors: requiredText('检查人员', 200),
  /** 检查意见 as a whole. */
  text: requiredText('检查意见', 2000),
  findings: z.array(RectificationFinding).min(1, '整改通知至少列出一个问题').max(200),
});

export const FilingItem = z.object({
  register: z.enum(FILING_REGISTERS, { error: '请选择备案的是涉密人员还是定密事项' }),
  /** The unit's own id of the record, as its package reported it. */
  recordId: requiredText('记录', 40),
  name: requiredText('名称', 200),
});

export const FilingContent = z.object({
  kind: z.literal('filing'),
  title: requiredText('标题', 100),
  text: optionalText('说明', 2000),
  items: z.array(FilingItem).min(1, '备案回执至少列出一项').max(500),
});

export const NoticeContent = z.discriminatedUnion('kind', [
  OpinionContent,
  RectificationContent,
  FilingContent,
]);
export type NoticeContent = z.output<typeof NoticeContent>;

export const NoticeWriteInput = z.object({
  unitCode,
  /** A `.bmn` file, or a folder to write a named one into. */
  outPath,
  content: NoticeContent,
});
export type NoticeWriteInput = z.output<typeof NoticeWriteInput>;

export const NoticeListInput = z.object({ unitCode });

/** One item of a notice as the bureau follows it: a 整改通知's finding as the unit last reported it. */
export interface SentNoticeItem {
  no: number;
  what: string;
  deadline: string | null;
  /** The unit's finding state from its last package (null: not reported back yet). */
  state: FindingState | null;
  rectifiedOn: string | null;
}

export interface SentNoticeView {
  unitCode: string;
  seq: number;
  kind: NoticeKind;
  title: string;
  createdAt: string;
  fileName: string;
  noticeHash: string;
  state: NoticeState;
  /** When the unit's package that first showed the notice received was made. */
  items: SentNoticeItem[];
  verdict: OpinionVerdict | null;
}

export interface NoticeWriteView {
  path: string;
  unitCode: string;
  seq: number;
  kind: NoticeKind;
  noticeHash: string;
}

/** Unit side: a notice as imported, with where it landed. */
export interface ReceivedNoticeView {
  id: number;
  supervisorCode: string;
  seq: number;
  kind: NoticeKind;
  title: string;
  issuedAt: string;
  importedAt: string;
  text: string | null;
  inspectionId: number | null;
  leavingId: number | null;
  verdict: OpinionVerdict | null;
  separationEndsOn: string | null;
  items: {
    no: number;
    findingId: number | null;
    register: FilingRegister | null;
    recordId: string | null;
    name: string;
    deadline: string | null;
  }[];
}

/** What a leaving procedure shows of the bureau's 意见. */
export interface LeavingOpinionView {
  noticeId: number;
  seq: number;
  verdict: OpinionVerdict;
  separationEndsOn: string | null;
  text: string;
  issuedAt: string;
}
