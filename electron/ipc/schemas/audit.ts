import { z } from 'zod';
import { isoDate, requiredText } from './common';

export interface AuditVerifyResult {
  ok: boolean;
  count: number;
  headSeq: number;
  headHash: string;
  problem?: { seq: number; reason: string };
  /** Against an earlier head (written down, printed, or from a backup): does this chain still extend it? */
  since?: { seq: number; hash: string; verdict: 'extends' | 'rewritten' | 'pruned' | 'shorter' };
}

/** `since`: an earlier head (seq and hash) the chain must still extend. */
export const AuditVerifyInput = z.object({
  since: z
    .object({
      seq: z.number().int().min(0),
      hash: z.string().regex(/^[0-9a-f]{64}$/, '链头哈希应为 64 位十六进制'),
    })
    .optional(),
  /** Names the walk, so `audit:progress` can tell how far it got (a million entries take seconds). */
  jobId: z.string().min(8).max(64).optional(),
});

export const AuditProgressInput = z.object({ jobId: z.string().min(8).max(64) });

/** How far a running walk of the chain got: entries verified of the entries there are. */
export interface AuditProgress {
  done: number;
  total: number;
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
  /** The username recorded in the entry (part of its hash). */
  actor: string;
  /** Who that is: the account's display name, or 系统 for what the program did by itself. */
  actorName: string;
  accountId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  /**
   * The record as the clerk knows it (a carrier's 编号 and name, a person's name …), read when the page is
   * shown; the kind alone when the entry names no record, the kind and id when the record no longer exists.
   */
  entityName: string;
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
