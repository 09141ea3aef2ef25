// The lock screen (issue 23, point 10), in Chromium at 1024×700: it says who locked the app and when, and offers
// that account, so unlocking is the password and Enter.
import { describe, expect, it } from 'vitest';
import { CLERK, login, shot, startApp } from './app';

describe('the lock screen in Chromium at 1024×700', () => {
  it('names who locked it and when, with their account chosen, the password focused and 解锁 (not 登录) on its button', async () => {
    const { page } = await startApp({ setUp: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();

    await page.getByRole('button', { name: /锁定/ }).click();
    const said = page.locator('.locked-by');
    await said.waitFor();
    expect(await said.textContent()).toMatch(
      new RegExp(`^${CLERK.displayName}（${CLERK.username}）于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 锁定$`),
    );
    expect(await page.getByLabel('用户名').inputValue()).toBe(CLERK.username);
    const password = page.getByLabel('密码');
    await expect.poll(() => password.evaluate((e) => e === document.activeElement)).toBe(true);
    // Only locked: the card says so and its button unlocks; it says 登录 only once another name is typed.
    expect(await page.locator('.auth-card .ant-card-head-title').textContent()).toBe('已锁定');
    expect(await page.getByRole('button', { name: '解锁' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(0);
    await shot(page, 'lock-screen-1024');
    await page.getByLabel('用户名').fill('someone');
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByRole('button', { name: '解锁' }).waitFor();
    await page.getByLabel('密码').focus();

    // The password and Enter: timed from the Enter to the home page.
    await page.keyboard.type(CLERK.password);
    const t = performance.now();
    await page.keyboard.press('Enter');
    await page.getByTestId('unit-name').waitFor();
    console.log(`timing unlock_ms=${Math.round(performance.now() - t)}`);
  });
});
