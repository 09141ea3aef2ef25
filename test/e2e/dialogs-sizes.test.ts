// Every action dialog of a carrier at both sizes the issue names (issue 23, "Must show" and point 8): opened
// from the drawer at 1024×700 and at 1366×860, each keeps its submit button and 取消 in view (the sticky
// footer), the page does not scroll sideways, and each is shot at both sizes to be looked at.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { CLERK, login, shot, startApp } from './app';
import { ok } from './persons-data';

const SIZES = [
  [1024, 700],
  [1366, 860],
] as const;

/** The dialog's buttons lie inside the window (not below its bottom edge, not cut at its right). */
async function buttonsInView(page: Page, height: number, width: number): Promise<string[]> {
  const out: string[] = [];
  for (const b of await page.locator('.ant-modal .form-actions button:visible').all()) {
    const box = await b.boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= height && box.x + box.width <= width)
      out.push(((await b.textContent()) ?? '').replace(/\s+/g, ''));
  }
  return out;
}

describe('the carrier action dialogs at 1024×700 and 1366×860', () => {
  it('each action dialog keeps its buttons in view at both sizes', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await ok(bridge, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    await ok(bridge, 'carriers:register', received({ name: '年度保密检查通知' }));
    await ok(bridge, 'session:lock', {});
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.register-table .ant-table-row').filter({ hasText: '年度保密检查通知' }).dblclick();
    const actions = page.locator('.carrier-actions');
    await actions.getByRole('button').first().waitFor();
    // The actions (the 打印 buttons beside them open a print preview, not a dialog).
    const names = (await actions.getByRole('button').allTextContents())
      .map((t) => t.replace(/\s+/g, ''))
      .filter((t) => !t.startsWith('打印'));
    expect(names.length).toBeGreaterThan(5);
    const seen: string[] = [];
    for (const name of names) {
      await actions.getByRole('button', { name, exact: true }).click();
      const dlg = page.locator('.ant-modal:visible');
      await dlg.first().waitFor();
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await expect
          .poll(() => buttonsInView(page, height, width), { message: `${name} at ${width}` })
          .toContain('取消');
        expect((await buttonsInView(page, height, width)).length, `${name} at ${width}`).toBeGreaterThan(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await shot(page, `dialog-carrier-${name}-${width}`);
      }
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.locator('.ant-modal .form-actions').getByRole('button', { name: '取消' }).click();
      await dlg.first().waitFor({ state: 'hidden' });
      seen.push(name);
    }
    expect(seen).toEqual(names);
  }, 120_000);
});
