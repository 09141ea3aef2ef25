// An inventory that finishes (issue 23, point 2), in Chromium at 1024×700: every copy of the count is reachable
// (more than the old 500-row cap, paged from the core), a typed or scanned 编号 and 份号 with Enter marks it 在位,
// the search runs as the clerk types, 未清点的全部记为在位 names the whole count it marks, and leaving the page
// and coming back reopens the 清点 the clerk was at.
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../electron/core/carriers/demo';
import type { InventoryLineView } from '../../electron/ipc/contract';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const pendingText = (n: number) => new RegExp(`未清点的全部记为在位（${n}）`);

describe('an inventory that finishes, in Chromium', () => {
  it('pages every copy, marks a scanned copy, searches as you type, marks the rest by its count, and reopens', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    const { call } = callsOn(dispatcher);
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    seedCarriers(core.session().db, { count: 400, rng: rngFrom(11), now: new Date() });
    const dept = (
      core.session().db.$client.prepare('SELECT department FROM carriers ORDER BY id LIMIT 1').get() as {
        department: string;
      }
    ).department;
    // Two running counts: everything (the newer, listed first) and one department (the one the clerk opens).
    const all = await call('inventory:start', { scope: 'all', startedOn: '2026-12-02' });
    const part = await call('inventory:start', {
      scope: 'department',
      department: dept,
      startedOn: '2026-12-01',
    });
    const total: number = all.report.total;
    expect(total).toBeGreaterThan(500);
    const lastPage = await call('inventory:get', { id: all.id, page: Math.ceil(total / 50), pageSize: 50 });
    const last = lastPage.lines.rows.at(-1) as InventoryLineView;
    await call('session:lock', {});

    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('tab', { name: '清点' }).click();
    await page.getByText(`共 ${total} 份`).waitFor();
    await page.getByText(pendingText(total)).waitFor();
    await shot(page, 'inventory-finish-1024');
    // The scan field has the focus: the clerk can scan at once.
    const scan = page.getByLabel('扫码或输入编号和份号');
    await expect.poll(() => scan.evaluate((e) => e === document.activeElement)).toBe(true);

    // The last copy of the count is on the last page (the old list stopped at 500).
    await page.locator('.inventory-current .ant-pagination-item').last().click();
    await page.locator('.ant-table-row').filter({ hasText: last.name }).first().waitFor();

    // Scan (or type) 编号 and 份号 in its printed form, Enter: that copy is 在位, the field is ready for the next.
    const first = (await call('inventory:get', { id: all.id, page: 1, pageSize: 1 })).lines
      .rows[0] as InventoryLineView;
    await scan.fill(`${first.carrierNo} ${String(first.copyNo).padStart(4, '0')}`);
    // Timed in the page: from the Enter to the line saying it is marked (the write and the answer).
    const ms = await scan.evaluate(
      (input) =>
        new Promise<number>((done) => {
          const said = document.querySelector('.inventory-scan-said') as Element;
          const t0 = performance.now();
          const watch = new MutationObserver(() => {
            if (said.textContent?.startsWith('已记为在位')) {
              watch.disconnect();
              done(performance.now() - t0);
            }
          });
          watch.observe(said, { childList: true, subtree: true, characterData: true });
          // keydown and keyup, as a keyboard or a scanner sends them (antd waits for the keyup before the next Enter).
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
          input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', keyCode: 13, bubbles: true }));
        }),
    );
    console.log(`timing mark_inventory_copy_ms=${Math.round(ms)}`);
    await page
      .getByRole('status')
      .filter({ hasText: `已记为在位：${first.carrierNo} 第${first.copyNo}份` })
      .waitFor();
    await page.getByText(pendingText(total - 1)).waitFor();
    expect(await scan.inputValue()).toBe('');
    await page
      .getByText(new RegExp(`应清点 ${total} 份：在位 1，`))
      .first()
      .waitFor();

    // A code outside the count is said so, and nothing is marked.
    await scan.fill('收1999-99999 0001');
    await scan.press('Enter');
    await page.getByRole('status').filter({ hasText: '这次清点中没有「收1999-99999 0001」' }).waitFor();
    await shot(page, 'inventory-finish-scanned-1024');

    // The search runs as the clerk types (no Enter): only that carrier's copies, counted.
    const copies = (await call('inventory:get', { id: all.id, q: last.carrierNo, pageSize: 50 })).lines.total;
    await page.getByLabel('搜索本次清点').fill(last.carrierNo);
    await page.getByText(`共 ${copies} 份`).waitFor();
    expect(await page.locator('.inventory-current .ant-table-row').count()).toBe(copies);
    await page.getByLabel('搜索本次清点').fill('');
    await page.getByText(`共 ${total} 份`).waitFor();

    // No page of the app scrolls sideways at 1024 on this tab.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

    // 未清点的全部记为在位 marks the whole count it names, not a page of it.
    await page.getByRole('button', { name: pendingText(total - 1) }).click();
    await page
      .getByText(new RegExp(`应清点 ${total} 份：在位 ${total}，`))
      .first()
      .waitFor();
    expect((await call('inventory:get', { id: all.id })).report.present).toBe(total);

    // The clerk opens the department's count, goes elsewhere and comes back: that count is open again.
    await page
      .getByRole('row')
      .filter({ hasText: `部门：${dept}` })
      .getByRole('button', { name: '打开' })
      .click();
    await page.getByRole('heading', { name: new RegExp(`部门：${dept}`) }).waitFor();
    await page.getByRole('menuitem', { name: '首页', exact: true }).click();
    await page.getByTestId('unit-name').waitFor();
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('tab', { name: '清点' }).click();
    await page.getByRole('heading', { name: new RegExp(`部门：${dept}`) }).waitFor();
    await page.getByText(pendingText(part.report.total)).waitFor();

    await page.setViewportSize({ width: 1366, height: 860 });
    await shot(page, 'inventory-finish-1366');
  });
});
