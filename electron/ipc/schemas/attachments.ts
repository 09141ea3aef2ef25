import { z } from 'zod';
import { requiredText } from './common';

/** Scans of signed paper forms: PDF or images, kept inside the encrypted database. */
export const SCAN_MIMES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

export const AttachmentUploadInput = z.object({
  fileName: requiredText('文件名', 200),
  mime: z.enum(SCAN_MIMES, { error: '扫描件只能是 PDF、JPG、PNG 或 TIFF 文件' }),
  /** The file's bytes, base64 (what a file input gives the page; IPC carries it as text). */
  dataBase64: z
    .string()
    .min(1, '文件是空的')
    .max(Math.ceil(MAX_SCAN_BYTES / 3) * 4, '扫描件不能超过 20 MB'),
});

export const AttachmentIdInput = z.object({ attachmentId: z.number().int().positive() });

export interface AttachmentView {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}

export interface AttachmentData extends AttachmentView {
  dataBase64: string;
}
