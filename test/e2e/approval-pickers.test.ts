// The last free-text persons of issue 23 point 7, in Chromium at 1024×700: the approver of an action (the one
// ApprovalFields every register shares) is chosen from the 涉密人员 and 在职人员 with type-ahead and brings their
// post into 职务; a name nobody registered is kept only by choosing it. A check's 检查人员 takes several persons
// the same way and is stored as the one text it always was ("张建华、孙伟"). An action the rule does not allow without
// an approval marks its approval fields required (point 8).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { idNumber } from '../electron/core/persons/helpers';
import { CLERK, login, pickNames, shot, startApp } from './app';
import { ok } from './persons-data';

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
const options = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');

describe('approvers and inspectors chosen from the lists, in Chromium at 1024×700', () => {
  it('approver_and_inspectors_pickers: 审批人 brings 职务, 检查人员 takes several names', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await ok(bridge, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const office = await ok<{ id: number }>(bridge, 'departments:create', { name: '办公室' });
    const secret = await ok<{ id: number }>(bridge, 'departments:create', { name: '机要科' });
    await ok(bridge, 'persons:create', {
      name: '张建华',
      gender: 'male',
      idNumber: idNumber('19850315', '123'),
      departmentId: secret.id,
      proposedOn: '2026-01-05',
      posts: [{ post: '机要员', level: 'secret', startedOn: '2026-01-05' }],
    });
    // The unit's leader is in post (在职人员) but holds no 涉密岗位: approvers usually are.
    await ok(bridge, 'trainings:addStaff', { name: '李建国', departmentId: office.id, post: '局长' });
    await ok(bridge, 'carriers:register', received({ name: '年度保密检查通知' }));
    await ok(bridge, 'session:lock', {});
    await login(page);

    // 借阅's approval: 审批人 is a picker; two characters find the leader, who brings his post.
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.register-table .ant-table-row').filter({ hasText: '年度保密检查通知' }).dblclick();
    await page.locator('.carrier-actions').getByRole('button', { name: '借阅', exact: true }).click();
    const borrow = dialog(page, /^借阅/);
    await borrow.waitFor();
    expect(await borrow.getByRole('combobox', { name: '审批人', exact: true }).count()).toBe(1);
    // approval_marked_required: a 秘密 carrier cannot be lent without an approval (the core's rule), so the
    // form marks its 审批人 and 审批日期 as required, and asks for them before the core is asked.
    const marked = borrow.locator('label.ant-form-item-required');
    expect(await marked.filter({ hasText: /^审批人$/ }).count()).toBe(1);
    expect(await marked.filter({ hasText: /^审批日期$/ }).count()).toBe(1);
    await borrow.getByRole('button', { name: '借出', exact: true }).click();
    await borrow.getByText('请填写审批人').waitFor();
    await borrow.getByLabel('审批人', { exact: true }).fill('建国');
    await options(page).filter({ hasText: '李建国（办公室 · 在职人员）' }).waitFor();
    await shot(page, 'approver-picker-1024');
    await page.setViewportSize({ width: 1366, height: 860 });
    await expect.poll(() => borrow.getByRole('button', { name: '借出', exact: true }).isVisible()).toBe(true);
    await shot(page, 'approver-picker-1366');
    await page.setViewportSize({ width: 1024, height: 700 });
    await options(page).filter({ hasText: '李建国（办公室 · 在职人员）' }).click();
    await expect.poll(() => borrow.getByLabel('审批人职务').inputValue()).toBe('局长');
    // A name in no list: only the explicit choice keeps it.
    await borrow.getByLabel('审批人', { exact: true }).fill('钱多多');
    await options(page).filter({ hasText: '使用未登记的名称「钱多多」' }).waitFor();
    await expect.poll(() => options(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await borrow.getByRole('button', { name: '取消' }).click();
    await borrow.waitFor({ state: 'hidden' });

    // 外出携带's 同行人员: several persons from the lists (or named explicitly), no longer free tags.
    await page.locator('.carrier-actions').getByRole('button', { name: '外出携带', exact: true }).click();
    const carry = dialog(page, /^外出携带/);
    await carry.waitFor();
    await pickNames(page, carry, '同行人员', ['张建华', '孙伟']);
    await expect
      .poll(() =>
        carry
          .locator('.ant-form-item', { hasText: '同行人员' })
          .locator('.ant-select-selection-item')
          .allTextContents(),
      )
      .toEqual(['张建华', '孙伟']);
    await carry.getByRole('button', { name: '取消' }).click();
    await carry.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');

    // 新建检查: 检查人员 takes a registered person and an outside inspector, kept as "张建华、孙伟".
    await page.getByRole('menuitem', { name: '保密检查与整改', exact: true }).click();
    await page.getByRole('button', { name: '新建检查' }).click();
    const open = page.getByRole('dialog', { name: '新建保密检查' });
    await open.getByLabel('检查名称').fill('机要科月度保密自查');
    await open.getByLabel('被查部门').click();
    await options(page).filter({ hasText: '机要科' }).click();
    expect(await open.getByRole('combobox', { name: '检查人员', exact: true }).count()).toBe(1);
    await open.getByLabel('检查人员', { exact: true }).fill('建华');
    await options(page).filter({ hasText: '张建华（机要科）' }).waitFor();
    await shot(page, 'inspectors-picker-1024');
    await pickNames(page, open, '检查人员', ['张建华', '孙伟']);
    const chosen = open
      .locator('.ant-form-item', { hasText: '检查人员' })
      .locator('.ant-select-selection-item');
    await expect.poll(() => chosen.allTextContents()).toEqual(['张建华', '孙伟']);
    await shot(page, 'inspectors-chosen-1024');
    await open.getByRole('button', { name: '保存' }).click();
    await open.waitFor({ state: 'hidden' });
    const list = await ok<{ rows: { title: string; inspectors: string }[] }>(bridge, 'inspections:list', {});
    expect(list.rows).toMatchObject([{ title: '机要科月度保密自查', inspectors: '张建华、孙伟' }]);
  });
});
