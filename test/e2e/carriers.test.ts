// The register scaffolding on real data: the carriers register pages, sorts and filters on the server, shows
// levels in their colours, and opens a carrier's detail with its history.
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../electron/core/demo/carriers.demo';
import { CLERK, login, shot, startApp } from './app';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe('carriers register in Chromium', () => {
  it('lists carriers a page at a time, filters by level on the server, and opens the history', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    seedCarriers(core.session().db, { count: 120, rng: rngFrom(7), now: new Date() });
    await dispatcher.dispatch('session:lock', {});

    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('共 120 条').waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(5);
    await shot(page, 'register-carriers');

    // Filter 绝密 through the column filter: every row shown is 绝密, and the total comes from the core.
    await page.getByRole('columnheader', { name: /密级/ }).locator('.ant-table-filter-trigger').click();
    await page.getByRole('menuitem', { name: '绝密' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    const levels = await page.locator('.ant-table-row .level-tag').allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(['绝密']));
    const list = await dispatcher.dispatch('carriers:list', { filters: { level: 'top_secret' } });
    expect(list.ok).toBe(true);
    if (list.ok) await page.getByText(`共 ${(list.value as { total: number }).total} 条`).waitFor();

    await page.locator('.ant-table-row').first().focus();
    await page.keyboard.press('Enter');
    await page.getByText('历史记录').waitFor();
    await page.locator('.ant-timeline-item').first().waitFor();
    await shot(page, 'register-carriers-detail');
    await page.keyboard.press('Escape');
  });
});
