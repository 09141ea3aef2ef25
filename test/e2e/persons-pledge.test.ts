// 保密承诺书 filled with the person's data, printed to an A4 PDF whose text pdftotext reads back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { login, shot, startApp, UNIT } from './app';
import { printFromMenu } from './print-menu';
import { postedPerson } from './persons-data';

describe('保密承诺书 print in Chromium', () => {
  it('prints the onboarding pledge with the person, department, post, clearance and the signing date', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const year = new Date().getFullYear();
    await postedPerson(bridge, `${year}-01-05`);
    await page.getByRole('menuitem', { name: '涉密人员', exact: true }).click();
    await page.getByRole('link', { name: '张建华' }).click();
    await printFromMenu(page, '打印保密承诺书');
    await page.getByRole('article', { name: '保密承诺书（打印预览）' }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'persons-pledge-print');
    const pdf = join(tempDir('baomi-pledge-'), 'pledge.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(flat).toContain(UNIT.name);
    expect(flat).toContain('上岗保密承诺书');
    expect(flat).toContain('本人张建华，办公室机要员，涉密等级重要');
    expect(flat).toContain('自愿接受保密审查');
    expect(flat).toContain(`签订日期：${year}年1月5日`);
    expect(flat).toMatch(/第1页共\d页/);
    expect(flat).not.toContain('返回');
  });
});
