import { z } from 'zod';
import { isoDate, requiredText } from './common';

export interface AuditVerifyResult {
  ok: boolean;
  count: number;
  headSeq: number;
  headHash: string;
  problem?: { seq: number; reason: string };
}

export const AuditListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(100),
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  accountId: z.number().int().positive().optional(),
  action: z.string().trim().max(60).optional(),
  entity: z.string().trim().max(60).optional(),
});

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  accountId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string;
  hash: string;
}

export const AuditExportInput = z.object({ outDir: requiredText('导出目录', 1000) });

export interface AuditExportView {
  path: string;
  entries: number;
  headSeq: number;
  keyId: string;
}
