// 保密津贴 and 因私出国(境) in Chromium: a statement for this month printed to an A4 PDF (unit name, page
// numbers, the person's line and totals, the date written 2026年11月23日), and a private trip through its
// first approval on the travel register.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { login, pickName, SCREENSHOTS, shot, startApp, UNIT } from './app';
import { ok, postedPerson } from './persons-data';

describe('保密津贴 and 因私出国(境) in Chromium', () => {
  it('prints this month’s allowance statement to a PDF, and a trip gets its first approval', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const p = await postedPerson(bridge, `${month}-01`);

    await page.getByRole('menuitem', { name: '保密津贴', exact: true }).click();
    await page.getByText('尚未生成津贴发放表').waitFor();
    await page.getByRole('button', { name: '津贴标准' }).click();
    const settings = page.getByRole('dialog', { name: '人员设置' });
    expect(await settings.getByLabel('重要：保密津贴（元/月）').inputValue()).toBe('450');
    await shot(page, 'persons-allowance-settings');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '生成发放表' }).click();
    const form = page.getByRole('dialog', { name: '生成保密津贴发放表' });
    await form.getByRole('button', { name: '保存' }).click();
    const sheet = page.getByRole('article', { name: '保密津贴发放表（打印预览）' });
    await sheet.waitFor();
    await sheet.getByText('张建华').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'persons-allowance-print');

    const pdf = join(tempDir('baomi-allowance-'), 'allowance.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(flat).toContain(UNIT.name);
    expect(flat).toContain('保密津贴发放表');
    expect(flat).toContain(`发放月份：${now.getFullYear()}年${now.getMonth() + 1}月`);
    // No 年度考核 recorded yet: the column says so (—) beside the amount.
    expect(flat).toContain('张建华办公室重要—450.00');
    expect(flat).toContain('合计（1人，单位：元）');
    expect(flat).toContain(`制表日期：${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`);
    expect(flat).toContain('第1页共1页');
    expect(flat).not.toContain('返回');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-singlefile',
      pdf,
      join(SCREENSHOTS, 'persons-allowance-pdf'),
    ]);

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByText('共 1 条').waitFor();
    await shot(page, 'persons-allowance-register');

    // A private trip: the register lists it, the drawer records 部门领导审批.
    await ok(bridge, 'travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: `${month}-02`,
      plannedDepartOn: `${now.getFullYear() + 1}-02-01`,
      plannedReturnOn: `${now.getFullYear() + 1}-02-10`,
    });
    await page.getByRole('menuitem', { name: '因私出国(境)', exact: true }).click();
    await page.locator('.ant-table-row').getByText('日本').dblclick();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('button', { name: '部门领导审批' }).click();
    const decide = page.locator('.ant-modal').filter({ hasText: '部门领导审批' });
    await pickName(page, decide, '审批人', '赵敏', { unregistered: true });
    await decide.getByRole('button', { name: '保存' }).click();
    await decide.waitFor({ state: 'detached' });
    await drawer.getByText('部门已同意').first().waitFor();
    await drawer.getByRole('button', { name: '保密委员会审批' }).waitFor();
    await shot(page, 'persons-travel');
  }, 180_000);
});
