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
export const KeyExportInput = z.object({ outPath: requiredText('保存位置', 1000) });

export interface PublicKeyExportView {
  path: string;
  unitCode: string;
  fingerprint: string;
  signKeyId: string;
  encKeyId: string;
}

/** The printable fingerprint sheet (UI prints it for filing with the supervisor). */
export interface FingerprintSheet {
  unitCode: string;
  unitName: string;
  fingerprint: string;
  signKeyId: string;
  signCreatedAt: string;
  encKeyId: string;
  encFingerprint: string;
  printedAt: string;
}
