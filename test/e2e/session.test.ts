// Lock and unlock in a real Chromium: the wrong password answered in Chinese, Ctrl+L and the lock button,
// a session the core ended (LOCKED on the next call) sending the UI back to the unlock screen, and the
// forced password change of an account an administrator created.
import { describe, expect, it } from 'vitest';
import { CLERK, login, shot, startApp, UNIT } from './app';

describe('lock and unlock in Chromium', () => {
  it('a wrong password is refused in Chinese; the right one opens the app; Ctrl+L, the lock button and the core lock it', async () => {
    const { page, core, dispatcher } = await startApp({ setUp: true });
    await page.getByRole('button', { name: '解锁' }).waitFor();
    await login(page, CLERK.username, 'Wrong#Pass2026');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/用户名或密码(错误|不正确)/);
    expect(core.isUnlocked()).toBe(false);
    await shot(page, 'unlock-wrong-password');

    await login(page);
    await page.getByTestId('unit-name').waitFor();
    expect(await page.getByTestId('unit-name').textContent()).toBe(UNIT.name);
    expect(core.isUnlocked()).toBe(true);

    // Ctrl+L and the lock button lock the core; a session ended by the core returns to the unlock screen.
    await page.keyboard.press('Control+l');
    await page.getByRole('button', { name: '解锁' }).waitFor();
    expect(core.isUnlocked()).toBe(false);

    await login(page);
    await page.getByRole('button', { name: '锁定' }).click();
    await page.getByRole('button', { name: '解锁' }).waitFor();
    expect(core.isUnlocked()).toBe(false);

    // The core locks on its own (idle): the next call answers LOCKED and the UI follows.
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    await dispatcher.dispatch('session:lock', {});
    await page.getByRole('menuitem', { name: '审批' }).click();
    await page.getByText('程序已锁定，请先登录。').waitFor();
    // The message may show a moment before the unlock screen replaces the page: wait for the screen itself.
    await page.getByRole('button', { name: '解锁' }).waitFor();
    expect(core.isUnlocked()).toBe(false);
    await shot(page, 'unlock-after-core-lock');
  });

  it('an account created by an administrator must change its password before anything else', async () => {
    const { page, dispatcher } = await startApp({ setUp: true });
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const made = await dispatcher.dispatch('accounts:create', {
      username: 'zhaoling',
      displayName: '赵玲',
      role: 'leader',
      initialPassword: 'Chushi#2026ab',
    });
    expect(made.ok).toBe(true);
    await dispatcher.dispatch('session:lock', {});

    await login(page, 'zhaoling', 'Chushi#2026ab');
    await page.getByText('请先修改密码').first().waitFor();
    await page.getByLabel('原密码').fill('Chushi#2026ab');
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入新密码').fill('short');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('至少 8 个字符，需包含大写字母').waitFor();
    await shot(page, 'change-password-policy');

    await page.getByLabel('新密码', { exact: true }).fill('Xinmima#2026cd');
    await page.getByLabel('再次输入新密码').fill('Xinmima#2026cd');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('赵玲单位领导');
    // A leader reads registers but administers nothing.
    expect(await page.getByRole('menuitem', { name: '账户管理' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '涉密载体' }).count()).toBe(1);
  });
});
