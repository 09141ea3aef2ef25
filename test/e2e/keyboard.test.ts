// Keyboard first (issue 23, point 3), in Chromium at 1024×700: every dialog opens on its first field and Enter
// submits it (归还 returned nothing when Enter reached the ×), Esc cancels, a refusal shows once, the password's
// eye is no Tab stop, a wrong password leaves the field focused and selected, and Ctrl+K finds records as well
// as pages. It also measures what the clerk waits for: opening the register, a drawer, and unlocking.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CarrierDetail } from '../../electron/ipc/contract';
import type { Bridge } from '../../scripts/chromium-bridge';
import { lendCopy12, received } from '../electron/core/carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../electron/core/carriers/staff';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

const NAME = '关于做好2026年度保密检查工作的通知';

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

/** Let antd's open/close animations finish. */
const settled = (page: Page) =>
  page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => undefined),
  );

/** What has the focus: its tag, type, label and whether it sits in an open dialog. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName ?? '',
      type: el?.getAttribute('type') ?? '',
      id: el?.id ?? '',
      inDialog: !!el?.closest('.ant-modal-body'),
      selected: el && 'selectionStart' in el ? [el.selectionStart, el.selectionEnd, el.value.length] : null,
    };
  });

async function seed(bridge: Bridge): Promise<CarrierDetail> {
  const { call } = callsOn(bridge.dispatcher);
  await call('session:unlock', { username: CLERK.username, password: CLERK.password });
  await onStaff({ call });
  const c = await call('carriers:register', received({ name: NAME, ...ARCHIVES_IN_RANGE }));
  await call('carriers:borrow', lendCopy12(c.id));
  await call('session:lock', {});
  return c;
}

async function timed(what: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await what();
  return Math.round(performance.now() - t);
}

describe('keyboard first in Chromium', () => {
  it('a wrong password leaves the field focused and selected; Tab skips the eye; Enter unlocks', async () => {
    const { page, core } = await startApp({ setUp: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByLabel('密码').fill('Wrong#Pass2026');
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('alert').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'password');
    const f = await focused(page);
    expect(f.selected).toEqual([0, 'Wrong#Pass2026'.length, 'Wrong#Pass2026'.length]);
    await shot(page, 'keyboard-unlock-wrong-password-1024');
    // Tab from the password goes to 解锁, not to the eye beside it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('解锁');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(CLERK.password);
    const unlock = await timed(async () => {
      await page.keyboard.press('Enter');
      await page.getByTestId('unit-name').waitFor();
    });
    expect(core.isUnlocked()).toBe(true);
    console.log(`timing unlock_ms=${unlock}`);
  });

  it('归还 opens on its first field, Enter returns, a refusal shows once, Esc cancels; Ctrl+K finds the record', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    const c = await seed(bridge);
    await login(page);
    await page.getByTestId('unit-name').waitFor();

    const openRegister = await timed(async () => {
      await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
      await page.locator('.ant-table-row').getByText(NAME).waitFor();
    });
    const openDrawer = await timed(async () => {
      await page.locator('.ant-table-row').getByText(NAME).dblclick();
      await page.locator('.carrier-actions').waitFor();
    });
    console.log(`timing open_register_ms=${openRegister} open_drawer_ms=${openDrawer}`);

    // 归还: focus on the first field (the lent copy), Enter returns it.
    await page.locator('.carrier-actions').getByRole('button', { name: '归还', exact: true }).click();
    const ret = dialog(page, '归还');
    await ret.waitFor();
    await settled(page);
    const f = await focused(page);
    expect(f).toMatchObject({ tag: 'INPUT', type: 'checkbox', inDialog: true });
    await shot(page, 'keyboard-return-dialog-1024');
    await page.keyboard.press('Enter');
    await ret.waitFor({ state: 'detached' });
    const { call } = callsOn(dispatcher);
    const copy12 = async () => (await call('carriers:get', { id: c.id })).copies.find((k) => k.copyNo === 12);
    expect((await copy12())?.status).toBe('in_custody');

    // A refusal on a field shows beside it, once: a return dated before the loan.
    await call('carriers:borrow', { ...lendCopy12(c.id), lentOn: '2026-07-10', dueOn: '2026-07-30' });
    // Written behind the page's back: reload it, on the carrier's own route (its drawer open).
    await page.evaluate((id) => (window.location.hash = `#/reg/carriers/${id}`), c.id);
    await page.reload();
    await page.locator('.carrier-actions').waitFor();
    await page.locator('.carrier-actions').getByRole('button', { name: '归还', exact: true }).click();
    await ret.waitFor();
    await ret.getByLabel('归还日期').fill('2026-07-01');
    await ret.getByLabel('归还日期').press('Enter');
    const why = ret.getByText('的归还日期早于借出日期');
    await why.first().waitFor();
    await settled(page);
    expect(await why.count()).toBe(1);
    await shot(page, 'keyboard-return-refused-once-1024');

    // Esc cancels: the dialog goes, nothing is returned.
    await page.keyboard.press('Escape');
    await ret.waitFor({ state: 'detached' });
    expect((await copy12())?.status).toBe('on_loan');
    await page.keyboard.press('Escape');
    await page.locator('.carrier-actions').waitFor({ state: 'detached' });

    // Ctrl+K: its input has the focus; a 编号 finds the carrier and Enter opens its drawer.
    await page.keyboard.press('Alt+h');
    await page.keyboard.press('Control+k');
    const jump = dialog(page, '快速跳转');
    await jump.waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('.ant-modal-body'));
    await page.keyboard.type(c.carrierNo);
    const hit = page.locator('.ant-select-item-option').filter({ hasText: NAME });
    await hit.waitFor();
    await shot(page, 'keyboard-jump-record-1024');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/reg/carriers/${c.id}$`));
    await page.locator('.carrier-actions').waitFor();

    // …and a person's name (two characters) finds the person's page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await jump.waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('.ant-modal-body'));
    await page.keyboard.type('赵敏');
    await page.locator('.ant-select-item-option').filter({ hasText: '赵敏' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/reg\/persons\/\d+$/);
  });
});
