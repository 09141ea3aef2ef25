// Files dropped on the window, not on a field (issue 21 point 4), in Chromium at 1024×700. The page is given the
// dropped file's place as Electron's preload gives it (`baomiFiles.pathOf`, which the bridge has not): a table
// opens the importer of the register in view, a receipt its import, a package at the supervisor 校验并导入,
// each with the file chosen and refused by the same checks as the button; an unknown kind, a package at the
// unit and a scan with no record open are answered in Chinese.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { login, shot, startApp } from './app';

/** Drop a file of `name` (its bytes need not matter: the core reads the path) on the page's main area. */
async function dropOnWindow(page: Page, name: string) {
  const dt = await page.evaluateHandle((name) => {
    const d = new DataTransfer();
    d.items.add(new File(['x'], name));
    return d;
  }, name);
  const main = page.locator('main, .ant-layout-content').first();
  await main.dispatchEvent('dragover', { dataTransfer: dt });
  await main.dispatchEvent('drop', { dataTransfer: dt });
}

/** What Electron's preload answers: the dropped file lies in `dir`. */
const givePaths = (page: Page, dir: string) =>
  page.evaluate((dir) => {
    (window as unknown as { baomiFiles: unknown }).baomiFiles = { pathOf: (f: File) => `${dir}/${f.name}` };
  }, dir);

const toast = (page: Page, text: string) =>
  page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();

describe('files dropped on the window, in Chromium at 1024×700', () => {
  it('window_drop_opens_matching_import: a table, a receipt and refusals at the unit', async () => {
    const { page } = await startApp({ setUp: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('button', { name: '从表格导入' }).waitFor();
    const dir = tempDir('baomi-drop-');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('载体').addRow(['名称', '密级']);
    await book.xlsx.writeFile(join(dir, '载体台账.xlsx'));
    writeFileSync(join(dir, '回执-0001.bmr'), 'not a receipt');
    await givePaths(page, dir);

    // Unknown kinds and a package at the unit: said in Chinese, nothing opens.
    await dropOnWindow(page, '说明.docx');
    await toast(page, '无法识别“说明.docx”');
    await dropOnWindow(page, '报送-0001.bmx');
    await toast(page, '本单位不导入数据包');
    await dropOnWindow(page, '签收单.pdf');
    await toast(page, '请先打开要附上扫描件的记录');
    await shot(page, 'window-drop-refusals-1024');
    expect(await page.locator('.ant-modal-container').count()).toBe(0);

    // A table: the register's own importer, the file chosen; 读取并检查 reads it as the button's would.
    await dropOnWindow(page, '载体台账.xlsx');
    const imp = page.locator('.ant-modal-container', { hasText: '从表格导入涉密载体台账' });
    await imp.waitFor();
    expect(await imp.getByLabel('文件').inputValue()).toBe(join(dir, '载体台账.xlsx'));
    await imp.getByRole('button', { name: '读取并检查' }).click();
    await imp.getByLabel('工作表').waitFor();
    await shot(page, 'window-drop-xlsx-1024');
    await page.keyboard.press('Escape');
    await imp.waitFor({ state: 'hidden' });

    // A receipt: its import, the file chosen, and the core's refusal of a file that is no receipt.
    await dropOnWindow(page, '回执-0001.bmr');
    const rec = page.locator('.ant-modal-container', { hasText: '导入上级单位回执' });
    await rec.waitFor();
    expect(await rec.getByLabel('回执文件').inputValue()).toBe(join(dir, '回执-0001.bmr'));
    await rec.getByRole('button', { name: '导入回执' }).click();
    await rec.locator('.error-note').waitFor();
    await shot(page, 'window-drop-receipt-1024');
  });

  it('a package dropped at the supervisor opens 校验并导入 with the file chosen, checked as the button checks it', async () => {
    const { page } = await startApp({ setUp: true, mode: 'supervisor' });
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const dir = tempDir('baomi-drop-');
    writeFileSync(join(dir, '报送-0001.bmx'), 'not a package');

    // In the bare Chromium window the place is unknown: the import opens, and says to choose it by 浏览….
    await dropOnWindow(page, '报送-0001.bmx');
    const imp = page.locator('.ant-modal-container', { hasText: '导入下级单位数据包' });
    await imp.waitFor();
    await toast(page, '此窗口无法取得拖入文件的位置');
    expect(await imp.getByLabel('数据包文件').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await imp.waitFor({ state: 'hidden' });

    await givePaths(page, dir);
    await dropOnWindow(page, '报送-0001.bmx');
    await imp.waitFor();
    expect(await imp.getByLabel('数据包文件').inputValue()).toBe(join(dir, '报送-0001.bmx'));
    await imp.getByLabel('回执保存位置').fill(dir);
    await imp.getByRole('button', { name: '校验并导入' }).click();
    await imp.getByRole('alert').first().waitFor();
    await shot(page, 'window-drop-package-1024');
  });
});
