// Forms that help (issue 23, point 8), in Chromium at 1024×700: a long dialog keeps its submit button and a
// 取消 in view (sticky footer), and the fields the form requires carry their mark.
import { describe, expect, it } from 'vitest';
import { login, shot, startApp } from './app';

describe('forms that help in Chromium at 1024×700', () => {
  it('the 登记 dialog shows 登记 and 取消 without scrolling; required fields are marked; 取消 closes it', async () => {
    const { page } = await startApp({ setUp: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const dlg = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: '登记涉密载体' }) });
    await dlg.waitFor();
    await page.evaluate(() =>
      Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => undefined),
    );
    for (const name of ['登记', '取消']) {
      const box = await dlg.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.y ?? 999) + (box?.height ?? 0), name).toBeLessThanOrEqual(700);
    }
    expect(await dlg.locator('.ant-form-item-required').count()).toBeGreaterThan(0);
    await shot(page, 'forms-register-dialog-1024');
    await dlg.getByRole('button', { name: '取消', exact: true }).click();
    await dlg.waitFor({ state: 'detached' });
  });
});
