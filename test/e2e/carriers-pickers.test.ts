// Pickers, not free text, in the carrier action forms (issue 23 point 7), in Chromium at 1024×700: the borrower,
// the 移交 recipient and the 复制 custodian are chosen from the 涉密人员 and 在职人员 with type-ahead, a chosen
// person brings their department, and a name nobody registered is kept only by choosing it. The register's
// search runs as the clerk types (point 12), without Enter; 份号 show as printed (point 8).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { idNumber } from '../electron/core/persons/helpers';
import { CLERK, login, pickName, shot, startApp } from './app';
import { ok } from './persons-data';

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
const options = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');

describe('pickers in the carrier action forms, in Chromium at 1024×700', () => {
  it('person_pickers_in_action_forms: 借阅, 移交 and 复制 choose persons and departments from the lists', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await ok(bridge, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const dept = await ok<{ id: number }>(bridge, 'departments:create', { name: '机要科' });
    await ok(bridge, 'departments:create', { name: '档案科' });
    await ok(bridge, 'persons:create', {
      name: '张建华',
      gender: 'male',
      idNumber: idNumber('19850315', '123'),
      departmentId: dept.id,
      proposedOn: '2026-01-05',
      posts: [{ post: '机要员', level: 'secret', startedOn: '2026-01-05' }],
    });
    const archive = await ok<{ id: number; name: string }[]>(bridge, 'departments:list', {});
    const archiveId = archive.find((d) => d.name === '档案科')?.id;
    await ok(bridge, 'trainings:addStaff', { name: '赵敏', departmentId: archiveId, post: '档案员' });
    // Its 份号 as the issuer printed them (issue 23 point 8): 0015 stays 0015.
    await ok(
      bridge,
      'carriers:register',
      received({ name: '年度保密检查通知', copyNos: undefined, copyNoTexts: ['0015', '0016'] }),
    );
    await ok(bridge, 'carriers:register', received({ name: '人事档案移交清单', docNo: '人〔2026〕3号' }));
    // The 一览表: one item in use, one retired (the 定密依据 picker offers the first only).
    const item = { level: 'secret', term: { kind: 'period', years: 10 }, classifierName: '李建国' };
    await ok(bridge, 'classification:create', { ...item, name: '本单位核心技术参数' });
    const retired = await ok<{ id: number }>(bridge, 'classification:create', {
      ...item,
      name: '已撤销的旧事项',
    });
    await ok(bridge, 'classification:update', { id: retired.id, patch: { active: false } });
    await ok(bridge, 'session:lock', {});
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    const rows = page.locator('.register-table .ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);

    // Search as you type: the list narrows without Enter, once the clerk pauses.
    await page.getByRole('searchbox', { name: '搜索' }).pressSequentially('人事', { delay: 40 });
    await page.getByText('共 1 条').waitFor();
    await rows.filter({ hasText: '人事档案移交清单' }).waitFor();
    await page.getByRole('searchbox', { name: '搜索' }).fill('');
    await page.getByText('共 2 条').waitFor();

    await rows.filter({ hasText: '年度保密检查通知' }).dblclick();
    const actions = page.locator('.carrier-actions');
    await actions.getByRole('button', { name: '借阅', exact: true }).click();
    // copy_label_shown: the drawer lists 0015 and 0016, and the copy choices name them so.
    await page.locator('.ant-drawer-open').getByRole('cell', { name: '0015', exact: true }).waitFor();
    const borrow = dialog(page, /^借阅/);
    await borrow.waitFor();
    expect(await borrow.getByLabel('0015号（在管·王丽）').count()).toBe(1);
    expect(await borrow.getByLabel('0016号（在管·王丽）').count()).toBe(1);
    // Two characters find the 涉密人员; choosing him brings his department.
    await borrow.getByLabel('借阅人姓名', { exact: true }).fill('建华');
    await options(page).filter({ hasText: '张建华（机要科）' }).waitFor();
    await shot(page, 'pickers-borrower-1024');
    await options(page).filter({ hasText: '张建华（机要科）' }).click();
    await expect
      .poll(() => borrow.locator('.ant-form-item', { hasText: '借阅人部门' }).textContent())
      .toContain('机要科');
    // The 在职人员 are offered too, marked as such.
    await borrow.getByLabel('借阅人姓名', { exact: true }).fill('赵');
    await options(page).filter({ hasText: '赵敏（档案科 · 在职人员）' }).waitFor();
    // A name in no list: offered only as the explicit choice to keep it unregistered.
    await borrow.getByLabel('借阅人姓名', { exact: true }).fill('钱多多');
    await options(page).filter({ hasText: '使用未登记的名称「钱多多」' }).waitFor();
    await expect.poll(() => options(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await borrow.getByRole('button', { name: '取消' }).click();
    await borrow.waitFor({ state: 'hidden' });

    // 移交: the recipient is a picker too.
    await actions.getByRole('button', { name: '移交', exact: true }).click();
    const hand = dialog(page, /^移交/);
    await hand.waitFor();
    expect(await hand.getByRole('combobox', { name: '接收人姓名' }).count()).toBe(1);
    expect(await hand.getByRole('combobox', { name: '接收人部门' }).count()).toBe(1);
    await pickName(page, hand, '接收人姓名', '赵敏');
    await expect
      .poll(() => hand.locator('.ant-form-item', { hasText: '接收人部门' }).textContent())
      .toContain('档案科');
    await shot(page, 'pickers-handover-1024');
    await hand.getByRole('button', { name: '取消' }).click();
    await hand.waitFor({ state: 'hidden' });

    // 复制: 所属部门 and 保管人 are pickers; the custodian chosen brings their department.
    await actions.getByRole('button', { name: '复制', exact: true }).click();
    const copy = dialog(page, /^复制/);
    await copy.waitFor();
    expect(await copy.getByRole('combobox', { name: '保管人' }).count()).toBe(1);
    expect(await copy.getByRole('combobox', { name: '所属部门' }).count()).toBe(1);
    await pickName(page, copy, '保管人', '张建华');
    await expect
      .poll(() => copy.locator('.ant-form-item', { hasText: '所属部门' }).first().textContent())
      .toContain('机要科');
    await shot(page, 'pickers-copy-1024');
    await copy.getByRole('button', { name: '取消' }).click();
    await copy.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');

    // 登记: 定密依据 offers the 一览表's items in use, by name (classification:picker).
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const reg = dialog(page, '登记涉密载体');
    await reg.waitFor();
    await reg.getByLabel('定密依据（国家秘密事项一览表）').click();
    await options(page).filter({ hasText: '本单位核心技术参数' }).waitFor();
    expect(await options(page).allTextContents()).toEqual(['本单位核心技术参数']);
    await shot(page, 'pickers-classification-item-1024');
  });
});
