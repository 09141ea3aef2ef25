// Forms that help (issue 23, point 8), in Chromium at 1024×700: the 登记 form offers the host's 密级 the first
// time and the last one used afterwards, warns while the 密级 is above this PC's level, keeps 清点份数 equal to
// 份数 until the clerk types a count, and asks for the 来文/发文单位 once (it is the 签收's 来文单位 too).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, shot, startApp } from './app';

const dialog = (page: Page) =>
  page
    .locator('.ant-modal-container')
    .filter({ has: page.locator('.ant-modal-title', { hasText: '登记涉密载体' }) });

async function openForm(page: Page) {
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const reg = dialog(page);
  await reg.waitFor();
  return reg;
}

/** The text of the 密级 item: its label and the level chosen. */
const levelShown = async (reg: ReturnType<typeof dialog>) =>
  (
    await reg
      .locator('.ant-form-item')
      .filter({ has: reg.page().locator('#level') })
      .textContent()
  )?.replace('密级', '');

describe('the 登记 form helps in Chromium at 1024×700', () => {
  it('密级 from the host then the last used, a warning above the host, 清点份数 from 份数, one unit field', async () => {
    const { page, core, dispatcher } = await startApp({ setUp: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    expect((await dispatcher.dispatch('departments:create', { name: '机要科' })).ok).toBe(true);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();

    let reg = await openForm(page);
    // First time on this 秘密 PC: 秘密, no warning.
    expect(await levelShown(reg)).toBe('秘密');
    expect(await reg.locator('.level-above-host').count()).toBe(0);
    await reg.getByLabel('名称', { exact: true }).fill('关于做好2026年度保密检查工作的通知');
    await reg.getByLabel('来文/发文单位').fill('省保密办');
    expect(await reg.getByLabel('来文单位', { exact: true }).count()).toBe(0);
    await reg.getByLabel('年', { exact: true }).fill('10');
    await reg.getByLabel('制发日').fill('2026-11-20');
    await reg.getByLabel('制发日').press('Enter');
    // 份数 3: 清点份数 follows.
    await reg.getByLabel('份数', { exact: true }).fill('3');
    await expect.poll(() => reg.getByLabel('清点份数').inputValue()).toBe('3');
    // 机密 on a 秘密 PC: allowed, with the warning in view.
    await reg.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '机密' }).click();
    await reg.locator('.level-above-host').getByText('本机为秘密级，所选密级（机密）高于本机。').waitFor();
    await reg.getByLabel('知悉范围').fill('办公室');
    await reg.getByLabel('知悉范围').press('Enter');
    // 所属部门 from the unit's departments, by type-ahead (point 7).
    await reg.getByLabel('所属部门').fill('机要');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^机要科$/ })
      .click();
    await reg.getByLabel('存放位置').fill('机要室3号保密柜');
    // 份号 typed as printed keep that form (point 8).
    await reg.getByLabel(/^份号/).fill('0007 0008 0009');
    await shot(page, 'forms-register-help-1024');
    await reg.getByRole('button', { name: '登记', exact: true }).click();
    await reg.waitFor({ state: 'detached' });
    const saved = core.session().db.$client.prepare('SELECT level, issuer, department FROM carriers').all();
    expect(saved).toEqual([{ level: 'secret', issuer: '省保密办', department: '机要科' }]);
    const copies = core.session().db.$client.prepare('SELECT copy_no, copy_label FROM carrier_copies').all();
    expect(copies).toEqual([
      { copy_no: 7, copy_label: '0007' },
      { copy_no: 8, copy_label: '0008' },
      { copy_no: 9, copy_label: '0009' },
    ]);
    const receipt = core
      .session()
      .db.$client.prepare("SELECT counterpart FROM carrier_events WHERE kind = 'register'")
      .get() as { counterpart: string } | undefined;
    // The 签收's 来文单位 is the unit named once.
    expect(receipt?.counterpart).toBe('省保密办');
    await page.keyboard.press('Escape');

    // The next 登记 offers 机密, the level last used (with its warning).
    reg = await openForm(page);
    expect(await levelShown(reg)).toBe('机密');
    await reg.locator('.level-above-host').waitFor();
    // A department not in the list is kept only by choosing so explicitly.
    await reg.getByLabel('所属部门').fill('档案馆');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: '使用未登记的名称「档案馆」',
      })
      .click();
    expect(
      await reg
        .locator('.ant-form-item')
        .filter({ has: page.locator('#department') })
        .textContent(),
    ).toContain('档案馆');
    // A count typed by the clerk is theirs: 份数 no longer moves it.
    await reg.getByLabel('清点份数').fill('2');
    await reg.getByLabel('份数', { exact: true }).fill('4');
    await page.waitForTimeout(100);
    expect(await reg.getByLabel('清点份数').inputValue()).toBe('2');
  });
});
