// 年度定密审核 proposes 解密 for what has run out (issue 23, point 11), in Chromium at 1024×700: an item whose
// term has ended is proposed 解密 (自行解密, law art. 20), one still in its term 维持; the tab counts as the home
// page's reminder does; the 解密 is recorded.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { received } from '../electron/core/carriers/helpers';
import { callsOn } from '../helpers/calls';
import { CLERK, login, shot, startApp } from './app';

const OLD = '2015年保密工作会议纪要';
const ENDING = '保密检查通知';

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const dialog = (page: Page, title: RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

describe('年度定密审核 in Chromium at 1024×700', () => {
  it('proposes 解密 for an ended term and 维持 for one still running, counting as the home page does', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    const { call } = callsOn(dispatcher);
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    // A 10-year term from 2015-03-01 ended on 2025-03-01.
    const old = await call(
      'carriers:register',
      received({ name: OLD, docNo: '省保办〔2015〕3号', issuedOn: '2015-03-01', registeredOn: '2015-03-05' }),
    );
    await call(
      'carriers:register',
      received({
        name: ENDING,
        docNo: '省保办〔2026〕20号',
        term: { kind: 'until_date', until: isoDay(10) },
        issuedOn: isoDay(-300),
        registeredOn: isoDay(-290),
      }),
    );
    await call('session:lock', {});
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);

    const reminder = page.locator('.home-card .ant-list-item').filter({ hasText: '年度定密审核' });
    const homeCount = Number(
      /(\d+)/.exec((await reminder.locator('.ant-list-item-meta-title').textContent()) ?? '')?.[1],
    );
    expect(homeCount).toBe(2);
    await reminder.getByRole('button', { name: '前往处理' }).click();
    await page.getByRole('tab', { name: '年度定密审核', selected: true }).waitFor();
    await page.getByText(`待审核 ${homeCount} 项`).waitFor();

    const decision = (name: string) =>
      page.locator('.ant-table-row').filter({ hasText: name }).locator('.ant-select').first();
    await expect.poll(() => decision(OLD).textContent()).toBe('解密');
    expect(await decision(ENDING).textContent()).toBe('维持');
    // 名称 keeps its width at 1024 (the table scrolls inside itself instead).
    const nameCell = page.locator('.ant-table-row').filter({ hasText: OLD }).getByRole('cell', { name: OLD });
    expect((await nameCell.boundingBox())?.width ?? 0).toBeGreaterThan(150);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await shot(page, 'review-declassify-1024');

    await page.locator('.ant-table-row').filter({ hasText: OLD }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '审核所选（1）' }).click();
    const review = dialog(page, /^年度定密审核/);
    await review.getByText(`${old.carrierNo}：解密`).waitFor();
    expect(await review.getByLabel('审核意见').inputValue()).toBe('保密期限已满，依法自行解密。');
    await review.getByLabel('原定密机关').check();
    await review.getByLabel('原定密机关', { exact: true }).last().fill('省保密办');
    await review.getByLabel('通知文号', { exact: true }).fill('省保办〔2026〕30号');
    await review.getByLabel('书面通知对象').fill('办公室');
    await shot(page, 'review-declassify-dialog-1024');
    await review.getByRole('button', { name: '记录审核结论' }).click();
    await review.waitFor({ state: 'hidden' });
    await page.getByText('已记录 1 项审核结论').waitFor();
    const after = await call('carriers:get', { id: old.id });
    expect(after.classState).toBe('declassified');
  });
});
