// Marking one copy in a running 清点 (issue 23, point 2), in Chromium at 1024×700: the click shows the choice at
// once and the report counts it from the mark's own answer; a mark the core refuses (the 清点 was closed
// meanwhile, elsewhere) shows why and does not leave the copy looking ticked.
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

describe('marking a copy in a running 清点, in Chromium', () => {
  it('counts a mark at once, and a refused mark leaves the copy unticked with the reason', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    const { call } = callsOn(dispatcher);
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    await call('carriers:register', received({ name: '年度保密检查通知' }));
    const inv = await call('inventory:start', { scope: 'all', startedOn: '2026-12-01' });
    await call('session:lock', {});
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('tab', { name: '清点' }).click();
    const report = page.locator('.inventory-current > p');
    await report.getByText(/应清点 2 份：在位 0，/).waitFor();

    const present = page.getByRole('radio', { name: '在位', exact: true });
    await present.first().check();
    await report.getByText(/应清点 2 份：在位 1，/).waitFor();
    expect(await present.first().isChecked()).toBe(true);

    // Closed behind the page's back: the next mark is refused, and the copy does not stay ticked.
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    await call('inventory:close', {
      inventoryId: inv.id,
      closedOn: '2026-12-02',
      markUncheckedMissing: true,
    });
    await present.nth(1).click();
    await page.getByText('该次清点已于 2026-12-02 结束，不能再修改。').waitFor();
    await expect.poll(() => present.nth(1).isChecked()).toBe(false);
    expect(await report.textContent()).toMatch(/在位 1，/);
    await shot(page, 'inventory-mark-refused-1024');
  });
});
