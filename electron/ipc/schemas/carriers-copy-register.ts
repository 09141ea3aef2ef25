// 复制登记表 of a period: every 复制/摘录 the unit made between two dates (REFERENCE.md §2.1 复印, §2.3).
import { z } from 'zod';
import type { CarrierLevel, CarrierSource, CopyMode } from '../../../db/domain/vocab';
import { isoDate, optionalText } from './common';

/** Without dates: the current calendar year. The core checks the order and the span (at most five years). */
export const CopyRegisterInput = z.object({
  from: isoDate('起始日期').optional(),
  to: isoDate('截止日期').optional(),
  /** The department the copies were made for (their 所属部门 when made); absent: the whole unit. */
  department: optionalText('部门', 60),
});

/** An approval the copy rests on: the leader's, or for 绝密 the originating authority's consent. */
export interface CopyApprovalLine {
  name: string;
  title: string | null;
  decidedAt: string;
  documentNo: string | null;
}

export interface CopyRegisterRow {
  /** The 复制 event on the original (kept forever). */
  eventId: number;
  copiedOn: string;
  mode: CopyMode;
  original: {
    id: number;
    carrierNo: string;
    name: string;
    docNo: string | null;
    issuer: string | null;
    source: CarrierSource;
    level: CarrierLevel;
    pages: number | null;
  };
  /** The copies as registered (their own 编号 and 份号); null only if the record lost its link. */
  copy: {
    id: number;
    carrierNo: string;
    level: CarrierLevel;
    firstCopyNo: number | null;
    lastCopyNo: number | null;
  } | null;
  count: number;
  purpose: string | null;
  department: string | null;
  custodian: string | null;
  approvals: CopyApprovalLine[];
  /** The account that recorded the copy (经办人). */
  handledBy: string | null;
}

export interface CopyRegisterView {
  from: string;
  to: string;
  department: string | null;
  total: number;
  rows: CopyRegisterRow[];
}
