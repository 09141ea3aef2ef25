// Scans of signed paper forms (approvals, pledges, receipts, carrier scans): stored inside the encrypted
// database, never as loose files. The type a file claims must match its first bytes, so a renamed
// executable cannot sit in the register as a "scan".
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { attachments } from '../../../db/schema';
import type {
  AttachmentData,
  AttachmentIdInput,
  AttachmentUploadInput,
  AttachmentView,
} from '../../ipc/schemas/attachments';
import type { AppCore } from '../app-core';

const MAGIC: Record<z.output<typeof AttachmentUploadInput>['mime'], (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/tiff': (b) => ['49492a00', '4d4d002a'].includes(b.subarray(0, 4).toString('hex')),
};

export function uploadAttachment(
  core: AppCore,
  input: z.output<typeof AttachmentUploadInput>,
): AttachmentView {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0 || !MAGIC[input.mime](data)) {
    throw new AppException(
      'VALIDATION',
      '文件内容与其类型不符（不是有效的 PDF 或图片），请重新扫描后上传。',
      {
        fields: [{ path: 'dataBase64', message: '文件内容与类型不符' }],
      },
    );
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const row = core.write(
    'attachment_upload',
    'attachment',
    (tx, ctx) =>
      tx
        .insert(attachments)
        .values({
          fileName: input.fileName,
          mime: input.mime,
          size: data.length,
          sha256,
          data,
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: attachments.id })
        .get(),
    (r) => ({
      entityId: r.id,
      detail: { fileName: input.fileName, mime: input.mime, size: data.length, sha256 },
    }),
  );
  return { id: row.id, fileName: input.fileName, mime: input.mime, size: data.length, sha256 };
}

export function getAttachment(core: AppCore, input: z.output<typeof AttachmentIdInput>): AttachmentData {
  const row = core
    .session()
    .db.select()
    .from(attachments)
    .where(eq(attachments.id, input.attachmentId))
    .get();
  if (!row) throw new AppException('NOT_FOUND', '找不到该扫描件。');
  return {
    id: row.id,
    fileName: row.fileName,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    dataBase64: row.data.toString('base64'),
  };
}
