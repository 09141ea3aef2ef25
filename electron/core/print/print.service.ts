import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { PrintPdfInput, PrintPdfView } from '../../ipc/schemas/print';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { resolveOutputPath } from '../util/output-path';

/** Characters a file name may not hold on Windows or Linux, replaced so a form's title can name its file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * Save the print route on screen as a PDF. A printed register is a 涉密载体 like any other copy of its
 * data, so the export is audited with its title and path.
 */
export async function exportPdf(core: AppCore, input: z.output<typeof PrintPdfInput>): Promise<PrintPdfView> {
  core.session();
  if (!core.shell) {
    throw new AppException('INTERNAL', '当前运行环境不能导出 PDF，请使用“打印”。');
  }
  const name = `${input.title.replace(UNSAFE, '_')}-${core.now().slice(0, 10)}.pdf`;
  const path = resolveOutputPath(input.outPath, name, '.pdf');
  const bytes = await core.shell.pagePdf();
  writeFileAtomic(path, bytes);
  core.write(
    'print_pdf',
    'print',
    () => null,
    () => ({ detail: { title: input.title, path, bytes: bytes.length } }),
  );
  return { path, bytes: bytes.length };
}
