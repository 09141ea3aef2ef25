import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { PrintPdfInput, PrintPdfView } from '../../ipc/schemas/print';
import { PdfJoin } from './pdf-join';
import { pdfDestinationPages } from './pdf-pages';
import type { AppCore } from '../app-core';
import type { ShellPort } from '../util/shell-port';
import { writeFileAtomic } from '../util/atomic-write';
import { resolveOutputPath } from '../util/output-path';

/** Characters a file name may not hold on Windows or Linux, replaced so a form's title can name its file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * Where the claimed pages do not hold in the PDF: each target with the page it really fell on, or null when all
 * hold. A target missing from the PDF counts as page 0, so a claim about it never holds.
 */
export function misplacedPages(
  bytes: Uint8Array,
  claims: Record<string, number>,
): Record<string, number> | null {
  const { destinations } = pdfDestinationPages(bytes);
  const actual: Record<string, number> = {};
  let wrong = false;
  for (const [target, page] of Object.entries(claims)) {
    actual[target] = destinations[target] ?? 0;
    if (actual[target] !== page) wrong = true;
  }
  return wrong ? actual : null;
}

/**
 * The page as a PDF: printed whole, or part by part and joined when it says it has parts and the shell can show
 * them one at a time. One webContents prints one PDF at a time, so the parts go one after the other; each part
 * is joined while the next is printed (Chromium prints in its own process), and the page is shown whole again
 * whatever happens.
 */
async function printed(shell: ShellPort, parts: number | undefined): Promise<Uint8Array> {
  if (!parts || parts < 2 || !shell.showPrintPart) return shell.pagePdf();
  const join = new PdfJoin();
  let joining: Promise<void> = Promise.resolve();
  const joinLater = (pdf: Uint8Array) => {
    // A moment after the next part was asked for, so that the request is out before the join takes the thread.
    joining = joining.then(() => new Promise((r) => setTimeout(r, 20))).then(() => join.add(pdf));
    // Seen when awaited below; until then a failed join must not count as unhandled.
    joining.catch(() => undefined);
  };
  let last: Uint8Array | null = null;
  try {
    for (let k = 0; k < parts; k++) {
      await shell.showPrintPart(k);
      const printing = shell.pagePdf();
      if (last) joinLater(last);
      last = await printing;
    }
  } finally {
    await shell.showPrintPart(null);
  }
  if (last) joinLater(last);
  await joining;
  return join.bytes();
}

/**
 * Save the print route on screen as a PDF. A printed register is a 涉密载体 like any other copy of its
 * data, so the export is audited with its title and path. A print that says on which pages its parts fall (a
 * book's contents) is written only if the PDF agrees: a wrong contents page is never kept.
 */
export async function exportPdf(core: AppCore, input: z.output<typeof PrintPdfInput>): Promise<PrintPdfView> {
  core.session();
  if (!core.shell) {
    throw new AppException('INTERNAL', '当前运行环境不能导出 PDF，请使用“打印”。');
  }
  const name = `${input.title.replace(UNSAFE, '_')}-${core.now().slice(0, 10)}.pdf`;
  const path = resolveOutputPath(input.outPath, name, '.pdf');
  const bytes = await printed(core.shell, input.parts);
  const misplaced = input.pages ? misplacedPages(bytes, input.pages) : null;
  if (misplaced) return { path: '', bytes: 0, misplaced };
  writeFileAtomic(path, bytes);
  core.write(
    'print_pdf',
    'print',
    () => null,
    () => ({ detail: { title: input.title, path, bytes: bytes.length } }),
  );
  return { path, bytes: bytes.length };
}
