import { z } from 'zod';
import { requiredText } from './common';

export interface OwnKeyView {
  keyId: string;
  alg: 'ed25519' | 'x25519';
  fingerprint: string;
  createdAt: string;
  /** The predecessor this key was endorsed by, after a rotation. */
  prevKeyId: string | null;
}

export interface OwnKeysView {
  sign: OwnKeyView;
  encrypt: OwnKeyView;
}

export const KeyRotateInput = z.object({
  purpose: z.enum(['sign', 'encrypt'], { error: '请选择要更换的密钥' }),
});
export const AuditExportInput = z.object({ outDir: requiredText('导出目录', 1000) });

export interface AuditExportView {
  path: string;
  entries: number;
  headSeq: number;
  keyId: string;
}
