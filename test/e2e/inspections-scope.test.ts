// 检查范围（部门） in Chromium over the real core: a 抽查 of two departments opened from the keyboard alone (the
// kind chosen with the arrows, each department typed and taken with Enter), both names in the check's drawer
// and in the register's row, and in the header of the printed 保密工作自查表.
import { describe, expect, it } from 'vitest';
import { login, shot, startApp } from './app';
import { ok } from './persons-data';

describe('a check over several departments in Chromium', () => {
  it('a 抽查 of 办公室 and 财务处 by keyboard: the drawer, the register and the printed 自查表 name both', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    for (const name of ['办公室', '保密办', '财务处']) await ok(bridge, 'departments:create', { name });

    await page.getByRole('menuitem', { name: '保密检查与整改', exact: true }).click();
    await page.getByRole('button', { name: '新建检查' }).click();
    const dialog = page.getByRole('dialog', { name: '新建保密检查' });
    // 检查类型: from 部门自查 two down to 抽查, by the arrows.
    await dialog.getByLabel('检查类型').focus();
    await page.keyboard.press('ArrowDown');
    const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
    for (let i = 0; i < 6 && (await active.textContent()) !== '抽查'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => active.textContent()).toBe('抽查');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('检查名称').focus();
    await page.keyboard.type('第二季度保密抽查');
    // 被查部门: type part of each name, Enter takes it, the list stays open for the next.
    await dialog.getByLabel('被查部门').focus();
    await page.keyboard.type('办公');
    await page.keyboard.press('Enter');
    await page.keyboard.type('财务');
    await page.keyboard.press('Enter');
    const chosen = dialog.locator('.ant-select-selection-item');
    await expect.poll(() => chosen.allTextContents()).toEqual(['办公室', '财务处']);
    await shot(page, 'inspections-scope-form');
    // 检查人员: several names, each typed and taken with Enter (nobody here is registered, so the one choice is
    // the explicit unregistered name).
    await dialog.getByLabel('检查人员').focus();
    for (const name of ['王丽', '周强']) {
      await page.keyboard.type(name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
        .filter({ hasText: `使用未登记的名称「${name}」` })
        .waitFor();
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() =>
        dialog
          .locator('.ant-form-item', { hasText: '检查人员' })
          .locator('.ant-select-selection-item')
          .allTextContents(),
      )
      .toEqual(['王丽', '周强']);
    // Each name taken closes the list: the next Enter saves.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // The check's drawer opens on it: its particulars name both departments.
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('被查部门/人员').waitFor();
    await drawer.locator('.ant-descriptions').getByText('办公室、财务处', { exact: true }).waitFor();
    await shot(page, 'inspections-scope-drawer');
    const list = await ok<{ rows: { kind: string; departments: string[]; inspectors: string }[] }>(
      bridge,
      'inspections:list',
      {},
    );
    // Stored as it always was: one text, the names joined by 、 (the prints and the exchange read it so).
    expect(list.rows).toMatchObject([
      { kind: 'spot', departments: ['办公室', '财务处'], inspectors: '王丽、周强' },
    ]);

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page
      .getByRole('row', { name: /第二季度保密抽查/ })
      .getByText('办公室、财务处')
      .waitFor();
    await shot(page, 'inspections-scope-register');
    // The row opens its drawer again by Enter; the printed 保密工作自查表 names both in its header.
    await page.getByRole('row', { name: /第二季度保密抽查/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.ant-drawer-open').getByRole('button', { name: '打印自查表' }).click();
    const head = page.locator('.print-table').first();
    await head.getByText('办公室、财务处', { exact: true }).waitFor();
    expect(await head.locator('th', { hasText: '被查部门' }).count()).toBe(1);
    await shot(page, 'inspections-scope-print');

    // 修改检查范围 from the drawer: 保密办 added by keyboard, the drawer names all three.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('row', { name: /第二季度保密抽查/ }).focus();
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: '修改检查范围' }).click();
    const edit = page.getByRole('dialog', { name: '修改检查范围' });
    await edit.getByLabel('被查部门').focus();
    await page.keyboard.type('保密');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => edit.locator('.ant-select-selection-item').allTextContents())
      .toEqual(['办公室', '财务处', '保密办']);
    // Tab leaves the field and closes the list, keeping what was taken; then 保存.
    await page.keyboard.press('Tab');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    expect(await edit.locator('.ant-select-selection-item').count()).toBe(3);
    await shot(page, 'inspections-scope-edit');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-descriptions').getByText('办公室、财务处、保密办', { exact: true }).waitFor();
    await shot(page, 'inspections-scope-edited');
  });
});
