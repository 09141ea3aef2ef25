// Registers that fit (issue 23, point 6), in Chromium at 1024×700: 编号 and 名称 stay in view while the carrier
// register scrolls right, and every filter in force (a column's, a toolbar's, one on a hidden column, the search)
// shows as a chip above the table that removes it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedCarriers } from '../../electron/core/carriers/demo';
import { CLERK, login, shot, startApp } from './app';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const headerX = async (page: Page, name: string) =>
  (await page.getByRole('columnheader', { name, exact: true }).boundingBox())?.x ?? NaN;

describe('registers that fit, in Chromium', () => {
  it('pins 编号 and 名称 when scrolling right, and shows each filter as a chip that removes it', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    seedCarriers(core.session().db, { count: 120, rng: rngFrom(5), now: new Date() });
    await dispatcher.dispatch('session:lock', {});
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('共 120 条').waitFor();

    // Scrolled right: 编号 and 名称 stay where they were; 文号 slides under them.
    const before = {
      no: await headerX(page, '编号'),
      name: await headerX(page, '名称'),
      doc: await headerX(page, '文号'),
    };
    // Read once the frame has run its scroll event (before it paints, the app pins the columns in it): read at
    // once, the layout is the one between the scroll and its event, which no frame shows.
    await page.locator('.register-scroll').evaluate(
      (e) =>
        new Promise((done) => {
          e.scrollLeft = 600;
          requestAnimationFrame(done);
        }),
    );
    await expect.poll(() => headerX(page, '文号')).toBeLessThan(before.doc - 100);
    expect(Math.abs((await headerX(page, '编号')) - before.no)).toBeLessThanOrEqual(1);
    expect(Math.abs((await headerX(page, '名称')) - before.name)).toBeLessThanOrEqual(1);
    const firstNo = page.locator('.ant-table-row').first().locator('td.register-pinned').first();
    expect(Math.abs(((await firstNo.boundingBox())?.x ?? NaN) - before.no)).toBeLessThanOrEqual(1);
    await shot(page, 'register-fit-scrolled-1024');
    await page.locator('.register-scroll').evaluate((e) => (e.scrollLeft = 0));

    // A column filter and the search: each a chip.
    await page.getByRole('columnheader', { name: /密级/ }).locator('.ant-table-filter-trigger').click();
    await page.getByRole('menuitem', { name: '绝密' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    const chips = page.getByLabel('当前筛选');
    await chips.getByText('密级：绝密').waitFor();
    const secret = Number(
      /共 (\d+) 条/.exec((await page.locator('.register-total').textContent()) ?? '')?.[1],
    );
    expect(secret).toBeLessThan(120);

    // The 密级 column hidden: its filter still shows, so a short list is never silent about why.
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByRole('checkbox', { name: '密级' }).uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('columnheader', { name: /密级/ }).count()).toBe(0);
    await chips.getByText('密级：绝密').waitFor();
    // The search runs as the clerk types (no Enter).
    await page.getByLabel('搜索').fill('关于');
    await chips.getByText('搜索：关于').waitFor();
    await shot(page, 'register-fit-chips-1024');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

    // Removing the chips removes their filters.
    await chips.getByLabel('取消密级筛选').click();
    await expect.poll(() => chips.getByText('密级：绝密').count()).toBe(0);
    await chips.getByLabel('取消搜索筛选').click();
    await page.getByText('共 120 条').waitFor();
    expect(await page.getByLabel('当前筛选').count()).toBe(0);
    expect(await page.getByLabel('搜索').inputValue()).toBe('');

    // At 1366 the clerk's columns show without scrolling: 编号, 密级, 名称, 份数, 保管人, 状态, 到期事项 (they come
    // first in the register's order; 在册份数 is the 份数). 密级 is shown again first.
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByRole('checkbox', { name: '密级' }).check();
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 860 });
    const view = page.locator('.register-scroll');
    const wanted = ['编号', '密级', '名称', '在册份数', '保管人', '状态', '到期事项'];
    const seen = async () => {
      const box = await view.boundingBox();
      const right = (box?.x ?? 0) + (box?.width ?? 0);
      const out: string[] = [];
      for (const name of wanted) {
        const h = await page
          .getByRole('columnheader', { name: new RegExp(`^${name}`) })
          .first()
          .boundingBox();
        if (h && h.x + h.width <= right + 1) out.push(name);
      }
      return out;
    };
    await expect.poll(seen).toEqual(wanted);
    expect(await view.evaluate((e) => e.scrollLeft)).toBe(0);
    await shot(page, 'register-fit-1366');
  });
});
