// First run in a real Chromium: the wizard, a field error from the core in Chinese, the recovery code shown
// once, then the main layout with the unit and the clerk.
import { describe, expect, it } from 'vitest';
import { ADMINS, CLERK, fillAdmins, shot, startApp, UNIT } from './app';

describe('first-run setup in Chromium', () => {
  it('a new installation is set up through the wizard and lands in the main layout', async () => {
    const { page, core } = await startApp();
    await page.getByText('首次使用：初始化本机').waitFor();
    await shot(page, 'setup-unit');
    // 机关 defaults to 三员分立; an enterprise to the small-unit mode; this unit chooses the small mode.
    expect(await page.getByRole('radio', { name: /三员分立/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '企业' }).check();
    expect(await page.getByRole('radio', { name: /小单位模式/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '机关' }).check();
    await page.getByRole('radio', { name: /小单位模式/ }).check();
    // The steps follow the mode through Form.useWatch, which reports a moment after the click.
    await page.getByText('三员账户').waitFor({ state: 'detached' });
    expect(await page.getByText('三员账户').count()).toBe(0);

    // Step 1 → 2 with Enter; the unit code left wrong on purpose: the core's message comes back in Chinese
    // beside the field, and the wizard returns to the step that holds it.
    await page.getByLabel('单位名称').fill(UNIT.name);
    await page.getByLabel('单位代码').fill('x');
    await page.getByLabel('单位名称').press('Enter');
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByLabel('姓名').fill(CLERK.displayName);
    await page.getByLabel('密码', { exact: true }).fill(CLERK.password);
    await page.getByLabel('再次输入密码').fill(CLERK.password);
    await shot(page, 'setup-account');
    await page.getByRole('button', { name: '完成初始化' }).click();
    await page.getByText('单位代码为 6–18 位数字或大写字母').waitFor();
    expect(await page.getByLabel('单位名称').isVisible()).toBe(true);
    await shot(page, 'setup-field-error');
    expect(core.isSetUp()).toBe(false);

    await page.getByLabel('单位代码').fill(UNIT.unitCode);
    await page.getByRole('radio', { name: /小单位模式/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '完成初始化' }).click();

    const code = page.getByTestId('recovery-code');
    await code.waitFor();
    expect((await code.textContent())?.length).toBeGreaterThanOrEqual(16);
    expect(await page.getByText('恢复码只显示这一次').isVisible()).toBe(true);
    await shot(page, 'setup-recovery-code');
    const next = page.getByRole('button', { name: '下一步' });
    expect(await next.isDisabled()).toBe(true);
    await page.getByText('我已将恢复码抄写在纸上').click();
    await next.click();

    // This PC is offered for the device register (issue 14 point 1), pre-filled with what the core read of it.
    await page.getByRole('button', { name: '登记本机' }).waitFor();
    // The steps stay those of the small-unit mode chosen, after the form that held the choice is gone.
    expect(await page.getByText('三员账户').count()).toBe(0);
    await shot(page, 'setup-host-offer');
    await page.getByRole('button', { name: '登记本机' }).click();
    const reg = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: '登记设备' }) });
    expect(await reg.getByRole('checkbox', { name: '即运行保密工作台的这台计算机' }).isChecked()).toBe(true);
    expect(await reg.getByLabel('操作系统', { exact: true }).inputValue()).not.toBe('');
    await reg.getByLabel('保密编号').fill('BJ-001');
    await reg.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '秘密' }).click();
    await shot(page, 'setup-host');
    await reg.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText('本机已登记为 BJ-001。').waitFor();
    expect(await page.getByRole('button', { name: '登记本机' }).count()).toBe(0);
    await page.getByRole('button', { name: '进入工作台' }).click();

    await page.getByTestId('unit-name').waitFor();
    expect(await page.getByTestId('unit-name').textContent()).toBe(UNIT.name);
    expect(await page.getByTestId('current-user').textContent()).toContain(`${CLERK.displayName}保密员`);
    await page.getByText('待办提醒').waitFor();
    expect(core.isSetUp() && core.isUnlocked()).toBe(true);
    await shot(page, 'home');
  });
});

describe('first-run setup in the strict 三员 mode', () => {
  it('a 机关 sets up the three administrators; the auditor cannot be the same person as an administrator', async () => {
    const { page, core, dispatcher } = await startApp();
    await page.getByText('首次使用：初始化本机').waitFor();
    await page.getByLabel('单位名称').fill(UNIT.name);
    await page.getByLabel('单位代码').fill(UNIT.unitCode);
    await page.getByRole('radio', { name: '上级单位（保密局）' }).check();
    expect(await page.getByText(/三人互不兼任/).isVisible()).toBe(true);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByLabel('姓名').fill(CLERK.displayName);
    await page.getByLabel('密码', { exact: true }).fill(CLERK.password);
    await page.getByLabel('再次输入密码').fill(CLERK.password);
    await page.getByRole('button', { name: '下一步' }).click();

    // The auditor is given the system administrator's name on purpose: the core refuses it beside the field.
    const admins = { ...ADMINS, auditor: { ...ADMINS.auditor, displayName: ADMINS.sysadmin.displayName } };
    await fillAdmins(page, admins);
    await shot(page, 'setup-admins');
    await page.getByRole('button', { name: '完成初始化' }).click();
    await page.getByText('安全审计员不能与系统管理员或安全保密管理员是同一人').waitFor();
    expect(core.isSetUp()).toBe(false);
    await shot(page, 'setup-admins-error');

    await page.getByRole('group', { name: '安全审计员' }).getByLabel('姓名').fill(ADMINS.auditor.displayName);
    await page.getByRole('button', { name: '完成初始化' }).click();
    await page.getByTestId('recovery-code').waitFor();
    await page.getByText('我已将恢复码抄写在纸上').click();
    await page.getByRole('button', { name: '下一步' }).click();
    // Registering this PC can wait: the devices page keeps offering it.
    await page.getByRole('button', { name: '以后再登记，进入工作台' }).click();
    await page.getByTestId('unit-name').waitFor();

    const state = await dispatcher.dispatch('session:state', {});
    expect(state).toMatchObject({
      ok: true,
      value: { phase: 'unlocked', unit: { adminMode: 'strict', mode: 'supervisor' } },
    });
    // Each administrator can log in with the initial password and is made to change it first.
    await dispatcher.dispatch('session:lock', {});
    const auditor = await dispatcher.dispatch('session:unlock', {
      username: ADMINS.auditor.username,
      password: ADMINS.auditor.initialPassword,
    });
    expect(auditor).toMatchObject({ ok: true, value: { role: 'auditor', mustChangePassword: true } });
  });
});
