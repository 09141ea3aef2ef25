// 年度台账与自查自评 in Chromium over a seeded year: the clerk writes an area's text, exports the report as Word
// and as PDF, then the 年度保密工作台账 as a workbook and as one PDF book (cover, contents, every §2.1 section,
// page numbers). The PDFs are read back with pdftotext; screenshots in test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHECK_AREA_LABELS, YEARBOOK_SECTION_LABELS } from '../../db/domain/labels';
import { CHECK_AREAS, YEARBOOK_SECTIONS } from '../../db/domain/vocab';
import { tempDir } from '../helpers/temp';
import { seedYear } from '../electron/core/yearbook/seed';
import { login, SCREENSHOTS, shot, startApp, UNIT } from './app';
import { pagePdf, pdfText } from './pdf';
import { pdfDestinationPages } from '../../electron/core/print/pdf-pages';

async function printed(page: Page, title: string, name: string): Promise<string> {
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, name);
  const pdf = await pagePdf(page, `${name}-pdf`);
  // Pages 2–4 too (contents and the first chapters), to look at.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '2',
    '-l',
    '4',
    pdf,
    join(SCREENSHOTS, `${name}-page`),
  ]);
  const flat = pdfText(pdf, { layout: false });
  expect(flat).toContain(UNIT.name);
  expect(flat).toMatch(/第1页共\d+页/);
  // The toolbar is not on paper (the registers' own 返回时间 headings are).
  expect(flat).not.toContain('导出PDF');
  return flat;
}

async function exportTo(page: Page, button: string): Promise<string> {
  const out = tempDir('baomi-yearbook-out-');
  await page.getByRole('button', { name: button }).click();
  await page.getByLabel('保存到文件夹').fill(out);
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByText('已导出').first().waitFor();
  await page.getByText('已导出').first().waitFor({ state: 'detached' });
  const files = readdirSync(out);
  expect(files).toHaveLength(1);
  return join(out, files[0] ?? '');
}

describe('年度台账与自查自评 in Chromium', () => {
  it('writes an area, exports the report (Word, PDF) and the year book (Excel, PDF)', async () => {
    const { page, core } = await startApp({ setUp: true });
    await login(page);
    const menu = page.getByRole('menuitem', { name: '年度台账与自查自评', exact: true });
    await menu.waitFor();
    seedYear(core.session().db);
    await menu.click();
    await page.getByRole('spinbutton', { name: '年度' }).fill('2026');
    await page.getByRole('spinbutton', { name: '年度' }).press('Enter');

    // The 载体 area: its figures from the registers, and the clerk's text saved.
    const carriers = page.getByTestId('area-carriers');
    await carriers.getByText('本年收到涉密载体（件）').waitFor();
    await carriers.getByRole('row', { name: /本年收到涉密载体（件）\s*3/ }).waitFor();
    await carriers.getByLabel(/国家秘密载体管理情况/).fill('全年收发登记完整，清点两次，无丢失。');
    await carriers.getByRole('button', { name: '保存本领域' }).click();
    await page.getByText('已保存：国家秘密载体管理情况').waitFor();
    await carriers.getByText(/上次保存/).waitFor();
    await shot(page, 'yearbook-self-assessment');

    const docx = await exportTo(page, '导出 Word');
    expect(docx).toMatch(/2026年度保密自查自评报告\.docx$/);
    const xml =
      (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('全年收发登记完整，清点两次，无丢失。');

    // The report on A4, then saved as PDF through the print path.
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
    const report = await printed(page, '2026年度保密自查自评报告', 'yearbook-report-print');
    for (const area of CHECK_AREAS) expect(report).toContain(CHECK_AREA_LABELS[area].replace(/\s/g, ''));
    expect(report).toContain('十三、其他遵守保密法律法规和相关制度的情况');
    expect(report).toContain('本年收到涉密载体（件）3');
    expect(report).toContain('全年收发登记完整，清点两次，无丢失。');
    expect(report).toContain('单位主要负责人（签字）');
    const reportPdf = await exportTo(page, '导出 PDF');
    expect(reportPdf).toMatch(/2026年度保密自查自评报告-\d{4}-\d{2}-\d{2}\.pdf$/);

    // The year book: the sections with their counts, the workbook, and the PDF book.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('spinbutton', { name: '年度' }).fill('2026');
    await page.getByRole('spinbutton', { name: '年度' }).press('Enter');
    await page.getByRole('tab', { name: '年度保密工作台账' }).click();
    await page.getByRole('row', { name: /本年度收到密件\s*3/ }).waitFor();
    await shot(page, 'yearbook-sections');
    const xlsx = await exportTo(page, '导出 Excel');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets).toHaveLength(YEARBOOK_SECTIONS.length);

    await page.getByRole('tabpanel').getByRole('button', { name: '打印', exact: true }).click();
    // The contents get each section's first page once the print route has cut the book into pages.
    await page.locator('.yearbook-contents[data-paged="done"]').waitFor({ timeout: 60_000 });
    const book = await printed(page, '2026年度保密工作台账', 'yearbook-book-print');
    const numbers = await page
      .locator('.yearbook-contents tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.lastElementChild?.textContent)));
    expect(numbers).toHaveLength(YEARBOOK_SECTIONS.length);
    // Page 3 at the earliest (cover, contents), each section on a later page than the one before.
    expect(numbers[0]).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] ?? 0);
    // Each number is the page the chapter's title is printed on.
    const paged = await pagePdf(page, 'yearbook-book-pages');
    for (const [i, id] of YEARBOOK_SECTIONS.entries()) {
      const n = String(numbers[i]);
      const text = execFileSync('pdftotext', ['-f', n, '-l', n, paged, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ''), `${YEARBOOK_SECTION_LABELS[id]} on page ${n}`).toContain(
        `、${YEARBOOK_SECTION_LABELS[id]}`,
      );
    }
    expect(book).toContain('2026年度保密工作台账');
    expect(book).toContain('目录');
    let at = book.indexOf('目录');
    // Every section is in the contents and then as a chapter, in the order of §2.1.
    for (const [i, id] of YEARBOOK_SECTIONS.entries()) {
      const title = YEARBOOK_SECTION_LABELS[id];
      expect(book).toContain(title);
      const chapter = book.indexOf(`、${title}`, at);
      expect(chapter, `${i + 1} ${title}`).toBeGreaterThan(at);
      at = chapter;
    }
    expect(book).toContain('文件3');

    // 导出 PDF on the register's page: the same book written by the core, its contents checked against its pages.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('tab', { name: '年度保密工作台账' }).click();
    const bookPdf = await exportTo(page, '导出 PDF');
    expect(bookPdf).toMatch(/2026年度保密工作台账\.pdf$/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      bookPdf,
      join(SCREENSHOTS, 'yearbook-book-export'),
    ]);
    const { destinations } = pdfDestinationPages(readFileSync(bookPdf));
    const exported = pdfText(bookPdf, { layout: false });
    let from = exported.indexOf('目录');
    for (const [i, id] of YEARBOOK_SECTIONS.entries()) {
      const n = String(destinations[`yearbook-${id}`]);
      const text = execFileSync('pdftotext', ['-f', n, '-l', n, bookPdf, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ''), `${YEARBOOK_SECTION_LABELS[id]} on page ${n}`).toContain(
        `、${YEARBOOK_SECTION_LABELS[id]}`,
      );
      const chapter = exported.indexOf(`、${YEARBOOK_SECTION_LABELS[id]}`, from);
      expect(chapter, `${i + 1}`).toBeGreaterThan(from);
      from = chapter;
    }
    expect(exported).toContain('文件3');
  }, 240_000);
});
