// The year book's contents against the PDF as exported: a year of a few thousand carriers, so the big registers
// run over many pages. The book is written by the core (book-pdf.ts) from 导出 PDF on the register's page: each
// contents line must give the page its section's heading is printed on (read back per page with pdftotext), the
// same page as the PDF's own named destinations, and every page must say 第 N 页 共 M 页 of the whole.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../db/domain/numerals';
import { YEARBOOK_SECTION_LABELS } from '../../db/domain/labels';
import { YEARBOOK_SECTIONS } from '../../db/domain/vocab';
import { pdfDestinationPages } from '../../electron/core/print/pdf-pages';
import { today } from '../../electron/core/util/dates';
import { tempDir } from '../helpers/temp';
import { shot } from './app';
import { bookUnit } from './yearbook-unit';

describe('年度保密工作台账 PDF: the contents hold', () => {
  it('every section starts on the page the contents give, in the PDF written by 导出 PDF', async () => {
    const { bridge, page, core } = await bookUnit(2500);
    const year = Number(today(core.clock).slice(0, 4));

    await bridge.open('reg/yearbook');
    await page.getByRole('tab', { name: '年度保密工作台账' }).click();
    await page.getByRole('row', { name: /涉密载体借阅/ }).waitFor();
    const out = tempDir('baomi-yearbook-pages-');
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByLabel('保存到文件夹').fill(out);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('已导出').first().waitFor({ timeout: 120_000 });
    await shot(page, 'yearbook-pages-exported');
    const file = join(out, readdirSync(out)[0] ?? '');
    expect(file).toMatch(new RegExp(`${year}年度保密工作台账\\.pdf$`));
    const claims = pdfDestinationPages(readFileSync(file)).destinations;
    expect(Object.keys(claims)).toHaveLength(YEARBOOK_SECTIONS.length);

    // Where each heading really is: the first page whose text carries "N、title" (the contents lines do not).
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    const fell: Record<string, number> = {};
    YEARBOOK_SECTIONS.forEach((id, i) => {
      const heading = `${chineseNumber(i + 1)}、${YEARBOOK_SECTION_LABELS[id]}`;
      fell[`yearbook-${id}`] = pages.findIndex((p) => p.includes(heading)) + 1;
    });
    expect(fell).toEqual(claims);
    // And the contents as printed in that file say the same: each line's last number (the pages before the first
    // section's).
    const contentsEnd = Math.min(...Object.values(claims)) - 1;
    const contents = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', String(contentsEnd), file, '-'], {
      encoding: 'utf8',
    })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim());
    const printed: Record<string, number> = {};
    for (const id of YEARBOOK_SECTIONS) {
      const line = contents.find((l) => l.includes(` ${YEARBOOK_SECTION_LABELS[id]} `)) ?? '';
      printed[`yearbook-${id}`] = Number(/(\d+)$/.exec(line)?.[1]);
    }
    expect(printed).toEqual(fell);
    // The year is long enough for sections of many pages, and every page is numbered of the whole.
    const starts = Object.values(claims).sort((a, b) => a - b);
    expect(Math.max(...starts.slice(1).map((s, i) => s - (starts[i] ?? 0)))).toBeGreaterThan(5);
    const total = pages.filter((p) => p.length > 0).length;
    expect(total).toBeGreaterThan(30);
    const folios = pages.slice(0, total).map((p) => /第(\d+)页共(\d+)页/.exec(p)?.slice(1).join('/'));
    expect(folios).toEqual(Array.from({ length: total }, (_, i) => `${i + 1}/${total}`));
  }, 300_000);
});
