// Dates as clerks write them (issue 23, point 4), in Chromium at 1024×700: every date field is antd's zh_CN
// DatePicker (no native date input with mm/dd/yyyy and the browser's English bubble), and it takes 2026-12-03,
// 2026.12.3, 2026/12/3 and 20261203 as typed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lendCopy12, received } from '../electron/core/carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../electron/core/carriers/staff';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

const NAME = '关于做好2026年度保密检查工作的通知';

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

describe('dates in Chromium', () => {
  it('a date field is the zh_CN picker and takes the ways clerks type a date', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    const { call } = callsOn(dispatcher);
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    await onStaff({ call });
    const c = await call('carriers:register', received({ name: NAME, ...ARCHIVES_IN_RANGE }));
    await call('carriers:borrow', lendCopy12(c.id));
    await call('session:lock', {});
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/reg/carriers/${id}`), c.id);
    await page.locator('.carrier-actions').getByRole('button', { name: '归还', exact: true }).click();
    const ret = dialog(page, '归还');
    await ret.waitFor();

    // No native date input anywhere in the dialog; the field is antd's picker, its calendar in Chinese.
    expect(await ret.locator('input[type=date], input[type=datetime-local]').count()).toBe(0);
    const field = ret.getByLabel('归还日期');
    await field.click();
    await page.locator('.ant-picker-dropdown').getByText('今天').waitFor();
    await shot(page, 'dates-picker-zh-1024');

    const typings = [
      ['2026-12-03', '2026-12-03'],
      ['2026.12.4', '2026-12-04'],
      ['2026/12/5', '2026-12-05'],
      ['20261206', '2026-12-06'],
      ['2026年12月7日', '2026-12-07'],
      ['2026.12.3', '2026-12-03'],
    ];
    for (const [typed, day] of typings) {
      await field.click();
      await field.press('Control+a');
      await field.pressSequentially(typed as string);
      await page.keyboard.press('Tab');
      expect(await field.inputValue(), typed).toBe(day);
    }
    // And what the core records is the typed day.
    await field.click();
    await field.press('Control+a');
    await field.pressSequentially('2026.12.1');
    await field.press('Enter');
    await ret.waitFor({ state: 'detached' });
    const moves = await call('carriers:movements', { page: 1, pageSize: 50, openOnly: false });
    expect(moves.rows.some((m) => m.returnedOn === '2026-12-01')).toBe(true);
  });
});
