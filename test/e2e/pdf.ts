// The print preview on paper: Chromium's page.pdf (as Electron's printToPDF would), a picture of page 1 to look
// at, and the text pdftotext (poppler-utils) reads back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tempDir } from '../helpers/temp';
import { SCREENSHOTS } from './app';

/** The page as a PDF in the CSS page size; page 1 also goes to test-results/screenshots/<name>.png. */
export async function pagePdf(page: Page, name: string, dpi = 70): Promise<string> {
  const pdf = join(tempDir('baomi-pdf-'), `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(SCREENSHOTS, name),
  ]);
  return pdf;
}

/**
 * The PDF's text without whitespace (pdftotext drops the gaps between CJK glyphs). `layout` keeps a table row on
 * one line; without it the lines of a wrapped cell stay together instead of interleaving with their neighbours.
 */
export function pdfText(pdf: string, { layout = true } = {}): string {
  const args = layout ? ['-layout', pdf, '-'] : [pdf, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, '');
}
