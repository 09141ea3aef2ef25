// The person page (issue 23, point 9), in Chromium at 1024×700 and 1366×860: the header keeps the name on one
// line with the papers in one 打印 menu, and the printed 涉密人员登记表 states the 涉密等级 even when it was
// entered with the person (no 审定 chain recorded here), instead of "无".
import { describe, expect, it } from 'vitest';
import { login, shot, startApp } from './app';
import { ok } from './persons-data';
import { printFromMenu } from './print-menu';

describe('the person page in Chromium', () => {
  it('lays out its header at 1024 and 1366, prints from a menu, and the 登记表 shows the 涉密等级审定', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, core } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const dept = await ok<{ id: number }>(bridge, 'departments:create', { name: '办公室' });
    const p = await ok<{ id: number }>(bridge, 'persons:create', {
      name: '欧阳建华',
      gender: 'male',
      idNumber: '110101198503151235',
      departmentId: dept.id,
      proposedOn: '2026-01-05',
      posts: [{ post: '机要员', level: 'secret', startedOn: '2026-01-05' }],
    });
    // A 重要 person carried over from the paper register: the clearance without a chain recorded here.
    core
      .session()
      .db.$client.prepare(
        "UPDATE persons SET clearance = 'important', clearance_rank = 2, cleared_on = '2026-01-05' WHERE id = ?",
      )
      .run(p.id);

    await page.getByRole('menuitem', { name: '涉密人员', exact: true }).click();
    await page.getByRole('link', { name: '欧阳建华' }).click();
    const name = page.locator('.person-head .person-name');
    await name.waitFor();
    for (const [width, height] of [
      [1024, 700],
      [1366, 860],
    ] as const) {
      await page.setViewportSize({ width, height });
      const box = await name.boundingBox();
      // One line: as wide as four characters, no taller than one line of the title.
      expect(box?.width ?? 0).toBeGreaterThan(60);
      expect(box?.height ?? 99).toBeLessThan(40);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await shot(page, `person-page-${width}`);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    await printFromMenu(page, '打印登记表');
    const sheet = page.getByRole('article', { name: '涉密人员登记表（打印预览）' });
    await sheet.waitFor();
    const part = sheet.locator('h2', { hasText: '涉密等级审定' }).locator('xpath=following-sibling::*[1]');
    expect(await part.textContent()).toContain('重要');
    expect(await part.textContent()).not.toBe('无');
    await shot(page, 'person-print-register-1024');
  });
});
