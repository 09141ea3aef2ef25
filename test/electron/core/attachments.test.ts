// Scans of signed paper forms live inside the encrypted database; a file whose bytes are not the type it
// claims is refused; a stored scan comes back byte for byte and is attached to a carrier with its audit entry.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { openDesk, received } from './carriers/helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe('scans', () => {
  it('a scan is stored encrypted with its hash, comes back intact and is attached to a carrier', async () => {
    const desk = await openDesk();
    const { id } = await desk.call('carriers:register', received());
    const a = await desk.call('attachments:upload', {
      fileName: '签收单.pdf',
      mime: 'application/pdf',
      dataBase64: PDF.toString('base64'),
    });
    expect(a).toMatchObject({
      fileName: '签收单.pdf',
      size: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const back = await desk.call('attachments:get', { attachmentId: a.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(PDF)).toBe(true);
    const c = await desk.call('carriers:attach', { carrierId: id, attachmentId: a.id, label: '签收单' });
    expect(c.attachments).toEqual([{ attachmentId: a.id, label: '签收单', fileName: '签收单.pdf' }]);
    const db = desk.core.session().db;
    expect(verifyAuditChain(db).ok).toBe(true);
    expect(
      db.$client.prepare("SELECT count(*) FROM audit_log WHERE action = 'attachment_upload'").pluck().get(),
    ).toBe(1);
  });

  it('a file whose bytes do not match its claimed type is refused, and nothing is stored', async () => {
    const desk = await openDesk();
    const e = await desk.refused('attachments:upload', {
      fileName: 'scan.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('MZ\x90\x00 not a pdf', 'latin1').toString('base64'),
    });
    expect(e).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'dataBase64' }] });
    expect(
      (
        await desk.refused('attachments:upload', {
          fileName: 'x.exe',
          mime: 'application/x-msdownload',
          dataBase64: 'AA==',
        } as never)
      ).code,
    ).toBe('VALIDATION');
    expect(desk.core.session().db.$client.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
  });
});
