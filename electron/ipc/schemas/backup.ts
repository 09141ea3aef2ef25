import { z } from 'zod';
import { jobId, requiredText } from './common';

export const BackupInput = z.object({ outDir: requiredText('备份目录', 1000), jobId: jobId.optional() });
export const RestoreInput = z.object({
  file: requiredText('备份文件', 1000),
  /** The restoring administrator proves the backup opens with a password of that backup, or its recovery code. */
  credential: z.union([
    z.object({ username: z.string().min(1), password: z.string().min(1) }),
    z.object({ recoveryCode: z.string().min(8, '请输入完整的恢复码') }),
  ]),
  jobId: jobId.optional(),
});

export interface BackupView {
  path: string;
  size: number;
  counts: Record<string, number>;
  auditHeadSeq: number;
  /** The audit head the backup holds (issue 22.2): written down, it can be compared with the chain later. */
  auditHeadHash: string;
  /** The medium check the unit's warning mode let through (recorded in the audit log), if any. */
  mediumWarning?: string;
}

export interface RestoreView {
  createdAt: string;
  unitName: string;
  counts: Record<string, number>;
  safetyCopy: string | null;
}
