// The print frame turned into a PDF by Chromium: A4, the unit name on the page, 第 N 页 共 M 页 page numbers,
// and the Chinese text real text (extracted with pdftotext from poppler-utils), not boxes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { login, shot, startApp, UNIT } from './app';
import { pagePdf, pdfText } from './pdf';

describe('print frame in Chromium', () => {
  it('the unit sheet prints to an A4 PDF with the unit name and page numbers in Chinese', async () => {
    const { page } = await startApp({ setUp: true });
    await login(page);
    await page.getByRole('button', { name: '打印单位基本情况表' }).click();
    await page.getByRole('article', { name: '单位基本情况表（打印预览）' }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'print-preview');

    // A picture of the first page goes to the screenshots, to look at: fonts present, nothing clipped.
    const pdf = await pagePdf(page, 'print-pdf-page1');
    const flat = pdfText(pdf);
    expect(flat).toContain(UNIT.name);
    expect(flat).toContain('单位基本情况表');
    expect(flat).toContain('涉密移动存储介质');
    // The sheet runs onto a second page: both pages are numbered, and the table header repeats.
    expect(flat).toContain('第1页共2页');
    expect(flat).toContain('第2页共2页');
    expect(flat.split('序号台账状态').length - 1).toBe(2);
    // The screen's toolbar is not printed.
    expect(flat).not.toContain('返回');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*pts \(A4\)/);
  });
});
