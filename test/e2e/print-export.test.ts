// 导出 PDF from a print route, through the core: the shell renders the page (page.pdf here, printToPDF in
// Electron), the core writes the file atomically, names it after the form and audits the export.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/audit/audit';
import { tempDir } from '../helpers/temp';
import { login, shot, startApp, UNIT } from './app';

describe('PDF export of a print route', () => {
  it('saves the unit sheet as a PDF in the chosen folder, with an audit entry; a missing folder is refused', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByRole('button', { name: '打印单位基本情况表' }).click();
    await page.getByRole('article', { name: '单位基本情况表（打印预览）' }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByLabel('保存到文件夹').fill('/nonexistent/folder');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('不是已有的文件夹').waitFor();
    await shot(page, 'print-export-refused');

    const dir = tempDir('baomi-pdf-');
    await page.getByLabel('保存到文件夹').fill(dir);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('已导出').waitFor();
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^单位基本情况表-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = execFileSync('pdftotext', [join(dir, files[0] as string), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(text).toContain(UNIT.name);
    expect(text).toContain('第1页共');
    // The toolbar and the popover are not on paper.
    expect(text).not.toContain('导出PDF');
    const audit = listAudit(bridge.core.session().db, { page: 1, pageSize: 5, action: 'print_pdf' });
    expect(audit.rows[0]).toMatchObject({ action: 'print_pdf' });
    expect(audit.rows[0]?.detail).toContain('单位基本情况表');
  });
});
