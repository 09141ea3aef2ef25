// The register scaffolding on real data: the carriers register scrolls as one list read in blocks, sorts and
// filters on the server, shows levels in their colours, and opens a carrier's detail with its history.
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../electron/core/carriers/demo';
import { CLERK, login, shot, startApp } from './app';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

async function seeded(count: number) {
  const bridge = await startApp({ setUp: true });
  const { dispatcher, core } = bridge;
  await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
  seedCarriers(core.session().db, { count, rng: rngFrom(7), now: new Date() });
  await dispatcher.dispatch('session:lock', {});
  return bridge;
}

describe('carriers register in Chromium', () => {
  it('scrolls from the first row to the last as one list, reading only the blocks in view', async () => {
    const bridge = await seeded(3000);
    const { page, dispatcher } = bridge;
    // Watch what the page asks the core for (the calls still go to the real core).
    const pages: number[] = [];
    const dispatch = dispatcher.dispatch.bind(dispatcher);
    dispatcher.dispatch = (channel, input) => {
      if (channel === 'carriers:list') pages.push((input as { page: number }).page);
      return dispatch(channel, input);
    };
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('共 3,000 条').waitFor();
    expect(pages).toEqual([1]);
    expect(await page.locator('.ant-table-row').count()).toBeLessThan(60);

    // The last page of the core's own order is what the bottom of the list shows.
    const last = await dispatch('carriers:list', {
      page: 30,
      pageSize: 100,
      sort: { field: 'registeredOn', order: 'desc' },
    });
    if (!last.ok) throw new Error(last.error.message);
    const rows = (last.value as { rows: { carrierNo: string }[] }).rows;
    const lastNo = rows[rows.length - 1]?.carrierNo as string;
    await page.locator('.ant-table-tbody').hover();
    await page.mouse.wheel(0, 10_000_000);
    await page.getByText(lastNo, { exact: true }).waitFor();
    await expect.poll(() => page.getByText('正在读取…').count()).toBe(0);
    await page.mouse.wheel(0, 10_000);
    await page.waitForTimeout(300);
    await shot(page, 'register-carriers-scrolled-to-end');
    // A jump to the end read the end, not the 28 blocks in between.
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.every((p) => p === 1 || p >= 29)).toBe(true);

    // Halfway back up: the rows there are read on arrival.
    await page.mouse.wheel(0, -50_000);
    await page.locator('.ant-table-row').first().waitFor();
    await expect.poll(() => page.getByText('正在读取…').count()).toBe(0);
    expect(pages.length).toBeLessThan(8);
    await page.mouse.wheel(0, 50);
    await expect.poll(() => page.getByText('正在读取…').count()).toBe(0);
    await shot(page, 'register-carriers-scrolled-mid');
  });

  it('lists carriers a page at a time, filters by level on the server, and opens the history', async () => {
    const { page, dispatcher } = await seeded(120);

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
